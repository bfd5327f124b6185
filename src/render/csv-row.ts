/**
 * One batch output row (§5 csv/ndjson) as a renderer of the Evaluation: the column list, the
 * typed cell values, and the two serialisations (a CSV line safe to open in a spreadsheet, an
 * NDJSON line). Pure: no I/O. Money goes through formatMoney only, so every figure equals the
 * same field of `plan --format json`.
 */
import { formatCivilDate } from '../dates/civil-date.js';
import { formatMoney, type Minor } from '../money/amount.js';
import type { Currency } from '../money/currency.js';
import type { Policy } from '../policy/types.js';
import { render } from '../messages/index.js';
import type { Plan } from '../analysis/types.js';
import type { Evaluation } from '../report/types.js';

/** A cell: text, a whole number (months), a yes/no (affordable) or absent (null). */
export type Cell = string | number | boolean | null;

/**
 * The columns of every batch row, in order: the input row number (to join back, §6), §5's
 * columns plus months, the closest plan when none is affordable (its monthly payment and how far
 * it is over the cap), the recommendation code and reason, then what the input said of the
 * cardholder (§2, carried through): the hardship reason code and the will to repay (yes / no).
 */
export const BATCH_COLUMNS = [
  'row',
  'id',
  'as_of',
  'bucket',
  'principal',
  'interest',
  'fees',
  'total',
  'recommended_plan',
  'months',
  'payment_now',
  'regular_payment',
  'total_paid',
  'npv',
  'recovery_rate',
  'affordable',
  'surplus',
  'cap',
  'closest_plan',
  'needed_payment',
  'over_cap',
  'recommendation',
  'reason',
  'hardship',
  'willing_to_repay',
] as const;

export type BatchColumn = (typeof BATCH_COLUMNS)[number];

/** The figures given per plan id under `--plans` (`installment-24.regular_payment`, …). */
export const PLAN_GROUP_FIELDS = [
  'months',
  'payment_now',
  'regular_payment',
  'total_paid',
  'waived',
  'npv',
  'recovery_rate',
  'affordable',
  'unavailable',
] as const;

/** Every plan id the policy's catalogue can produce, in catalogue order (§3 plan ids). */
export function catalogPlanIds(policy: Policy): string[] {
  const ids: string[] = [];
  for (const offer of policy.offers) {
    if (offer.family === 'deferral') {
      for (const g of offer.graceMonths) for (const n of offer.terms) ids.push(`${offer.id}-${g}+${n}`);
    } else {
      for (const n of offer.terms) ids.push(`${offer.id}-${n}`);
    }
  }
  return ids;
}

/**
 * The column names of a batch output: BATCH_COLUMNS, then the input columns passed through with
 * `--keep` (named as in the input), then one group per plan id when `planIds` is given.
 */
export function batchColumns(planIds: readonly string[] | null, keep: readonly string[] = []): string[] {
  const cols: string[] = [...BATCH_COLUMNS, ...keep];
  if (planIds) for (const id of planIds) for (const f of PLAN_GROUP_FIELDS) cols.push(`${id}.${f}`);
  return cols;
}

function money(x: Minor | null, c: Currency): string | null {
  return x === null ? null : formatMoney(x, c);
}

/**
 * The cells of one scored account, aligned with `batchColumns(planIds, keep)`. `id` is the text
 * to show for the account reference (the caller masks it if it looks like a card or ID number);
 * `row` the input row number; `kept` the `--keep` values, already masked where personal (§9).
 */
export function batchCells(
  ev: Evaluation,
  id: string | null,
  planIds: readonly string[] | null,
  row: number | null = null,
  kept: readonly (string | null)[] = [],
): Cell[] {
  const c = ev.policy.currency;
  const s = ev.snapshot;
  const rec = ev.recommendation;
  const plan = rec.planId === null ? null : (ev.plans.find((p) => p.id === rec.planId) ?? null);
  // false only when plans exist and none is affordable; empty when there is no plan at all
  let affordable: boolean | null;
  if (plan) affordable = plan.affordable;
  else affordable = rec.code === 'none-affordable' ? false : null;
  const closest = plan ? null : rec.closest;
  const cap = ev.affordability.cap;
  const cells: Cell[] = [
    row,
    id,
    formatCivilDate(ev.asOf),
    s.bucket,
    formatMoney(s.principal, c),
    formatMoney(s.interest, c),
    formatMoney(s.fees, c),
    formatMoney(s.total, c),
    plan ? plan.id : null,
    plan ? plan.months : null,
    plan ? formatMoney(plan.paymentNow, c) : null,
    plan ? money(plan.regularPayment, c) : null,
    plan ? formatMoney(plan.totalPaid, c) : null,
    plan ? formatMoney(plan.npv, c) : null,
    plan ? plan.recoveryRate : null,
    affordable,
    money(ev.affordability.surplus, c),
    money(cap, c),
    closest ? closest.planId : null,
    closest ? formatMoney(closest.regularPayment, c) : null,
    closest && cap !== null ? formatMoney(closest.regularPayment - cap, c) : null,
    rec.code,
    plan ? null : render('en', rec.reason),
    ev.account.hardship,
    ev.account.willingToRepay === null ? null : ev.account.willingToRepay ? 'yes' : 'no',
    ...kept,
  ];
  if (planIds) {
    const byId = new Map<string, Plan>();
    for (const p of ev.plans) byId.set(p.id, p);
    const why = new Map<string, string>();
    for (const u of ev.unavailable) why.set(u.id, u.code);
    for (const pid of planIds) {
      const p = byId.get(pid);
      if (p) {
        cells.push(
          p.months,
          formatMoney(p.paymentNow, c),
          money(p.regularPayment, c),
          formatMoney(p.totalPaid, c),
          formatMoney(p.waived.total, c),
          formatMoney(p.npv, c),
          p.recoveryRate,
          p.affordable,
          null,
        );
      } else {
        cells.push(null, null, null, null, null, null, null, null, why.get(pid) ?? 'not-offered');
      }
    }
  }
  return cells;
}

const NUMBER_RE = /^[+-]?\d+(?:\.\d+)?$/;
/** A field with one of these is quoted (RFC 4180). */
export const NEEDS_QUOTES_RE = /[",\r\n]/;

/** Whether a text cell starting with character code c reads as a formula in a spreadsheet: = + - @, a tab or a carriage return. */
export function isFormulaStart(c: number): boolean {
  return c === 0x3d || c === 0x2b || c === 0x2d || c === 0x40 || c === 0x09 || c === 0x0d;
}

/**
 * Neutralises CSV formula injection: a text cell starting with = + - @, a tab or a carriage
 * return gets a leading apostrophe, so a spreadsheet shows it as text instead of running it.
 * A plain number ("-12.50") is left alone: it is a value, not a formula.
 */
export function neutraliseFormula(text: string): string {
  if (text === '') return text;
  if (isFormulaStart(text.charCodeAt(0))) {
    if (NUMBER_RE.test(text)) return text;
    return `'${text}`;
  }
  return text;
}

/** One CSV field (RFC 4180 quoting), formula-safe. */
export function csvField(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell !== 'string') return String(cell);
  const safe = neutraliseFormula(cell);
  return NEEDS_QUOTES_RE.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One CSV record with its line ending. */
export function csvLine(cells: readonly Cell[], eol = '\n'): string {
  let out = '';
  for (let i = 0; i < cells.length; i++) {
    if (i > 0) out += ',';
    out += csvField(cells[i] ?? null);
  }
  return out + eol;
}

/** One NDJSON line: an object with the column names as keys (money as strings, null = absent). */
export function ndjsonLine(columns: readonly string[], cells: readonly Cell[]): string {
  let out = '{';
  for (let i = 0; i < columns.length; i++) {
    if (i > 0) out += ',';
    out += `${JSON.stringify(columns[i])}:${JSON.stringify(cells[i] ?? null)}`;
  }
  return `${out}}\n`;
}
