/**
 * `repayplan policy list | show NAME|FILE | validate FILE... | init NAME` (SPEC §3, issue #3).
 *
 * - `show` prints the canonical JSON (keys sorted, 2-space indent) on stdout and
 *   "policy NAME vVERSION: sha256 HEX" on stderr; the hash is the SHA-256 of the compact
 *   canonical JSON, the same `policy.sha256` that `plan --format json` prints.
 *   `--format table` prints a summary for people instead (hash included).
 * - `validate` checks every file and prints every problem as "FILE: PATH: what; fix" on stderr,
 *   "FILE: ok (NAME vVERSION, sha256 HEX)" on stdout; exit 2 when any file is bad.
 * - `init` writes a preset's canonical JSON to stdout or `-o FILE` (never overwriting).
 */
import { writeFileSync } from 'node:fs';
import { readDocumentSync } from '../../io/read-document.js';
import { resolve } from 'node:path';
import { UserError, type FieldIssue } from '../../errors.js';
import { canonicalJson, canonicalJsonPretty, sha256Hex } from '../../policy/canonical.js';
import { DEFAULT_PRESET, presetDoc, presetNames, presetSummary } from '../../policy/presets.js';
import type { OfferDoc, PolicyDoc } from '../../policy/types.js';
import { parsePolicyBytes } from '../../policy/policy-text.js';
import { validatePolicy } from '../../policy/validate.js';
import { formatScaled, parseRatio } from '../../money/rational.js';
import { followUpOf } from '../../followup/config.js';
import { ioReason } from '../../io/fs-error.js';
import { render, said, type MessageRef } from '../../messages/index.js';
import { write, type Context } from '../../io/context.js';

const EXIT_OK = 0;
const EXIT_BAD = 2;

function hashOf(doc: PolicyDoc): string {
  return sha256Hex(canonicalJson(doc));
}

function presetList(): string {
  return presetNames().join(', ');
}

/** Reads a file (or stdin for "-") as bytes; a failure is returned as an issue, not thrown. */
async function readBytes(file: string, ctx: Context): Promise<Buffer | FieldIssue> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of ctx.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
    return Buffer.concat(chunks);
  }
  try {
    return readDocumentSync(resolve(ctx.cwd, file), JSON.stringify(file), '$');
  } catch (error) {
    if (error instanceof UserError) return { code: error.code, field: '$', value: file, message: `$: ${error.message}` };
    const why = ioReason(error, 'read').text;
    const hint = presetDoc(file) ? said('io.policy-file-is-preset', { file }) : said('io.check-path');
    const text: MessageRef = { code: 'io.policy-file-unreadable', params: { why, hint } };
    return { code: 'policy.unreadable', field: '$', value: file, message: render('en', text), text };
  }
}

/** Reads and parses one policy file; returns the JSON or the issues (unreadable, not UTF-8, not JSON, a repeated key). */
async function readPolicyFile(file: string, ctx: Context): Promise<{ json: unknown } | { issues: FieldIssue[] }> {
  const bytes = await readBytes(file, ctx);
  if (!(bytes instanceof Uint8Array)) return { issues: [bytes] };
  const parsed = parsePolicyBytes(bytes, `start from \`repayplan policy init ${DEFAULT_PRESET}\``);
  return 'issue' in parsed ? { issues: [parsed.issue] } : parsed;
}

/** A preset by name, or a file validated into a document; user errors name what went wrong. */
async function loadDoc(ref: string, ctx: Context): Promise<PolicyDoc> {
  const preset = presetDoc(ref);
  if (preset) return preset;
  const read = await readPolicyFile(ref, ctx);
  if ('issues' in read) {
    const notFound = read.issues[0]?.code === 'policy.unreadable' && !/[./\\]/.test(ref);
    if (notFound) {
      throw new UserError(
        'policy.unknown',
        `policy show: ${JSON.stringify(ref)} is neither a preset nor a readable file; use one of ${presetList()} or a path to a policy JSON file`,
        { field: 'NAME|FILE', value: ref },
      );
    }
    throw UserError.fromIssues(read.issues.map((i) => ({ ...i, message: `${ref}: ${i.message}` })));
  }
  const result = validatePolicy(read.json);
  if (!result.ok) throw UserError.fromIssues(result.issues.map((i) => ({ ...i, message: `${ref}: ${i.message}` })));
  return result.doc;
}

// ---------------------------------------------------------------------------------------------
// list

export async function runPolicyList(opts: Record<string, unknown>, ctx: Context): Promise<number> {
  const rows = presetNames().map((name) => {
    const doc = presetDoc(name) as PolicyDoc;
    return {
      name,
      version: doc.version,
      currency: doc.currency.code,
      sha256: hashOf(doc),
      description: presetSummary(name) ?? '',
      default: name === DEFAULT_PRESET,
    };
  });
  if (opts.format === 'json') {
    await write(ctx.stdout, `${JSON.stringify({ schemaVersion: '1', policies: rows }, null, 2)}\n`);
    return EXIT_OK;
  }
  const table = [
    ['NAME', 'VERSION', 'CURRENCY', 'SHA-256', 'DESCRIPTION'],
    ...rows.map((r) => [r.default ? `${r.name} (default)` : r.name, r.version, r.currency, r.sha256, r.description]),
  ];
  await write(ctx.stdout, alignColumns(table));
  return EXIT_OK;
}

function alignColumns(rows: string[][]): string {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, cell.length);
    });
  return (
    rows
      .map((row) =>
        row
          .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
          .join('  ')
          .trimEnd(),
      )
      .join('\n') + '\n'
  );
}

// ---------------------------------------------------------------------------------------------
// show

export async function runPolicyShow(ref: string, opts: Record<string, unknown>, ctx: Context): Promise<number> {
  const doc = await loadDoc(ref, ctx);
  const sha = hashOf(doc);
  if (opts.format === 'table') {
    await write(ctx.stdout, renderPolicySummary(doc, sha));
    return EXIT_OK;
  }
  await write(ctx.stdout, `${canonicalJsonPretty(doc)}\n`);
  await write(ctx.stderr, `policy ${doc.name} v${doc.version}: sha256 ${sha}\n`);
  return EXIT_OK;
}

/** "0.0005" → "0.05 %", exactly (the decimal point moves two places; no float). */
function percent(text: string): string {
  const r = parseRatio(text);
  if (!r) return text;
  const k = r.den.toString().length - 1; // den = 10^k
  const scaled = k >= 2 ? formatScaled(r.num, k - 2) : (r.num * 10n ** BigInt(2 - k)).toString();
  return `${scaled.includes('.') ? scaled.replace(/\.?0+$/, '') : scaled} %`;
}

function renderWaivers(o: OfferDoc): string {
  const entries = Object.entries(o.waivers ?? {});
  if (entries.length === 0) return 'nothing waived';
  return entries.map(([b, w]) => `${b}: fees ${percent(w.fees)}, interest ${percent(w.interest)}, principal ${percent(w.principal)}`).join('; ');
}

function renderOffer(o: OfferDoc): string[] {
  const how =
    o.family === 'reduction'
      ? `term 1 = lump sum within ${o.lumpSumDays ?? 30} days, others monthly at no fee`
      : o.method === 'flat-fee'
        ? `flat-fee ${percent(o.monthlyFeeRate ?? '0')} a month`
        : `${o.method ?? '?'} at ${percent(o.annualRate ?? '0')} a year`;
  const grace = o.family === 'deferral' ? `; first ${(o.graceMonths ?? []).join(' or ')} months pay ${percent(o.graceShare ?? '0')} a month, no interest` : '';
  return [
    `  ${o.id} (${o.family}): ${o.label.en} / ${o.label.zh}`,
    `    ${how}${grace}`,
    `    terms ${o.terms.join(', ')}; open to ${o.buckets.join(', ')}`,
    `    waivers: ${renderWaivers(o)}`,
  ];
}

/** The followUp section (SPEC §10) in one line; a policy without it shows the defaults it gets. */
function renderFollowUp(doc: PolicyDoc): string {
  const f = followUpOf({ doc });
  const days = (xs: readonly number[]) => (xs.length === 0 ? 'none' : xs.join(', '));
  return (
    `${doc.followUp ? '' : '(not set: defaults) '}${f.graceDays} days' grace; broken at ${f.breakAfterMissed ?? '—'} missed or over ${f.breakAfterDays ?? '—'} days past due; ` +
    `payments ${f.allocation}; waivers ${f.onBreak.reinstateWaivers ? 'reinstated' : 'kept'} on a break; reminders ${days(f.reminders.daysBefore)} days before, ${days(f.reminders.daysAfter)} after`
  );
}

/** A summary of a policy for people (`policy show --format table`). */
export function renderPolicySummary(doc: PolicyDoc, sha: string): string {
  const lf = doc.lateFee;
  const lateFee =
    lf.type === 'flat'
      ? `${lf.amount} per missed due date`
      : lf.type === 'none'
        ? 'none'
        : `${percent(lf.rate ?? '0')} of the minimum due, ${lf.min == null ? 'no minimum' : `at least ${lf.min}`}, ${lf.max == null ? 'no maximum' : `at most ${lf.max}`}`;
  let prev = -1;
  const buckets = doc.buckets
    .map((b) => {
      const text =
        b.maxDays === null ? `${b.name} ${prev + 1}+ days` : b.maxDays === prev + 1 ? `${b.name} ${b.maxDays}` : `${b.name} ${prev + 1}–${b.maxDays}`;
      if (b.maxDays !== null) prev = b.maxDays;
      return text;
    })
    .join(', ');
  const lines = [
    `${doc.name} v${doc.version}  sha256 ${sha}`,
    ...(doc.description ? [doc.description] : []),
    `currency      ${doc.currency.code}, ${doc.currency.minorDigits} decimals, ${doc.currency.rounding} rounding`,
    `interest      ${percent(doc.interest.dailyRate)} a day, compounding ${doc.interest.compounding}; ${doc.cycleDays}-day cycles`,
    `late fee      ${lateFee}`,
    `minimum due   ${percent(doc.minimumPayment.rate)} of the principal`,
    `charges cap   ${doc.chargesCap === null ? 'none' : `${percent(doc.chargesCap.annualRate)} a year`}`,
    `APR shown     ${doc.aprDisplay}`,
    `buckets       ${buckets}`,
    `affordable    up to ${percent(doc.affordability.maxShareOfSurplus)} of the monthly surplus`,
    `recovery      discount ${percent(doc.recovery.annualDiscountRate)} a year, break ${percent(doc.recovery.monthlyBreakRate)} a month`,
    `limits        at most ${doc.limits.maxTermMonths} months; monthly payments at least ${doc.limits.minInstallment}`,
    `follow-up     ${renderFollowUp(doc)}`,
    'offers',
    ...doc.offers.flatMap(renderOffer),
  ];
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// validate

interface FileReport {
  file: string;
  ok: boolean;
  name: string | null;
  version: string | null;
  sha256: string | null;
  issues: FieldIssue[];
}

export async function runPolicyValidate(files: string[], opts: Record<string, unknown>, ctx: Context): Promise<number> {
  const reports: FileReport[] = [];
  for (const file of files) {
    const read = await readPolicyFile(file, ctx);
    const result = 'issues' in read ? ({ ok: false, issues: read.issues } as const) : validatePolicy(read.json);
    if (result.ok) {
      const sha = hashOf(result.doc);
      reports.push({ file, ok: true, name: result.doc.name, version: result.doc.version, sha256: sha, issues: [] });
      if (opts.format !== 'json') await write(ctx.stdout, `${file}: ok (${result.doc.name} v${result.doc.version}, sha256 ${sha})\n`);
    } else {
      reports.push({ file, ok: false, name: null, version: null, sha256: null, issues: result.issues });
      await write(ctx.stderr, result.issues.map((i) => `${file}: ${i.message}\n`).join(''));
    }
  }
  const bad = reports.filter((r) => !r.ok).length;
  if (bad > 0 && files.length > 1) await write(ctx.stderr, `repayplan: ${bad} of ${files.length} policy files have problems\n`);
  if (opts.format === 'json') {
    const out = { schemaVersion: '1', ok: bad === 0, files: reports };
    await write(ctx.stdout, `${JSON.stringify(out, null, 2)}\n`);
  }
  return bad > 0 ? EXIT_BAD : EXIT_OK;
}

// ---------------------------------------------------------------------------------------------
// init

export async function runPolicyInit(name: string, opts: Record<string, unknown>, ctx: Context): Promise<number> {
  const doc = presetDoc(name);
  if (!doc) {
    throw new UserError('policy.unknown', `policy init: ${JSON.stringify(name)} is not a preset; use one of ${presetList()}`, { field: 'NAME', value: name });
  }
  const text = `${canonicalJsonPretty(doc)}\n`;
  const sha = hashOf(doc);
  const output = typeof opts.output === 'string' && opts.output !== '-' ? opts.output : null;
  if (output === null) {
    await write(ctx.stdout, text);
    return EXIT_OK;
  }
  try {
    writeFileSync(resolve(ctx.cwd, output), text, { encoding: 'utf8', flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      throw UserError.said('policy.exists', said('io.policy-exists', { path: output }), { field: '-o', value: output });
    const why = ioReason(error, 'write').text;
    throw UserError.said('policy.unwritable', { code: 'io.policy-unwritable', params: { path: output, why } }, { field: '-o', value: output });
  }
  await write(ctx.stderr, `wrote ${output} (${doc.name} v${doc.version}, sha256 ${sha})\n`);
  return EXIT_OK;
}
