/**
 * `repayplan policy list | show NAME|FILE | validate FILE... | init NAME` (§3, issue #3).
 *
 * - `show` prints the canonical JSON (keys sorted, 2-space indent) on stdout and
 *   "policy NAME vVERSION: sha256 HEX" on stderr; the hash is the SHA-256 of the compact
 *   canonical JSON, the same `policy.sha256` that `plan --format json` prints.
 *   `--format table` prints a summary for people instead (hash included), in the language of
 *   --lang or the locale (render/policy.ts; `list` too).
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
import type { PolicyDoc } from '../../policy/types.js';
import { parsePolicyBytes } from '../../policy/policy-text.js';
import { validatePolicy } from '../../policy/validate.js';
import { type FileReport, policyListJson, policyListText, policySummaryText, policyValidateJson, type PresetRow } from '../../render/policy.js';
import { ioReason } from '../../io/fs-error.js';
import { msg, render, said, textIn, type Lang, type MessageRef } from '../../messages/index.js';
import { localeLang, write, type Context } from '../../io/context.js';

const EXIT_OK = 0;

/** The language of what `list` and `show` print: --lang, else the locale (like every command). */
function langOf(opts: Record<string, unknown>, ctx: Context): Lang {
  return (opts.lang as Lang | undefined) ?? localeLang(ctx.env);
}
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
    if (error instanceof UserError) {
      const text = error.text ? said('policy.at', { path: '$', why: error.text }) : undefined;
      return { code: error.code, field: '$', value: file, message: `$: ${error.message}`, ...(text ? { text } : {}) };
    }
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
  const parsed = parsePolicyBytes(bytes, said('policy.start-hint', { preset: DEFAULT_PRESET }));
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
      throw UserError.said('policy.unknown', said('policy.show.unknown', { ref: JSON.stringify(ref), presets: presetList() }), {
        field: 'NAME|FILE',
        value: ref,
      });
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
  const rows: PresetRow[] = presetNames().map((name) => {
    const doc = presetDoc(name) as PolicyDoc;
    const summary = presetSummary(name);
    return {
      name,
      version: doc.version,
      currency: doc.currency.code,
      sha256: hashOf(doc),
      // the JSON keeps the English description; the table is in the user's language
      description: summary ? render(opts.format === 'json' ? 'en' : langOf(opts, ctx), summary) : '',
      default: name === DEFAULT_PRESET,
    };
  });
  if (opts.format === 'json') {
    await write(ctx.stdout, `${JSON.stringify(policyListJson(rows), null, 2)}\n`);
    return EXIT_OK;
  }
  await write(ctx.stdout, policyListText(rows, langOf(opts, ctx)));
  return EXIT_OK;
}

// ---------------------------------------------------------------------------------------------
// show

export async function runPolicyShow(ref: string, opts: Record<string, unknown>, ctx: Context): Promise<number> {
  const doc = await loadDoc(ref, ctx);
  const sha = hashOf(doc);
  const lang = langOf(opts, ctx);
  if (opts.format === 'table') {
    await write(ctx.stdout, policySummaryText(doc, sha, lang));
    return EXIT_OK;
  }
  await write(ctx.stdout, `${canonicalJsonPretty(doc)}\n`);
  await write(ctx.stderr, `${msg(lang, 'policy.show.hash', { name: doc.name, version: doc.version, sha })}\n`);
  return EXIT_OK;
}

// ---------------------------------------------------------------------------------------------
// validate

export async function runPolicyValidate(files: string[], opts: Record<string, unknown>, ctx: Context): Promise<number> {
  const lang = langOf(opts, ctx);
  const reports: FileReport[] = [];
  for (const file of files) {
    const read = await readPolicyFile(file, ctx);
    const result = 'issues' in read ? ({ ok: false, issues: read.issues } as const) : validatePolicy(read.json);
    if (result.ok) {
      const sha = hashOf(result.doc);
      reports.push({ file, ok: true, name: result.doc.name, version: result.doc.version, sha256: sha, issues: [] });
      if (opts.format !== 'json')
        await write(ctx.stdout, `${msg(lang, 'policy.validate.ok', { file, name: result.doc.name, version: result.doc.version, sha })}\n`);
    } else {
      reports.push({ file, ok: false, name: null, version: null, sha256: null, issues: result.issues });
      const line = (i: FieldIssue) => msg(lang, 'policy.validate.issue', { file, why: textIn(lang, i.text, i.message) });
      await write(ctx.stderr, result.issues.map((i) => `${line(i)}\n`).join(''));
    }
  }
  const bad = reports.filter((r) => !r.ok).length;
  if (bad > 0 && files.length > 1) await write(ctx.stderr, `repayplan: ${msg(lang, 'policy.validate.bad-count', { bad, total: files.length })}\n`);
  if (opts.format === 'json') {
    await write(ctx.stdout, `${JSON.stringify(policyValidateJson(reports), null, 2)}\n`);
  }
  return bad > 0 ? EXIT_BAD : EXIT_OK;
}

// ---------------------------------------------------------------------------------------------
// init

export async function runPolicyInit(name: string, opts: Record<string, unknown>, ctx: Context): Promise<number> {
  const doc = presetDoc(name);
  if (!doc) {
    throw UserError.said('policy.unknown', said('policy.init.unknown', { name: JSON.stringify(name), presets: presetList() }), { field: 'NAME', value: name });
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
