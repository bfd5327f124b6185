/**
 * A batch output line written straight from the fast engine's figures (issue #16): the same
 * bytes as `csvLine(batchCells(ev, …))` / `ndjsonLine(…)` of render/csv-row.ts, without the
 * Evaluation, the plan objects or the cells array. Everything that depends only on the policy
 * and the columns (bucket names, plan ids, recommendation codes and fixed reasons, NDJSON keys,
 * which variant slot answers each `--plans` group) is escaped or looked up once per writer.
 * test/fast/lean.test.ts compares both writers byte for byte. Pure.
 */
import { type FastEngine, slotVariant } from '../fast/compile.js';
import { recommendationReason, recoveryRateOf, recoveryRateScaled } from '../fast/evaluation.js';
import { NO_PLANS, NONE_AFFORDABLE, OFFERED, REC_CODES, type RowFigures, UNKNOWN, WHY } from '../fast/figures-store.js';
import { render } from '../messages/index.js';
import { ByteSink, utf8 } from './byte-sink.js';
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

/** Writes the cells of one line into a ByteSink: CSV fields or NDJSON members, in column order. */
class LineOut {
  sink: ByteSink = new ByteSink();
  #k = 0;
  readonly #json: boolean;
  readonly #keys: Uint8Array[];
  /** NDJSON: each key with what follows it most often, written in one go: an opening quote, null. */
  readonly #keysQuote: Uint8Array[];
  readonly #keysNull: Uint8Array[];
  /** An absent cell as written. */
  readonly nul: Uint8Array;

  constructor(json: boolean, columns: readonly string[]) {
    this.#json = json;
    this.#keys = columns.map((c, i) => utf8((i > 0 ? ',' : '') + JSON.stringify(c) + ':'));
    this.nul = utf8(json ? 'null' : '');
    this.#keysQuote = this.#keys.map((k) => Uint8Array.of(...k, 0x22));
    this.#keysNull = this.#keys.map((k) => Uint8Array.of(...k, ...this.nul));
  }
  start(sink: ByteSink): void {
    this.sink = sink;
    if (this.#json) sink.byte(0x7b); // {
    this.#k = 0;
  }
  end(): void {
    if (this.#json) this.sink.byte(0x7d); // }
    this.sink.byte(0x0a);
  }
  /** A text cell as written: formula-safe and quoted (CSV) or a JSON string. */
  escape(text: string | null): Uint8Array {
    return text === null ? this.nul : utf8(this.#escaped(text));
  }
  #escaped(text: string): string {
    return this.#json ? JSON.stringify(text) : csvField(text);
  }
  #sep(): void {
    if (this.#json) this.sink.bytes(this.#keys[this.#k] as Uint8Array);
    else if (this.#k > 0) this.sink.byte(0x2c); // ,
    this.#k++;
  }
  /** A cell already written as escape() writes it. */
  put(written: Uint8Array): void {
    if (this.#json && written === this.nul) this.sink.bytes(this.#keysNull[this.#k++] as Uint8Array);
    else {
      this.#sep();
      this.sink.bytes(written);
    }
  }
  /** The cell's separator (CSV) or key (NDJSON), then an opening quote in NDJSON. */
  #open(): void {
    if (this.#json) this.sink.bytes(this.#keysQuote[this.#k++] as Uint8Array);
    else this.#sep();
  }
  text(text: string | null): void {
    if (text === null) this.put(this.nul);
    else {
      this.#sep();
      if (!(this.#json && this.sink.jsonAscii(text))) this.sink.text(this.#escaped(text));
    }
  }
  /** Money (integer minor units) with `digits` decimals: quoted in NDJSON, as is in CSV (a number is never neutralised). */
  money(x: number, digits: number): void {
    this.#open();
    this.sink.minor(x, digits);
    if (this.#json) this.sink.byte(0x22);
  }
  /** A figure already as text (digits, a point, a sign): quoted in NDJSON, as is in CSV. */
  figure(text: string): void {
    this.#open();
    this.sink.text(text);
    if (this.#json) this.sink.byte(0x22);
  }
  int(n: number): void {
    this.#sep();
    this.sink.uint(n);
  }
  bool(b: boolean | null): void {
    this.put(b === null ? this.nul : b ? TRUE : FALSE);
  }
  empty(count: number): void {
    for (let i = 0; i < count; i++) this.put(this.nul);
  }
}

const TRUE = utf8('true');
const FALSE = utf8('false');

/** Appends the row's line (with its line ending) to the sink. */
export type BatchLineWriter = (f: RowFigures, input: RowInput, sink: ByteSink) => void;

/**
 * The writer of one output format for an engine, the `--plans` ids (or null) and the `--keep`
 * columns: (figures of the row, what the input said) → the line with its line ending.
 */
export function batchLineWriter(e: FastEngine, planIds: readonly string[] | null, keep: readonly string[], output: 'csv' | 'ndjson'): BatchLineWriter {
  const out = new LineOut(output === 'ndjson', batchColumns(planIds, keep));
  const digits = e.minorDigits;
  const money = (x: number) => out.money(x, digits);
  const bucketText = e.buckets.map((b) => out.escape(b.name));
  // per bucket, per slot: the plan id as written; per bucket, per --plans id: its slot (−1: not open)
  const idText = e.open.map((list) => list.map((s) => out.escape(s.variant.id)));
  const groupSlot = e.open.map((list) => (planIds ?? []).map((id) => list.findIndex((s) => s.variant.id === id)));
  const codeText = REC_CODES.map((c) => out.escape(c));
  const whyText = WHY.map((w) => out.escape(w));
  const notOffered = out.escape('not-offered');
  const fixedReason = new Map<number, Uint8Array>();
  const yes = out.escape('yes');
  const no = out.escape('no');

  function reason(f: RowFigures): Uint8Array {
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
    const rate = recoveryRateScaled(f.npv[i] as number, f.total);
    if (rate === null) out.figure(recoveryRateOf(f.npv[i] as number, f.total));
    else out.money(rate, 4);
  }

  return (f, input, sink) => {
    out.start(sink);
    out.int(input.row);
    out.text(input.id);
    out.figure(input.asOf);
    out.put(bucketText[f.bucket] as Uint8Array);
    money(f.principal);
    money(f.interest);
    money(f.fees);
    money(f.total);
    const rec = f.rec;
    if (rec >= 0) {
      out.put(idText[f.bucket]?.[rec] as Uint8Array);
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
      out.put(idText[f.bucket]?.[closest] as Uint8Array);
      money(regular);
      if (f.hasSurplus) money(regular - f.cap);
      else out.empty(1);
    } else out.empty(3);
    out.put(codeText[f.recCode] as Uint8Array);
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
          out.put(status > 0 ? (whyText[status] as Uint8Array) : notOffered);
        }
      }
    }
    out.end();
  };
}
