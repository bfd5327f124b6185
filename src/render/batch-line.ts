/**
 * A batch output line written straight from the fast engine's figures (issue #16): the same
 * bytes as `csvLine(batchCells(ev, …))` / `ndjsonLine(…)` of render/csv-row.ts, without the
 * Evaluation, the plan objects or the cells array. Everything that depends only on the policy
 * and the columns (bucket names, plan ids, recommendation codes and fixed reasons, NDJSON keys,
 * which variant slot answers each `--plans` group) is escaped or looked up once per writer.
 * test/fast/lean.test.ts compares both writers byte for byte. Pure.
 */
import { formatMinor } from '../fast/checked.js';
import { type FastEngine, slotVariant } from '../fast/compile.js';
import { recommendationReason, recoveryRateOf } from '../fast/evaluation.js';
import { NO_PLANS, NONE_AFFORDABLE, OFFERED, REC_CODES, type RowFigures, UNKNOWN, WHY } from '../fast/figures-store.js';
import { render } from '../messages/index.js';
import { batchColumns, csvField } from './csv-row.js';

/** What a batch row shows beside the figures: what the input said. */
export interface RowInput {
  /** The input row number. */
  row: number;
  /** The account reference to show (already masked where personal), or null. */
  id: string | null;
  /** as_of, YYYY-MM-DD. */
  asOf: string;
  hardship: string | null;
  willing: boolean | null;
  /** The `--keep` values, already masked where personal (§9). */
  kept: readonly (string | null)[];
}

/** Appends cells to one line: CSV fields or NDJSON members, in column order. */
class LineOut {
  s = '';
  #k = 0;
  readonly #json: boolean;
  readonly #keys: string[];
  /** An absent cell as written. */
  readonly nul: string;

  constructor(json: boolean, columns: readonly string[]) {
    this.#json = json;
    this.#keys = columns.map((c, i) => (i > 0 ? ',' : '') + JSON.stringify(c) + ':');
    this.nul = json ? 'null' : '';
  }
  start(): void {
    this.s = this.#json ? '{' : '';
    this.#k = 0;
  }
  end(): string {
    return this.#json ? `${this.s}}\n` : `${this.s}\n`;
  }
  /** A text cell as written: formula-safe and quoted (CSV) or a JSON string. */
  escape(text: string | null): string {
    if (text === null) return this.nul;
    return this.#json ? JSON.stringify(text) : csvField(text);
  }
  /** A cell already written as escape() or a number or boolean would write it. */
  put(written: string): void {
    if (this.#json) this.s += this.#keys[this.#k] + written;
    else this.s += this.#k > 0 ? `,${written}` : written;
    this.#k++;
  }
  text(text: string | null): void {
    this.put(this.escape(text));
  }
  /** A figure made of digits, a point and a sign (money, a rate): never quoted in CSV. */
  figure(text: string): void {
    this.put(this.#json ? `"${text}"` : text);
  }
  int(n: number): void {
    this.put(String(n));
  }
  bool(b: boolean | null): void {
    this.put(b === null ? this.nul : b ? 'true' : 'false');
  }
  empty(count: number): void {
    for (let i = 0; i < count; i++) this.put(this.nul);
  }
}

export type BatchLineWriter = (f: RowFigures, input: RowInput) => string;

/**
 * The writer of one output format for an engine, the `--plans` ids (or null) and the `--keep`
 * columns: (figures of the row, what the input said) → the line with its line ending.
 */
export function batchLineWriter(e: FastEngine, planIds: readonly string[] | null, keep: readonly string[], output: 'csv' | 'ndjson'): BatchLineWriter {
  const out = new LineOut(output === 'ndjson', batchColumns(planIds, keep));
  const digits = e.minorDigits;
  const money = (x: number) => out.figure(formatMinor(x, digits));
  const bucketText = e.buckets.map((b) => out.escape(b.name));
  // per bucket, per slot: the plan id as written; per bucket, per --plans id: its slot (−1: not open)
  const idText = e.open.map((list) => list.map((s) => out.escape(s.variant.id)));
  const groupSlot = e.open.map((list) => (planIds ?? []).map((id) => list.findIndex((s) => s.variant.id === id)));
  const codeText = REC_CODES.map((c) => out.escape(c));
  const whyText = WHY.map((w) => out.escape(w));
  const notOffered = out.escape('not-offered');
  const fixedReason = new Map<number, string>();
  const yes = out.escape('yes');
  const no = out.escape('no');

  function reason(f: RowFigures): string {
    const fixed = f.recCode === NO_PLANS || f.closest < 0 || !f.hasSurplus;
    const known = fixed ? fixedReason.get(f.recCode) : undefined;
    if (known !== undefined) return known;
    const text = out.escape(render('en', recommendationReason(e, f)));
    if (fixed) fixedReason.set(f.recCode, text);
    return text;
  }

  /** A plan's figures from months to affordable (the recommended plan, a --plans group). */
  function plan(f: RowFigures, i: number, group: boolean): void {
    out.int(slotVariant(e, f.bucket, i).months);
    money(f.now[i] as number);
    const regular = f.regular[i] as number;
    if (Number.isNaN(regular)) out.put(out.nul);
    else money(regular);
    money(f.totalPaid[i] as number);
    if (group) money((f.wFees[i] as number) + (f.wInterest[i] as number) + (f.wPrincipal[i] as number));
    money(f.npv[i] as number);
    out.figure(recoveryRateOf(f.npv[i] as number, f.total));
  }

  return (f, input) => {
    out.start();
    out.int(input.row);
    out.text(input.id);
    out.figure(input.asOf);
    out.put(bucketText[f.bucket] as string);
    money(f.principal);
    money(f.interest);
    money(f.fees);
    money(f.total);
    const rec = f.rec;
    if (rec >= 0) {
      out.put(idText[f.bucket]?.[rec] as string);
      plan(f, rec, false);
      const a = f.affordable[rec];
      out.bool(a === UNKNOWN ? null : a === 1);
    } else {
      out.empty(1);
      out.empty(6);
      out.bool(f.recCode === NONE_AFFORDABLE ? false : null);
    }
    if (f.hasSurplus) {
      money(f.surplus);
      money(f.cap);
    } else out.empty(2);
    const closest = rec < 0 ? f.closest : -1;
    if (closest >= 0) {
      const regular = f.regular[closest] as number;
      out.put(idText[f.bucket]?.[closest] as string);
      money(regular);
      if (f.hasSurplus) money(regular - f.cap);
      else out.empty(1);
    } else out.empty(3);
    out.put(codeText[f.recCode] as string);
    out.put(rec >= 0 ? out.nul : reason(f));
    out.text(input.hardship);
    out.put(input.willing === null ? out.nul : input.willing ? yes : no);
    for (const k of input.kept) out.text(k);
    const slots = groupSlot[f.bucket];
    if (slots) {
      for (const i of slots) {
        const status = i >= 0 ? (f.status[i] as number) : -1;
        if (status === OFFERED) {
          plan(f, i, true);
          const a = f.affordable[i];
          out.bool(a === UNKNOWN ? null : a === 1);
          out.put(out.nul);
        } else {
          out.empty(8);
          out.put(status > 0 ? (whyText[status] as string) : notOffered);
        }
      }
    }
    return out.end();
  };
}
