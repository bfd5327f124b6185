/**
 * `repayplan apr` (§11): the APR of any offer. The flows come from the flags, a file or a
 * saved plan (cli/apr-input.ts); the core (src/apr) computes; render/apr.ts prints the table or
 * the JSON document.
 */
import { computeApr, type AprMethod, type AprRequest, type EuYear, type Flow, type UnitPeriod } from '../../apr/index.js';
import type { Lang } from '../../messages/index.js';
import type { Policy } from '../../policy/types.js';
import { localeLang, write, type Context } from '../../io/context.js';
import { VERSION } from '../../version.js';
import { loadPolicy } from '../../io/policy-source.js';
import { aprJson, aprTable, type AprSource as Source } from '../../render/apr.js';
import { capsFor, fail, fileFlows, flagFlows, savedPlanFlows } from '../apr-input.js';

export async function runApr(opts: Record<string, unknown>, ctx: Context): Promise<number> {
  const format = (opts.format as string | undefined) ?? (ctx.stdoutIsTTY ? 'table' : 'json');
  const lang: Lang = (opts.lang as Lang | undefined) ?? localeLang(ctx.env);
  // an AprError is a UserError: cli/main.ts prints its words in the language of --lang
  const fromFlags = ['advance', 'payment', 'flow', 'flows', 'fee'].some(
    (k) => opts[k] !== undefined && !(Array.isArray(opts[k]) && (opts[k] as unknown[]).length === 0),
  );
  let flows: Flow[];
  let policy: Policy;
  let source: Source;
  if (typeof opts.from === 'string') {
    if (fromFlags) throw fail(lang, 'apr.sources', {}, '--from');
    const saved = savedPlanFlows(opts, lang, ctx);
    ({ flows, policy, source } = saved);
  } else {
    policy = loadPolicy(typeof opts.policy === 'string' ? opts.policy : undefined, ctx.cwd, typeof opts.policyHash === 'string' ? opts.policyHash : undefined);
    flows = flagFlows(opts, policy.currency, lang, ctx);
    if (typeof opts.flows === 'string') flows.push(...fileFlows(opts.flows, policy.currency, lang, ctx));
    if (flows.length === 0) throw fail(lang, 'apr.no-flows', {}, '--advance');
    source = { kind: typeof opts.flows === 'string' ? 'file' : 'flags', file: typeof opts.flows === 'string' ? opts.flows : null, planId: null, plan: null };
  }
  const method: AprMethod =
    (opts.method as AprMethod | undefined) ?? (source.plan ? 'unit-period' : policy.doc.aprDisplay === 'effective' ? 'eu' : 'unit-period');
  const request: AprRequest = {
    flows,
    currency: policy.currency,
    method,
    unitPeriod: (opts.every as UnitPeriod | undefined) ?? (source.plan ? 'month' : null),
    euYear: (opts.euYear as EuYear | undefined) ?? (source.plan ? 'months' : 'days'),
    caps: capsFor(opts, policy, lang),
  };
  const result = computeApr(request);
  if (format === 'json') await write(ctx.stdout, `${JSON.stringify(aprJson(result, policy, source, { version: VERSION }), null, 2)}\n`);
  else await write(ctx.stdout, aprTable(result, policy, source, lang));
  return 0;
}
