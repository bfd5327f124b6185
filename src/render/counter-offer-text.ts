/**
 * Counter-offer verdicts as text under the comparison table (§4.10): one line per offer that
 * an agent can read at a glance — which plan fits, or how far the offer is from what would.
 * The words live in src/messages/counter-offer.ts.
 */
import { Chalk } from 'chalk';
import { msg, type Lang } from '../messages/index.js';
import type { CounterOffer, CounterOfferPlanRef } from '../report/counter-offer.js';
import type { Evaluation } from '../report/types.js';
import type { Plan } from '../analysis/types.js';
import { planPayments, planTerms, planTitle } from './plan-words.js';
import { dateText, moneyText } from './script.js';

export interface CounterOfferTextOptions {
  lang: Lang;
  /** ANSI colour (the caller decides: TTY and no NO_COLOR). */
  colour: boolean;
  /** The offer was just echoed (negotiate): the first heading, which says it again, is left out. */
  echoed?: boolean;
  /** The plan already shown as the answer (negotiate): its verdict line is left out. */
  answer?: string | null;
}

type Paint = (kind: 'ok' | 'short' | 'none', s: string) => string;

function affordText(a: boolean | null, lang: Lang): string {
  return msg(lang, a === true ? 'afford.yes' : a === false ? 'afford.no' : 'afford.unknown-why');
}

/**
 * The plan a verdict names: one of `plans`, or — for a down-payment verdict that falls short —
 * the variant that would fit, which is not a plan of the evaluation (it does not meet X).
 */
export function verdictPlan(ref: CounterOfferPlanRef, ev: Evaluation): Plan | null {
  return ev.plans.find((q) => q.id === ref.planId) ?? ev.downPayments.find((d) => d.needed?.id === ref.planId)?.needed ?? null;
}

/** Its terms with the id small ("首付 + 60 期 [installment-60+dp5000]"), or the id alone when unknown. */
function terms(ref: CounterOfferPlanRef, ev: Evaluation, lang: Lang): string {
  const plan = verdictPlan(ref, ev);
  return plan ? `${planTerms(plan, lang)} [${plan.id}]` : ref.planId;
}

function notOfferedText(o: CounterOffer, ev: Evaluation, lang: Lang): string {
  if (o.code === 'down-payment-range') return msg(lang, 'live.co.range');
  if (o.code === 'bucket') return msg(lang, 'counter-offer.not-offered.bucket', { bucket: ev.snapshot.bucket });
  if (o.code === 'no-lump-sum') return msg(lang, 'counter-offer.not-offered.no-lump-sum');
  return msg(lang, 'counter-offer.not-offered.no-plan');
}

function line(o: CounterOffer, ev: Evaluation, lang: Lang, paint: Paint): string {
  const p = ev.policy;
  const head = msg(lang, 'counter-offer.head', { label: o.label[lang], offer: o.offerId });
  if (o.verdict === 'not-offered') return paint('none', `${head}${notOfferedText(o, ev, lang)}`);
  if (o.verdict === 'fits' && o.plan) {
    const r = o.plan;
    const afford = affordText(r.affordable, lang);
    const plan = ev.plans.find((q) => q.id === r.planId);
    if ((o.kind === 'down-payment' || o.kind === 'monthly') && plan) {
      // the plan by its label and terms (id small), its payments in words with every run exact
      return `${head}${paint('ok', msg(lang, 'counter-offer.fits', { plan: `${planTerms(plan, lang)} [${plan.id}]` }))}${msg(lang, 'live.co.fits.words', { words: planPayments(plan, ev, lang), afford })}`;
    }
    const by = r.dueBy ? msg(lang, 'counter-offer.by', { date: dateText(r.dueBy, lang) }) : '';
    const left = o.offered - r.payment;
    const rest = left > 0n ? msg(lang, 'counter-offer.less-than-offered', { amount: moneyText(left, p) }) : '';
    return `${head}${paint('ok', msg(lang, 'counter-offer.accept', { plan: terms(r, ev, lang) }))}${msg(lang, 'counter-offer.fits.lump', { payment: moneyText(r.payment, p), by, rest, afford })}`;
  }
  const n = o.needed as CounterOfferPlanRef;
  const short = paint('short', msg(lang, 'counter-offer.short', { gap: moneyText(o.shortfall ?? 0n, p) }));
  const needed = verdictPlan(n, ev);
  if ((o.kind === 'monthly' || o.kind === 'down-payment') && needed) {
    // what would fit, named and in words like a plan that fits (a down-payment one is not in plans[])
    const words = planPayments(needed, ev, lang);
    return `${head}${short}${msg(lang, 'counter-offer.short.words', { plan: terms(n, ev, lang), words, afford: affordText(needed.affordable, lang) })}`;
  }
  const by = n.dueBy ? msg(lang, 'counter-offer.by', { date: dateText(n.dueBy, lang) }) : '';
  return `${head}${short}${msg(lang, 'counter-offer.short.lump', { payment: moneyText(n.payment, p), plan: terms(n, ev, lang), by })}`;
}

/** Counter-offer verdicts as text: a heading per counter-offer, one line per offer, then a summary. */
export function renderCounterOffers(list: CounterOffer[], ev: Evaluation, opts: CounterOfferTextOptions): string {
  if (list.length === 0) return '';
  const lang = opts.lang;
  const p = ev.policy;
  const c = new Chalk({ level: opts.colour ? 1 : 0 });
  const paint: Paint = (kind, s) => (kind === 'ok' ? c.green(s) : kind === 'short' ? c.yellow(s) : c.dim(s));
  const out: string[] = [];
  let firstGroup = true;
  for (const kind of ['down-payment', 'monthly', 'lump'] as const) {
    const group = list.filter((o) => o.kind === kind);
    const first = group[0];
    if (!first) continue;
    const amount = moneyText(first.offered, p);
    const now = moneyText(first.downPayment ?? 0n, p);
    // with both figures ("Y now and X a month") the plain verdicts say which figure alone they answer
    const both = list.some((o) => o.kind === 'down-payment');
    const heading =
      kind === 'down-payment'
        ? msg(lang, 'live.co.heading', { now, amount })
        : kind === 'monthly'
          ? msg(lang, both ? 'live.co.heading.monthly-only' : 'counter-offer.heading.monthly', { amount })
          : msg(lang, both ? 'live.co.heading.lump-only' : 'counter-offer.heading.lump', { amount });
    const shown = group.filter((o) => !(opts.answer && o.verdict === 'fits' && o.plan?.planId === opts.answer));
    const echoed = opts.echoed === true && firstGroup;
    firstGroup = false;
    if (shown.length === 0) continue;
    if (!echoed) out.push(c.bold(heading));
    for (const o of shown) out.push(line(o, ev, lang, paint));
    const answerable = group.filter((o) => o.verdict !== 'not-offered');
    if (group.length > 1 && answerable.length > 0 && answerable.every((o) => o.verdict === 'short')) {
      // Nothing fits: say what would (the smallest need across the offers); one offer's line says it already
      const best = answerable.reduce((a, b) => ((b.needed?.payment ?? 0n) < (a.needed?.payment ?? 0n) ? b : a));
      const n = best.needed as CounterOfferPlanRef;
      const named = verdictPlan(n, ev);
      out.push(
        msg(lang, kind !== 'lump' ? 'counter-offer.nothing-fits.monthly' : 'counter-offer.nothing-fits.lump', {
          amount,
          payment: moneyText(n.payment, p),
          plan: named ? planTitle(named, lang) : n.planId,
        }),
      );
    } else if (answerable.length === 0) {
      out.push(msg(lang, 'counter-offer.none-answers'));
    }
  }
  if (out.length === 0) return '';
  return `${out.join('\n')}\n`;
}
