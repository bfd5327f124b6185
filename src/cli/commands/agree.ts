/**
 * `repayplan agree`: records an agreement without prompts (§10), the twin of
 * `negotiate --save`: same builder, same record (schema/agreement.schema.json), same atomic
 * write. One account (`--input FILE` and/or flags, `--plan ID`) → one record; or `--batch FILE`
 * (NDJSON of accounts, each with a `planId`) → NDJSON of records, one a line, every input line
 * recorded or rejected with its row number and reason (exit 3 when any was rejected).
 */
import { agreementRecord, agreementText } from '../../agreement/record.js';
import { fileExists, writeFileAtomic } from '../../agreement/write.js';
import { parseAccount, parseAsOf } from '../../core/account.js';
import { parseJsonExact } from '../../core/json-text.js';
import { safeValue } from '../../core/privacy.js';
import type { CivilDate } from '../../dates/civil-date.js';
import { EXIT_OK, EXIT_REJECTED_ROWS, UserError } from '../../errors.js';
import type { Lang, Policy } from '../../policy/types.js';
import { csvLine, ndjsonLine } from '../../render/csv-row.js';
import { renderScript } from '../../render/script.js';
import { evaluate } from '../../report/evaluate.js';
import { parseInputDocument, readAccount, readInputDocument } from '../account-input.js';
import { localeLang, write, type Context } from '../../io/context.js';
import { msg, said, textIn } from '../../messages/index.js';
import { ioReason } from '../../io/fs-error.js';
import { jsonSyntaxRef } from '../../text/json.js';
import { VERSION } from '../../version.js';
import { loadPolicy } from '../../io/policy-source.js';
import { planIdOrThrow, resolvePolicy } from './plan.js';
import { offerRecord, readOfferFlags, type OfferFigures } from '../offer-flags.js';
import { spokenEcho } from '../spoken-echo.js';
import { isDownPaymentId } from '../../plans/generate.js';

const TOOL = { name: 'repayplan' as const, version: VERSION };

interface AgreeCommon {
  policy: Policy;
  policyRef: string;
  lang: Lang;
  note: string;
  savedAt: string;
}

const NO_OFFER: OfferFigures = { monthly: null, lump: null };

/**
 * The record of one account and plan (throws a UserError when the plan is not offered). With a
 * counter-offer, its plans are those of `plan` with the same --offer-* flags: a down-payment
 * plan (`installment-24+dp5000`) exists only with "Y now and X a month", as in negotiate.
 */
export function recordFor(
  account: Parameters<typeof evaluate>[0],
  asOf: CivilDate,
  planId: string,
  c: AgreeCommon,
  flag = '--plan',
  offer: OfferFigures = NO_OFFER,
): Record<string, unknown> {
  const ev = evaluate(account, c.policy, asOf, { counterOffer: offer });
  if (isDownPaymentId(planId) && (offer.lump === null || offer.monthly === null) && !ev.plans.some((p) => p.id === planId)) {
    throw UserError.said('plan.needs-offer', said('plan.needs-offer', { flag, id: planId }), { field: flag, value: planId });
  }
  const id = planIdOrThrow(ev, planId, flag);
  return agreementRecord({
    ev,
    planId: id,
    savedAt: c.savedAt,
    note: c.note,
    lang: c.lang,
    script: renderScript(ev, id, c.lang),
    policyRef: c.policyRef,
    tool: TOOL,
    counterOffer: offerRecord(offer, c.policy),
  });
}

async function emit(path: string, text: string, opts: Record<string, unknown>, ctx: Context): Promise<void> {
  if (path === '-') {
    await write(ctx.stdout, text);
    return;
  }
  if (!opts.force && fileExists(path, ctx.cwd)) {
    throw UserError.said('agree.exists', said('agree.exists', { path: JSON.stringify(path) }), { field: '-o', value: path });
  }
  writeFileAtomic(path, text, ctx.cwd, '-o');
}

async function readAll(path: string, ctx: Context): Promise<string> {
  if (path === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of ctx.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
    return Buffer.concat(chunks).toString('utf8');
  }
  const { readFileSync } = await import('node:fs');
  const { resolve } = await import('node:path');
  try {
    return readFileSync(resolve(ctx.cwd, path), 'utf8');
  } catch (error) {
    const why = ioReason(error, 'read').text;
    throw UserError.said('input.unreadable', said('agree.batch-unreadable', { path: JSON.stringify(path), why }), { field: '--batch', value: path });
  }
}

const PLAN_KEYS = ['planId', 'plan_id', 'plan', '方案'];

/** A rejected line's reason in the language of --lang (the English is the error's message). */
function reasonIn(error: UserError, lang: Lang): string {
  if (error.issues.length > 1) return error.issues.map((i) => textIn(lang, i.text, i.message)).join(msg(lang, 'row.issue-sep'));
  return textIn(lang, error.text ?? error.issues[0]?.text, error.message);
}

async function runBatchAgree(opts: Record<string, unknown>, ctx: Context, common: AgreeCommon): Promise<number> {
  const source = opts.batch === '-' ? 'stdin' : String(opts.batch);
  const text = (await readAll(String(opts.batch), ctx)).replace(/^\uFEFF/, '');
  const defaultAsOf = typeof opts.asOf === 'string' ? opts.asOf : null;
  const out: string[] = [];
  const errors: { row: number; line: number; id: string | null; code: string; reason: string }[] = [];
  let row = 0;
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') return;
    row++;
    let id: string | null = null;
    try {
      let doc: unknown;
      try {
        doc = parseJsonExact(line);
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        throw UserError.said('row.not-json', said('agree.row.not-json', { error: jsonSyntaxRef(line, detail) }));
      }
      if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) throw UserError.said('row.not-object', said('agree.row.not-object'));
      const fields = { ...(doc as Record<string, unknown>) };
      let planId = typeof opts.plan === 'string' ? opts.plan : null;
      let note = common.note;
      for (const k of PLAN_KEYS) {
        if (k in fields) {
          if (typeof fields[k] === 'string') planId = fields[k] as string;
          delete fields[k];
        }
      }
      if (typeof fields.note === 'string') note = fields.note;
      delete fields.note;
      if (typeof fields.id === 'string') id = safeValue(fields.id);
      if (!planId) throw UserError.said('agree.no-plan', said('agree.row.no-plan'));
      const input = parseInputDocument(JSON.stringify(fields), `row ${row}`, '');
      const r = parseAccount(input.raw, common.policy.currency);
      if ('issues' in r) throw UserError.fromIssues(r.issues, r.issues.map((x) => x.message).join('; '));
      const asOfText = input.raw.asOf ?? defaultAsOf;
      let asOf = ctx.today();
      if (asOfText) {
        const d = parseAsOf(asOfText, 'asOf');
        if ('code' in d) throw UserError.fromIssue(d);
        asOf = d;
      }
      const record = recordFor(r.account, asOf, planId, { ...common, note }, 'planId');
      out.push(`${JSON.stringify(record)}\n`);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      errors.push({ row, line: i + 1, id, code: error.code, reason: reasonIn(error, common.lang) });
    }
  });
  await emit(typeof opts.output === 'string' ? opts.output : '-', out.join(''), opts, ctx);
  const cols = ['row', 'line', 'id', 'code', 'reason'] as const;
  if (typeof opts.errors === 'string') {
    const csv = !/\.(ndjson|jsonl)$/i.test(opts.errors);
    const body = csv
      ? csvLine([...cols]) + errors.map((e) => csvLine(cols.map((k) => e[k]))).join('')
      : errors
          .map((e) =>
            ndjsonLine(
              [...cols],
              cols.map((k) => e[k]),
            ),
          )
          .join('');
    if (opts.errors === '-') await write(ctx.stdout, body);
    else writeFileAtomic(opts.errors, body, ctx.cwd, '--errors');
  } else {
    for (const e of errors) ctx.stderr.write(`repayplan: ${msg(common.lang, 'followup.row', { source, row: e.row, line: e.line, reason: e.reason })}\n`);
  }
  ctx.stderr.write(`repayplan: ${msg(common.lang, 'followup.agree.summary', { read: row, recorded: out.length, rejected: errors.length })}\n`);
  return errors.length > 0 ? EXIT_REJECTED_ROWS : EXIT_OK;
}

export async function runAgree(opts: Record<string, unknown>, ctx: Context): Promise<number> {
  const lang: Lang = (opts.lang as Lang | undefined) ?? localeLang(ctx.env);
  const note = typeof opts.note === 'string' ? opts.note : '';
  const savedAt = new Date().toISOString();
  if (typeof opts.batch === 'string') {
    if (typeof opts.input === 'string') throw UserError.said('agree.usage', said('agree.batch-with-input'), { field: '--batch', value: opts.batch });
    if (opts.offerLump !== undefined || opts.offerMonthly !== undefined)
      throw UserError.said('agree.usage', said('agree.batch-with-offer'), { field: '--batch', value: opts.batch });
    const policy = loadPolicy(
      typeof opts.policy === 'string' ? opts.policy : undefined,
      ctx.cwd,
      typeof opts.policyHash === 'string' ? opts.policyHash : undefined,
    );
    return runBatchAgree(opts, ctx, { policy, policyRef: typeof opts.policy === 'string' ? opts.policy : policy.name, lang, note, savedAt });
  }
  if (typeof opts.plan !== 'string') throw UserError.said('agree.no-plan', said('agree.no-plan'), { field: '--plan', value: null });
  const doc = typeof opts.input === 'string' ? await readInputDocument(opts.input, ctx) : null;
  const policy = resolvePolicy(opts, doc, ctx);
  const request = await readAccount(opts, policy.currency, ctx, doc);
  const offer = readOfferFlags(opts, policy, request.echoes);
  for (const e of request.echoes) ctx.stderr.write(`repayplan: ${spokenEcho(lang, e.flag, e.text, e.amount, policy)}\n`);
  const common = { policy, policyRef: typeof opts.policy === 'string' ? opts.policy : policy.name, lang, note, savedAt };
  const record = recordFor(request.account, request.asOf, opts.plan, common, '--plan', offer);
  const output = typeof opts.output === 'string' ? opts.output : '-';
  await emit(output, agreementText(record), opts, ctx);
  if (output !== '-')
    ctx.stderr.write(`${msg(lang, 'followup.agree.saved', { path: output, plan: String(record.planId), ref: safeValue(request.account.id ?? '-') })}\n`);
  return EXIT_OK;
}
