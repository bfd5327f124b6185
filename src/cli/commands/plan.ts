/** `repayplan plan`: flags / --input → account → evaluate → table or JSON on stdout (§5). */
import { spokenEcho } from '../spoken-echo.js';
import { readOfferFlags } from '../offer-flags.js';
import { UserError } from '../../errors.js';
import { said } from '../../messages/index.js';
import type { Lang } from '../../messages/index.js';
import { evaluate } from '../../report/evaluate.js';
import type { Evaluation } from '../../report/types.js';
import { counterOffersToJson, planJsonDocument } from '../../render/json.js';
import { readAccount, readInputDocument, type AccountOptions, type InputDocument } from '../account-input.js';
import { localeLang, useColour, writeOut, type Context } from '../../io/context.js';
import { VERSION } from '../../version.js';
import { loadPolicy } from '../../io/policy-source.js';
import { printableLines } from '../../text/printable.js';
import type { Policy } from '../../policy/types.js';

/**
 * The policy for a command: --policy (default cn-standard). A saved document (--input) that
 * names its policy and hash is checked against it, so a record never reproduces silently
 * under another policy.
 */
export function resolvePolicy(opts: Record<string, unknown>, doc: InputDocument | null, ctx: Context): Policy {
  const explicit = typeof opts.policy === 'string' ? opts.policy : undefined;
  const hash = typeof opts.policyHash === 'string' ? opts.policyHash : undefined;
  const saved = doc?.policy ?? null;
  const ref = explicit ?? saved?.name ?? undefined;
  let policy: Policy;
  try {
    policy = loadPolicy(ref, ctx.cwd, hash);
  } catch (error) {
    if (error instanceof UserError && explicit === undefined && saved?.name && error.code === 'policy.unknown') {
      throw UserError.said('input.policy', said('input.policy', { source: String(doc?.source), name: JSON.stringify(saved.name) }), {
        field: '--policy',
        value: saved.name,
      });
    }
    throw error;
  }
  if (hash === undefined && saved?.sha256 && saved.sha256 !== policy.sha256) {
    throw UserError.said(
      'input.policy-mismatch',
      said('input.policy-mismatch', {
        source: String(doc?.source),
        saved: saved.name ?? '?',
        savedHash: String(saved.sha256),
        policy: policy.name,
        version: policy.version,
        hash: policy.sha256,
      }),
      { field: '--policy', value: policy.name },
    );
  }
  return policy;
}

export function planIdOrThrow(ev: Evaluation, id: string, flag: string): string {
  if (ev.plans.some((p) => p.id === id)) return id;
  const un = ev.unavailable.find((u) => u.id === id);
  if (un) throw UserError.said('plan.unavailable', { code: 'plan.not-offered', params: { flag, id, why: un.reason } }, { field: flag, value: id });
  const ids = ev.plans.map((p) => p.id).join(', ');
  throw UserError.said('plan.unknown', said('plan.unknown', { flag, id: JSON.stringify(id), ids: ids || '(none)' }), { field: flag, value: id });
}

/** `plan`'s options: the §2 account flags (typed from the field table) and its own. */
export type PlanOptions = AccountOptions & {
  format?: 'table' | 'json' | 'script';
  schedule?: string;
  offerMonthly?: string;
  offerLump?: string;
  script?: boolean;
  full?: boolean;
};

export async function runPlan(opts: PlanOptions, ctx: Context): Promise<number> {
  const format = (opts.format as string | undefined) ?? (ctx.stdoutIsTTY ? 'table' : 'json');
  const doc = typeof opts.input === 'string' ? await readInputDocument(opts.input, ctx) : null;
  const policy = resolvePolicy(opts, doc, ctx);
  const request = await readAccount(opts, policy.currency, ctx, doc);
  const { monthly, lump } = readOfferFlags(opts, policy, request.echoes);
  const lang: Lang = (opts.lang as Lang | undefined) ?? localeLang(ctx.env);
  for (const e of request.echoes) ctx.stderr.write(`repayplan: ${spokenEcho(lang, e.flag, e.text, e.amount, policy)}\n`);
  const ev = evaluate(request.account, policy, request.asOf, { counterOffer: { monthly, lump } });

  const scheduleId = typeof opts.schedule === 'string' ? planIdOrThrow(ev, opts.schedule, '--schedule') : null;
  const asked = monthly !== null || lump !== null;
  const counter = asked ? await import('../../report/counter-offer.js') : null;
  const counterOffers = counter ? counter.computeCounterOffers(ev, { monthly, lump }) : null;
  const answer = counter && counterOffers ? counter.counterOfferAnswer(counterOffers, ev) : null;
  // the script follows the conversation: the counter-offer's answer, else --schedule ID, else the recommendation
  const scriptPlan = answer ?? scheduleId ?? ev.recommendation.planId;
  const script = opts.script ? (await import('../../render/script.js')).renderScript(ev, scriptPlan, lang) : null;

  if (format === 'html') {
    const { renderPlanHtml } = await import('../../render/plan-html.js');
    const html = renderPlanHtml(ev, lang, { name: 'repayplan', version: VERSION });
    return emit(html, opts, ctx);
  }
  if (format === 'json') {
    const extra: Record<string, unknown> = {};
    if (counter && counterOffers) extra.counterOffers = counterOffersToJson(counterOffers, ev);
    if (script !== null) extra.script = { planId: scriptPlan, lang, text: script };
    return emit(`${JSON.stringify(planJsonDocument(ev, { name: 'repayplan', version: VERSION }, extra), null, 2)}\n`, opts, ctx);
  }
  if (format === 'script') {
    // the script alone, for pasting into a chat or an SMS (no table, no wrapping)
    const { renderScript } = await import('../../render/script.js');
    return emit(script ?? renderScript(ev, scriptPlan, lang), opts, ctx);
  }
  const table = await import('../../render/table.js');
  const options = { lang, colour: useColour(ctx), width: Math.max(60, Math.min(ctx.columns, 200)) };
  // on a terminal the one-screen view comes first; the full comparison with --full (issue #10)
  const compact = ctx.stdoutIsTTY && opts.full !== true && scheduleId === null;
  let out: string;
  if (compact) {
    const { renderCompact } = await import('../../render/compact.js');
    out = renderCompact(ev, { lang, colour: options.colour, width: options.width, answer, more: 'flag' });
  } else {
    out = scheduleId ? (await import('../../render/schedule-table.js')).renderSchedule(ev, scheduleId, options) : table.renderPlanTable(ev, options);
  }
  if (counterOffers) {
    const text = (await import('../../render/counter-offer-text.js')).renderCounterOffers(counterOffers, ev, options);
    if (text) out += `\n${text}`;
  }
  if (script) out += `\n${script}`;
  // no raw control character reaches the terminal (a policy label, an id); with colour on, the
  // renderer's own escapes stay and the values were escaped where they entered (issue #15)
  if (!options.colour) out = printableLines(out);
  if (ctx.stdoutIsTTY) out = (await import('../../render/wrap.js')).wrapText(out, options.width);
  return emit(out.endsWith('\n') ? out : `${out}\n`, opts, ctx);
}

/** Stdout, or `-o FILE` written atomically (temp + rename). */
async function emit(text: string, opts: Record<string, unknown>, ctx: Context): Promise<number> {
  if (typeof opts.output === 'string' && opts.output !== '-') {
    const { writeFileAtomic } = await import('../../io/atomic.js');
    writeFileAtomic(opts.output, text, ctx.cwd, '-o');
  } else await writeOut(ctx, text);
  return 0;
}
