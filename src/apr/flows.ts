/**
 * The flows of an APR computation (§11): a regular series of payments as dated flows, and a
 * flow set netted by date and checked for its shape (one advance first, one sign change) before
 * any rate is sought.
 */
import { formatCivilDate, type CivilDate } from '../dates/civil-date.js';
import type { Minor } from '../money/amount.js';
import { formatMoney } from '../money/amount.js';
import { AprError } from './error.js';
import { compareDates, daysBetween, sameDate, seriesDate, seriesDayOf } from './time.js';
import type { AprRequest, Flow, UnitPeriod } from './types.js';

/** A regular series of payments: `count` payments of `amount` from `first`, every `every`. */
export function seriesFlows(s: { first: CivilDate; every: UnitPeriod; count: number; amount: Minor; from?: number }): Flow[] {
  const flows: Flow[] = [];
  const from = s.from ?? 0;
  for (let n = from; n < from + s.count; n++) {
    const seriesDay = seriesDayOf(s.first, s.every, n);
    flows.push({ date: seriesDate(s.first, s.every, n), amount: s.amount, kind: 'payment', ...(seriesDay === undefined ? {} : { seriesDay }) });
  }
  return flows;
}

export interface NetFlow {
  date: CivilDate;
  /** Signed minor units: advances −, payments and fees +. */
  amount: Minor;
  seriesDay?: number;
  period?: number;
}

/** Nets the flows by date (a fee on the advance's date reduces the amount financed) and checks their shape. */
export function netFlows(flows: readonly Flow[], currency: AprRequest['currency']): { net: NetFlow[]; start: CivilDate } {
  const advances = flows.filter((f) => f.kind === 'advance');
  if (advances.length === 0) throw new AprError('apr.no-advance', {});
  for (const f of flows) {
    if (f.amount <= 0n) throw new AprError('apr.amount-not-positive', { date: formatCivilDate(f.date), amount: formatMoney(f.amount, currency) });
  }
  const start = advances.reduce((a, f) => (compareDates(f.date, a) < 0 ? f.date : a), advances[0]!.date);
  const early = flows.find((f) => compareDates(f.date, start) < 0);
  if (early) throw new AprError('apr.before-advance', { date: formatCivilDate(early.date), start: formatCivilDate(start) });
  const byDay = new Map<number, NetFlow>();
  for (const f of [...flows].sort((a, b) => compareDates(a.date, b.date))) {
    const key = daysBetween(start, f.date);
    const signed = f.kind === 'advance' ? -f.amount : f.amount;
    const entry = byDay.get(key) ?? { date: f.date, amount: 0n };
    entry.amount += signed;
    if (f.seriesDay !== undefined && entry.seriesDay === undefined) entry.seriesDay = f.seriesDay;
    if (f.period !== undefined && entry.period === undefined) entry.period = f.period;
    byDay.set(key, entry);
  }
  const net = [...byDay.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, v]) => v)
    .filter((v) => v.amount !== 0n);
  // everything paid on the day it was lent (a lump sum at k = 0): nothing is financed over time, APR 0 (§4.6)
  if (net.length === 0) return { net, start };
  const first = net[0];
  if (!first || first.amount > 0n || !sameDate(first.date, start)) {
    throw new AprError('apr.nothing-financed', { date: formatCivilDate(start) });
  }
  // one sign change only: every advance before every payment (else several rates may solve)
  let seenPayment = false;
  for (const n of net) {
    if (n.amount > 0n) seenPayment = true;
    else if (seenPayment) throw new AprError('apr.sign-changes', { date: formatCivilDate(n.date) });
  }
  if (!seenPayment) throw new AprError('apr.no-payment', {});
  return { net, start };
}
