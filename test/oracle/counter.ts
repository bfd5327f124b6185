/**
 * The oracle's §4.10 counter-offers: "X a month", "Y now", and both together as down-payment
 * variants of each installment offer ("Y now and the rest at no more than X a month").
 */
import { buildPlan, type Ctx, offerOpen, type OAccount, type OOffer, type RefPlan, regularPayment, type Snapshot, variants } from './reference.js';

export interface Verdict {
  kind: 'monthly' | 'lump' | 'down-payment';
  offerId: string;
  verdict: 'fits' | 'short' | 'not-offered';
  planId: string | null;
  needed: string | null;
  neededPayment: bigint | null;
  shortfall: bigint | null;
}

const offered = (ps: RefPlan[]) => ps.filter((p) => p.unavailable === null);

function monthlyVerdict(kind: Verdict['kind'], o: OOffer, cands: RefPlan[], x: bigint): Verdict {
  const base = { kind, offerId: o.id, planId: null, needed: null, neededPayment: null, shortfall: null };
  if (!cands.length) return { ...base, verdict: 'not-offered' };
  const reg = (p: RefPlan) => regularPayment(p) as bigint;
  const fits = cands.filter((p) => reg(p) <= x).sort((a, b) => a.months - b.months);
  if (fits.length) return { ...base, verdict: 'fits', planId: (fits[0] as RefPlan).id };
  // "the monthly payment of the longest allowed term": for an installment the longest term has the
  // lowest payment; for a deferral (g + n) the two part ways (uk-fca token-plan-2+36 and -12+36
  // both ask £11.73, -6+36 £11.80). Read here as the tool does: the lowest regular payment, then
  // fewer months (SPEC doubt, reported on #10).
  const longest = [...cands].sort((a, b) => Number(reg(a) - reg(b)) || a.months - b.months)[0] as RefPlan;
  return { ...base, verdict: 'short', needed: longest.id, neededPayment: reg(longest), shortfall: reg(longest) - x };
}

/** The down payment as the id names it: "5000" for 5000.00, "5000.5" for 5000.50 (the tool's form). */
export type DownLabel = (y: bigint) => string;

export function counterOffers(
  c: Ctx,
  s: Snapshot,
  a: OAccount,
  offer: { monthly?: bigint; lump?: bigint },
  label: DownLabel,
): { verdicts: Verdict[]; extraPlans: RefPlan[] } {
  const verdicts: Verdict[] = [];
  const extraPlans: RefPlan[] = [];
  const { monthly: x, lump: y } = offer;
  for (const o of c.policy.offers) {
    const open = offerOpen(s, a, o);
    if (x !== undefined && y !== undefined && o.family === 'installment') {
      const A = s.total - variants(c, s, a.asOf, o)[0]!.waived.total;
      const cands = open && y > 0n && y < A ? offered(o.terms.map((n) => buildPlan(c, s, a.asOf, o, 0, n, y, `+dp${label(y)}`))) : [];
      const v = monthlyVerdict('down-payment', o, cands, x);
      verdicts.push(v);
      const plan = cands.find((p) => p.id === v.planId);
      if (plan) extraPlans.push(plan);
    }
    if (x !== undefined && (o.family !== 'reduction' || o.terms.some((n) => n > 1))) {
      const cands = open ? offered(variants(c, s, a.asOf, o)).filter((p) => p.months > 0) : [];
      verdicts.push(monthlyVerdict('monthly', o, cands, x));
    }
    if (y !== undefined && o.family === 'reduction') {
      const lump = open ? offered(variants(c, s, a.asOf, o)).find((p) => p.months === 0) : undefined;
      const base = { kind: 'lump' as const, offerId: o.id, planId: null, needed: null, neededPayment: null, shortfall: null };
      if (!lump) verdicts.push({ ...base, verdict: 'not-offered' });
      else if (y >= lump.amount) verdicts.push({ ...base, verdict: 'fits', planId: lump.id });
      else verdicts.push({ ...base, verdict: 'short', needed: lump.id, neededPayment: lump.amount, shortfall: lump.amount - y });
    }
  }
  return { verdicts, extraPlans };
}
