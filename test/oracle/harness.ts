/**
 * Runs `repayplan plan --format json` in-process for one account and compares every figure the
 * oracle computes: snapshot, affordability, each plan (schedule rows, APR, NPV, affordability),
 * unavailable variants, the recommendation and the counter-offer verdicts. Returns the
 * disagreements as lines (empty when the tool and the oracle agree to the cent and the day).
 */
import { presetDoc } from '../../src/policy/presets.js';
import { run } from '../live/inproc.js';
import { counterOffers, type Verdict } from './counter.js';
import { minor } from './exact.js';
import { affordability, Ctx, type OAccount, type OPolicy, type PlanJson, planFigures, recommend, type RefPlan, snapshot, variants } from './reference.js';

export interface Case {
  preset: 'cn-standard' | 'us-card-act' | 'uk-fca';
  account: OAccount;
  monthly?: bigint;
  lump?: bigint;
}

export function policyOf(preset: Case['preset']): OPolicy {
  return presetDoc(preset) as unknown as OPolicy;
}

/** The command line of a case (also printed with a disagreement, to reproduce it). */
export function argsOf(cs: Case): string[] {
  const c = new Ctx(policyOf(cs.preset));
  const a = cs.account;
  const args = ['plan', '--policy', cs.preset, '--format', 'json', '--lang', 'en', '--as-of', a.asOf];
  const put = (flag: string, v: bigint | undefined) => {
    if (v !== undefined) args.push(flag, c.fmt(v));
  };
  put('--principal', a.principal);
  args.push('--overdue-days', String(a.overdueDays));
  put('--interest', a.interest);
  put('--fees', a.fees);
  put('--minimum-due', a.minimumDue);
  put('--income', a.income);
  put('--expenses', a.expenses);
  put('--other-debt', a.otherDebt);
  put('--cash', a.cash);
  put('--offer-monthly', cs.monthly);
  put('--offer-lump', cs.lump);
  return args;
}

/** "5000" for 5000.00, "5000.5" for 5000.50: the id form the tool uses (SPEC: "an id that names the down payment"). */
export function downLabel(c: Ctx) {
  return (y: bigint) => {
    const t = c.fmt(y);
    return t.includes('.') ? t.replace(/0+$/, '').replace(/\.$/, '') : t;
  };
}

interface ToolVerdict {
  kind: string;
  offerId: string;
  verdict: string;
  planId: string | null;
  needed: { planId: string; payment: string } | null;
  shortfall: string | null;
}

export interface Expected {
  snapshot: Record<string, unknown>;
  affordability: Record<string, unknown>;
  plans: PlanJson[];
  unavailable: string[];
  recommendation: string | null;
  counterOffers: Record<string, unknown>[] | undefined;
}

/** What the oracle says `plan --format json` must print for this case. */
export function expected(cs: Case): Expected {
  const c = new Ctx(policyOf(cs.preset));
  const s = snapshot(c, cs.account);
  const f = affordability(c, cs.account);
  const all: RefPlan[] = [];
  const closed: RefPlan[] = [];
  for (const o of c.policy.offers) {
    const vs = variants(c, s, cs.account.asOf, o);
    const open = o.buckets.includes(s.bucket);
    // an offer closed to the bucket lists nothing (the tool's reading: §3 says no more); variants
    // of an open offer that break §4.5's limits are listed under unavailable
    if (open) for (const v of vs) (v.unavailable === null ? all : closed).push(v);
  }
  const offers = cs.monthly !== undefined || cs.lump !== undefined ? counterOffers(c, s, cs.account, cs, downLabel(c)) : null;
  const plans = [...all, ...(offers?.extraPlans ?? [])].map((p) => planFigures(c, s, f, p));
  const fmt = (v: bigint | null) => (v === null ? null : c.fmt(v));
  const verdictJson = (v: Verdict) => ({
    kind: v.kind,
    offerId: v.offerId,
    verdict: v.verdict,
    planId: v.planId,
    needed: v.needed,
    neededPayment: fmt(v.neededPayment),
    shortfall: fmt(v.shortfall),
  });
  return {
    snapshot: {
      asOf: cs.account.asOf,
      bucket: s.bucket,
      principal: c.fmt(s.principal),
      interest: c.fmt(s.interest),
      fees: c.fmt(s.fees),
      total: c.fmt(s.total),
      minimumDue: c.fmt(s.minimumDue),
      estimated: s.estimated,
    },
    affordability: { surplus: fmt(f.surplus), cap: fmt(f.cap), availableCash: fmt(f.cash) },
    plans,
    unavailable: closed.map((p) => p.id),
    recommendation: recommend(plans),
    counterOffers: offers?.verdicts.map(verdictJson),
  };
}

type Json = any;

/** The tool's document reduced to what the oracle computes (same shapes as `expected`). */
export function actualOf(doc: Json): Expected {
  const pick = (o: Json, keys: string[]) => Object.fromEntries(keys.map((k) => [k, o[k]]));
  return {
    snapshot: pick(doc.snapshot, ['asOf', 'bucket', 'principal', 'interest', 'fees', 'total', 'minimumDue', 'estimated']),
    affordability: pick(doc.affordability, ['surplus', 'cap', 'availableCash']),
    plans: doc.plans.map((p: Json) => {
      const { label: _l, ...rest } = p;
      return rest;
    }),
    unavailable: doc.unavailable.map((u: Json) => u.id),
    recommendation: doc.recommendation.planId,
    counterOffers: doc.counterOffers?.map((v: ToolVerdict) => ({
      kind: v.kind,
      offerId: v.offerId,
      verdict: v.verdict,
      planId: v.planId,
      needed: v.needed?.planId ?? null,
      neededPayment: v.needed?.payment ?? null,
      shortfall: v.shortfall,
    })),
  };
}

export async function runTool(cs: Case): Promise<{ code: number; doc: Json; stderr: string }> {
  const r = await run(argsOf(cs));
  return { code: r.code, doc: r.stdout ? JSON.parse(r.stdout) : null, stderr: r.stderr };
}

/** Money text in the case's currency (for building cases from literals). */
export const m = (text: string, preset: Case['preset'] = 'cn-standard') => minor(text, policyOf(preset).currency.minorDigits);
