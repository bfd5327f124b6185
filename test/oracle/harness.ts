/**
 * Runs `repayplan plan --format json` in-process for one account and compares every figure the
 * oracle computes: snapshot, affordability, each plan (schedule rows, APR, NPV, affordability),
 * unavailable variants, the recommendation and the counter-offer verdicts. Returns the
 * disagreements as lines (empty when the tool and the oracle agree to the cent and the day).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { presetDoc } from '../../src/policy/presets.js';
import { run } from '../live/inproc.js';
import { counterOffers, type Verdict } from './counter.js';
import { cmp, dec, minor } from './exact.js';
import { affordability, type PlanJson, planFigures, recommend } from './figures.js';
import { Ctx, type OAccount, type OPolicy, offerOpen, type RefPlan, type Snapshot, snapshot, variants } from './reference.js';

export interface Case {
  preset: 'cn-standard' | 'us-card-act' | 'uk-fca';
  /** A policy written out and passed as --policy FILE instead of the preset (rounding, digits, methods). */
  doc?: object;
  account: OAccount;
  monthly?: bigint;
  lump?: bigint;
}

export function policyOf(cs: Pick<Case, 'preset' | 'doc'>): OPolicy {
  return (cs.doc ?? presetDoc(cs.preset)) as unknown as OPolicy;
}

const written = new Map<string, string>();
/** The --policy argument: the preset's name, or a file holding the case's own policy. */
function policyArg(cs: Case): string {
  if (!cs.doc) return cs.preset;
  const text = JSON.stringify(cs.doc);
  let file = written.get(text);
  if (!file) {
    file = join(mkdtempSync(join(tmpdir(), 'oracle-')), 'policy.json');
    writeFileSync(file, text);
    written.set(text, file);
  }
  return file;
}

/** The command line of a case (also printed with a disagreement, to reproduce it). */
export function argsOf(cs: Case): string[] {
  const c = new Ctx(policyOf(cs));
  const a = cs.account;
  const args = ['plan', '--policy', policyArg(cs), '--format', 'json', '--lang', 'en', '--as-of', a.asOf];
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
  if (a.hardship !== undefined) args.push('--hardship', a.hardship);
  if (a.willing !== undefined) args.push('--willing', a.willing ? 'yes' : 'no');
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
  statusQuo: Record<string, unknown>;
  plans: PlanJson[];
  unavailable: string[];
  recommendation: string | null;
  /** §4.8: when none is affordable, the plan asking the lowest monthly payment (then fewer months) and that payment. */
  closest: { planId: string; regularPayment: string } | null;
  counterOffers: Record<string, unknown>[] | undefined;
}

/** What the oracle says `plan --format json` must print for this case. */
export function expected(cs: Case): Expected {
  const c = new Ctx(policyOf(cs));
  const s = snapshot(c, cs.account);
  const f = affordability(c, cs.account);
  const all: RefPlan[] = [];
  const closed: RefPlan[] = [];
  for (const o of c.policy.offers) {
    const vs = variants(c, s, cs.account.asOf, o);
    const open = o.buckets.includes(s.bucket);
    // an offer closed to the bucket lists nothing (the tool's reading: §3 says no more); variants
    // of an open offer that break §4.5's limits are listed under unavailable
    // §3 requiresHardship: "otherwise its variants are unavailable with that reason"
    if (open) for (const v of vs) (v.unavailable === null && offerOpen(s, cs.account, o) ? all : closed).push(v);
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
    statusQuo: statusQuoOf(c, cs.account, s),
    plans,
    unavailable: closed.map((p) => p.id),
    recommendation: recommend(plans),
    closest: closestOf(plans),
    counterOffers: offers?.verdicts.map(verdictJson),
  };
}

type Json = any;

/**
 * §4.9 / §5: the snapshot plus what §4.3 accrues from day D to day D + 365, each end estimated
 * from the principal alone with the cap applied (so a given figure is carried, never re-estimated).
 */
function statusQuoOf(c: Ctx, a: OAccount, s: Snapshot) {
  const at = (days: number) => snapshot(c, { principal: a.principal, overdueDays: days, minimumDue: a.minimumDue, asOf: a.asOf });
  const [from, to] = [at(a.overdueDays), at(a.overdueDays + 365)];
  const interest = s.interest + to.interest - from.interest;
  const fees = s.fees + to.fees - from.fees;
  return { months: 12, interest: c.fmt(interest), fees: c.fmt(fees), total: c.fmt(s.principal + interest + fees) };
}

function closestOf(plans: PlanJson[]): Expected['closest'] {
  if (recommend(plans) !== null) return null;
  const monthly = plans.filter((p) => p.regularPayment !== null);
  monthly.sort((x, y) => cmp(dec(x.regularPayment as string), dec(y.regularPayment as string)) || x.months - y.months);
  const best = monthly[0];
  return best ? { planId: best.id, regularPayment: best.regularPayment as string } : null;
}

/** The tool's document reduced to what the oracle computes (same shapes as `expected`). */
export function actualOf(doc: Json): Expected {
  const pick = (o: Json, keys: string[]) => Object.fromEntries(keys.map((k) => [k, o[k]]));
  return {
    snapshot: pick(doc.snapshot, ['asOf', 'bucket', 'principal', 'interest', 'fees', 'total', 'minimumDue', 'estimated']),
    affordability: pick(doc.affordability, ['surplus', 'cap', 'availableCash']),
    statusQuo: doc.statusQuo,
    plans: doc.plans.map((p: Json) => {
      const { label: _l, ...rest } = p;
      return rest;
    }),
    unavailable: doc.unavailable.map((u: Json) => u.id),
    recommendation: doc.recommendation.planId,
    closest: doc.recommendation.closest,
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
export const m = (text: string, preset: Case['preset'] = 'cn-standard') => minor(text, policyOf({ preset }).currency.minorDigits);

/** The paths where two JSON-like values differ ("plan[installment-24].schedule.3.fee tool=… oracle=…"). */
export function differences(a: unknown, e: unknown, path = '', out: string[] = []): string[] {
  if (typeof a === 'object' && a !== null && typeof e === 'object' && e !== null) {
    if (Array.isArray(a) && Array.isArray(e) && a.length !== e.length) out.push(`${path}.length tool=${a.length} oracle=${e.length}`);
    for (const k of new Set([...Object.keys(a), ...Object.keys(e)]))
      differences((a as Record<string, unknown>)[k], (e as Record<string, unknown>)[k], `${path}.${k}`, out);
  } else if (a !== e) out.push(`${path} tool=${JSON.stringify(a)} oracle=${JSON.stringify(e)}`);
  return out;
}

/** Every disagreement between the tool's document and the oracle for one case (plans matched by id). */
export function disagreements(doc: Json, cs: Case): string[] {
  const e = expected(cs);
  const a = actualOf(doc);
  const out: string[] = [];
  for (const id of new Set([...a.plans.map((p) => p.id), ...e.plans.map((p) => p.id)]))
    differences(
      a.plans.find((p) => p.id === id),
      e.plans.find((p) => p.id === id),
      `plan[${id}]`,
      out,
    );
  differences(
    a.plans.map((p) => p.id),
    e.plans.map((p) => p.id),
    'plan ids',
    out,
  );
  return differences({ ...a, plans: [] }, { ...e, plans: [] }, '', out);
}

/** Runs the case and throws with the reproducing command when the tool and the oracle disagree. */
export async function check(cs: Case): Promise<void> {
  const r = await runTool(cs);
  if (r.code !== 0) throw new Error(`exit ${r.code}: ${r.stderr}\n  repayplan ${argsOf(cs).join(' ')}`);
  const out = disagreements(r.doc, cs);
  if (out.length) throw new Error(`${out.length} disagreement(s) with the oracle:\n  ${out.slice(0, 12).join('\n  ')}\n  repayplan ${argsOf(cs).join(' ')}`);
}
