/**
 * The JSON document of `plan --format json` (§5, schemaVersion "1"). Field names are
 * normative; money is a string with exactly the currency's minor digits; rates are annual
 * fractions with 6 decimals. schema/output.schema.json describes it.
 */
import type { Account } from '../core/account.js';
import { formatCivilDate } from '../dates/civil-date.js';
import { InternalError } from '../errors.js';
import { render } from '../messages/index.js';
import { formatMoney, type Minor } from '../money/amount.js';
import type { Currency } from '../money/currency.js';
import type { Plan } from '../analysis/types.js';
import type { ScheduleRow } from '../plans/types.js';
import type { CounterOffer, CounterOfferPlanRef } from '../report/counter-offer.js';
import type { Evaluation } from '../report/types.js';
import type { OutputDoc, PlanDoc } from '../schema/output.js';

export const SCHEMA_VERSION = '1';

export type ToolInfo = OutputDoc['tool'];

type Unavailable = OutputDoc['unavailable'][number];
type Recommendation = OutputDoc['recommendation'];

/** The plan's APR and effective rate: the document always carries them (evaluate computes them unless asked not to, which only batch does). */
function ratesOf(p: Plan): NonNullable<Plan['rates']> {
  if (p.rates === null) throw new InternalError(`plan ${p.id}: the JSON document needs the plan's rates`);
  return p.rates;
}

function money(x: Minor, c: Currency): string {
  return formatMoney(x, c);
}

function maybe(x: Minor | null, c: Currency): string | null {
  return x === null ? null : formatMoney(x, c);
}

/** The account as read: amounts normalised to the currency's digits, absent fields null. */
export function accountToJson(account: Account, asOf: string, c: Currency): OutputDoc['input'] {
  return {
    id: account.id,
    principal: money(account.principal, c),
    interest: maybe(account.interest, c),
    fees: maybe(account.fees, c),
    overdueDays: account.overdueDays,
    minimumDue: maybe(account.minimumDue, c),
    monthlyIncome: maybe(account.monthlyIncome, c),
    monthlyExpenses: maybe(account.monthlyExpenses, c),
    otherDebtPayments: maybe(account.otherDebtPayments, c),
    availableCash: maybe(account.availableCash, c),
    hardship: account.hardship,
    willingToRepay: account.willingToRepay === null ? null : account.willingToRepay ? 'yes' : 'no',
    asOf,
  };
}

export function scheduleRowToJson(row: ScheduleRow, c: Currency): PlanDoc['schedule'][number] {
  return {
    k: row.k,
    date: formatCivilDate(row.date),
    payment: money(row.payment, c),
    principal: money(row.principal, c),
    interest: money(row.interest, c),
    fee: money(row.fee, c),
    balance: money(row.balance, c),
  };
}

export function planToJson(p: Plan, c: Currency): PlanDoc {
  return {
    id: p.id,
    offerId: p.offerId,
    family: p.family,
    label: { zh: p.label.zh, en: p.label.en },
    months: p.months,
    graceMonths: p.graceMonths,
    waived: { fees: money(p.waived.fees, c), interest: money(p.waived.interest, c), principal: money(p.waived.principal, c), total: money(p.waived.total, c) },
    amount: money(p.amount, c),
    paymentNow: money(p.paymentNow, c),
    regularPayment: maybe(p.regularPayment, c),
    totalPaid: money(p.totalPaid, c),
    totalInterest: money(p.totalInterest, c),
    totalFees: money(p.totalFees, c),
    apr: ratesOf(p).apr,
    effectiveAnnualRate: ratesOf(p).effectiveAnnualRate,
    npv: money(p.npv, c),
    recoveryRate: p.recoveryRate,
    affordable: p.affordable,
    paymentToSurplus: p.paymentToSurplus,
    dueBy: p.dueBy === null ? null : formatCivilDate(p.dueBy),
    schedule: p.schedule.map((r) => scheduleRowToJson(r, c)),
  };
}

/** The whole §5 document; `extra` adds optional top-level members (counterOffers). */
export function planJsonDocument(ev: Evaluation, tool: ToolInfo, extra: Partial<OutputDoc> = {}): OutputDoc {
  const c = ev.policy.currency;
  const asOf = formatCivilDate(ev.asOf);
  const s = ev.snapshot;
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: tool.name, version: tool.version },
    policy: { name: ev.policy.name, version: ev.policy.version, sha256: ev.policy.sha256, currency: c.code, aprDisplay: ev.policy.aprDisplay },
    input: accountToJson(ev.account, asOf, c),
    snapshot: {
      asOf,
      bucket: s.bucket,
      principal: money(s.principal, c),
      interest: money(s.interest, c),
      fees: money(s.fees, c),
      total: money(s.total, c),
      minimumDue: money(s.minimumDue, c),
      estimated: { interest: s.estimated.interest, fees: s.estimated.fees },
    },
    affordability: {
      surplus: maybe(ev.affordability.surplus, c),
      cap: maybe(ev.affordability.cap, c),
      availableCash: maybe(ev.affordability.availableCash, c),
    },
    statusQuo: {
      months: ev.statusQuo.months,
      interest: money(ev.statusQuo.interest, c),
      fees: money(ev.statusQuo.fees, c),
      total: money(ev.statusQuo.total, c),
    },
    plans: ev.plans.map((p) => planToJson(p, c)),
    unavailable: ev.unavailable.map((u) => ({ id: u.id, offerId: u.offerId, code: u.code as Unavailable['code'], reason: render('en', u.reason) })),
    recommendation: {
      planId: ev.recommendation.planId,
      code: ev.recommendation.code as Recommendation['code'],
      reason: render('en', ev.recommendation.reason),
      closest:
        ev.recommendation.closest === null
          ? null
          : { planId: ev.recommendation.closest.planId, regularPayment: money(ev.recommendation.closest.regularPayment, c) },
    },
    ...extra,
  };
}

function planRefToJson(r: CounterOfferPlanRef | null, ev: Evaluation): Record<string, unknown> | null {
  if (r === null) return null;
  const c = ev.policy.currency;
  return {
    planId: r.planId,
    months: r.months,
    graceMonths: r.graceMonths,
    payment: formatMoney(r.payment, c),
    paymentNow: formatMoney(r.paymentNow, c),
    dueBy: r.dueBy === null ? null : formatCivilDate(r.dueBy),
    affordable: r.affordable,
  };
}

/** The JSON form of `counterOffers` (§5): money as strings with the currency's digits. */
export function counterOffersToJson(list: CounterOffer[], ev: Evaluation): unknown[] {
  const c = ev.policy.currency;
  return list.map((o) => ({
    kind: o.kind,
    offerId: o.offerId,
    family: o.family,
    label: { zh: o.label.zh, en: o.label.en },
    offered: formatMoney(o.offered, c),
    downPayment: o.downPayment === null ? null : formatMoney(o.downPayment, c),
    verdict: o.verdict,
    planId: o.plan?.planId ?? null,
    plan: planRefToJson(o.plan, ev),
    needed: planRefToJson(o.needed, ev),
    shortfall: o.shortfall === null ? null : formatMoney(o.shortfall, c),
    code: o.code,
    reason: o.reason === null ? null : render('en', o.reason),
  }));
}
