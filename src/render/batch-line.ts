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
import type { ByteSink } from './byte-sink.js';
import { LineOut } from './line-out.js';
import { type ClosestReason, closestReason } from './closest-reason.js';
import { batchColumns } from './csv-row.js';

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
