/**
 * A batch output line written straight from the fast engine's figures (issue #16): the same
 * bytes as `csvLine(batchCells(ev, …))` / `ndjsonLine(…)` of render/csv-row.ts, without the
 * Evaluation, the plan objects or the cells array. Everything that depends only on the policy
 * and the columns (bucket names, plan ids, recommendation codes and fixed reasons, NDJSON keys,
 * which variant slot answers each `--plans` group) is escaped or looked up once per writer.
 * test/fast/lean.test.ts compares both writers byte for byte. Pure.
 */
import { type FastEngine, slotVariant } from '../fast/compile.js';
import { recommendationReason, recRateScaled, recoveryRateOf, recoveryRateScaled } from '../fast/evaluation.js';
import { NO_PLANS, NONE_AFFORDABLE, OFFERED, REC_CODES, type RowFigures, UNKNOWN, WHY } from '../fast/figures-store.js';
import { render } from '../messages/index.js';
import { ByteSink, MINOR_BYTES, putMinor, putUint, utf8 } from './byte-sink.js';
import { type ClosestReason, closestReason } from './closest-reason.js';
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

/** Bytes one number cell takes at most (MINOR_BYTES and two quotes). */
const NUMBER_BYTES = MINOR_BYTES + 2;

/**
 * Writes the cells of one line into a ByteSink: CSV fields or NDJSON members, in column order,
 * straight into the sink's buffer. `start` reserves room for every key and number of the line
 * (`#bound`); a cell of text reserves its own length on top, so the numbers after it still fit.
 */
class LineOut {
  #sink: ByteSink = new ByteSink();
  #buf: Uint8Array = new Uint8Array(0);
  #n = 0;
  #k = 0;
  readonly #json: boolean;
  readonly #keys: Uint8Array[];
  readonly #bound: number;
  /** An absent cell as written. */
  readonly nul: Uint8Array;

  constructor(json: boolean, columns: readonly string[]) {
    this.#json = json;
    this.#keys = columns.map((c, i) => utf8((i > 0 ? ',' : '') + JSON.stringify(c) + ':'));
    this.#bound = 3 + this.#keys.reduce((sum, k) => sum + k.length + NUMBER_BYTES, 0);
    this.nul = utf8(json ? 'null' : '');
  }
  start(sink: ByteSink): void {
    this.#sink = sink;
    this.#buf = sink.reserve(this.#bound);
    this.#n = sink.n;
    if (this.#json) this.#buf[this.#n++] = 0x7b; // {
    this.#k = 0;
  }
  end(): void {
    if (this.#json) this.#buf[this.#n++] = 0x7d; // }
    this.#buf[this.#n++] = 0x0a;
    this.#sink.n = this.#n;
  }
  /** Room for k more bytes besides the line's bound. */
  #room(k: number): void {
    if (this.#n + k + this.#bound > this.#buf.length) {
      this.#sink.n = this.#n;
      this.#buf = this.#sink.reserve(k + this.#bound);
    }
  }
  /** A text cell as written: formula-safe and quoted (CSV) or a JSON string. */
  escape(text: string | null): Uint8Array {
    return text === null ? this.nul : utf8(this.#escaped(text));
  }
  #escaped(text: string): string {
    return this.#json ? JSON.stringify(text) : csvField(text);
  }
  #sep(): void {
    const buf = this.#buf;
    if (this.#json) {
      const key = this.#keys[this.#k] as Uint8Array;
      let n = this.#n;
      for (let i = 0; i < key.length; i++) buf[n++] = key[i] as number;
      this.#n = n;
    } else if (this.#k > 0) buf[this.#n++] = 0x2c; // ,
    this.#k++;
  }
  /** A cell already written as escape() writes it. */
  put(written: Uint8Array): void {
    this.#sep();
    this.#room(written.length);
    this.#n = copy(this.#buf, this.#n, written);
  }
  text(text: string | null): void {
    if (text === null) {
      this.put(this.nul);
      return;
    }
    this.#sep();
    const len = text.length;
    this.#room(len + 2);
    // printable ASCII with nothing to escape and no formula sign in front: written as it is
    // (csvField leaves it so; JSON.stringify only adds the quotes)
    const buf = this.#buf;
    let n = this.#n;
    const json = this.#json;
    const first = text.charCodeAt(0);
    let plain = json || !(first === 0x3d || first === 0x2b || first === 0x2d || first === 0x40);
    if (json) buf[n++] = 0x22;
    for (let i = 0; plain && i < len; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x20 || c > 0x7e || c === 0x22 || c === 0x2c || c === 0x5c) plain = false;
      else buf[n++] = c;
    }
    if (plain && len > 0) {
      if (json) buf[n++] = 0x22;
      this.#n = n;
      return;
    }
    // anything else: the general escaping, through the sink
    this.#sink.n = this.#n;
    this.#sink.text(this.#escaped(text));
    this.#buf = this.#sink.reserve(this.#bound);
    this.#n = this.#sink.n;
  }
  /** Money (integer minor units) with `digits` decimals: quoted in NDJSON, as is in CSV (a number is never neutralised). */
  money(x: number, digits: number): void {
    this.#sep();
    const buf = this.#buf;
    if (this.#json) {
      buf[this.#n++] = 0x22;
      this.#n = putMinor(buf, this.#n, x, digits);
      buf[this.#n++] = 0x22;
    } else this.#n = putMinor(buf, this.#n, x, digits);
  }
  /** A figure already as text (digits, a point, a sign): quoted in NDJSON, as is in CSV. */
  figure(text: string): void {
    this.#sep();
    const len = text.length;
    this.#room(len + 2);
    const buf = this.#buf;
    let n = this.#n;
    if (this.#json) buf[n++] = 0x22;
    for (let i = 0; i < len; i++) buf[n++] = text.charCodeAt(i);
    if (this.#json) buf[n++] = 0x22;
    this.#n = n;
  }
  /** One cell of escaped pieces around two money figures: a x b y c. */
  between(a: Uint8Array, x: number, b: Uint8Array, y: number, c: Uint8Array, digits: number): void {
    this.#sep();
    this.#room(a.length + b.length + c.length + 2 * MINOR_BYTES);
    const buf = this.#buf;
    let n = copy(buf, this.#n, a);
    n = putMinor(buf, n, x, digits);
    n = copy(buf, n, b);
    n = putMinor(buf, n, y, digits);
    this.#n = copy(buf, n, c);
  }
  int(n: number): void {
    this.#sep();
    this.#n = putUint(this.#buf, this.#n, n);
  }
  bool(b: boolean | null): void {
    this.put(b === null ? this.nul : b ? TRUE : FALSE);
  }
  empty(count: number): void {
    if (this.#json) {
      for (let i = 0; i < count; i++) this.put(this.nul);
      return;
    }
    // CSV: an absent cell is its separator alone (within the line's bound)
    const buf = this.#buf;
    for (let i = 0; i < count; i++) if (this.#k++ > 0) buf[this.#n++] = 0x2c;
  }
}

/** Copies b into buf from n on (short pieces: a loop beats TypedArray.set); returns the end. */
function copy(buf: Uint8Array, n: number, b: Uint8Array): number {
  for (let i = 0; i < b.length; i++) buf[n++] = b[i] as number;
  return n;
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
  const json = output === 'ndjson';
  const out = new LineOut(json, batchColumns(planIds, keep));
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

  // per bucket, per slot: the closest-plan reason's pieces, made on first use (null: rendered whole)
  const closestText = e.open.map((list) => list.map((): ClosestReason | null | undefined => undefined));

  /** The reason cell of a row without a recommended plan. */
  function reason(f: RowFigures): void {
    const fixed = f.recCode === NO_PLANS || f.closest < 0 || !f.hasSurplus;
    if (!fixed) {
      const slots = closestText[f.bucket] as (ClosestReason | null | undefined)[];
      let pieces = slots[f.closest];
      if (pieces === undefined) pieces = slots[f.closest] = closestReason(slotVariant(e, f.bucket, f.closest).id, json);
      if (pieces !== null) {
        const payment = f.regular[f.closest] as number;
        out.between(pieces.before, pieces.paymentFirst ? payment : f.cap, pieces.between, pieces.paymentFirst ? f.cap : payment, pieces.after, digits);
        return;
      }
    }
    const known = fixed ? fixedReason.get(f.recCode) : undefined;
    if (known !== undefined) {
      out.put(known);
      return;
    }
    const text = out.escape(render('en', recommendationReason(e, f)));
    if (fixed) fixedReason.set(f.recCode, text);
    out.put(text);
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
    const rate = i === f.rec ? recRateScaled(f) : (recoveryRateScaled(f.npv[i] as number, f.total) ?? -1);
    if (rate < 0) out.figure(recoveryRateOf(f.npv[i] as number, f.total));
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
    if (rec >= 0) out.put(out.nul);
    else reason(f);
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
