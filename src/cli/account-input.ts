/**
 * Reads one account for `plan` / `negotiate`: from `--input FILE|-` (JSON) and/or the flags of
 * §2 (flags override the file). Accepts a bare account object, or any document that carries
 * the account under `input` (a `plan --format json` output, an agreement record), so that a
 * saved record reproduces exactly.
 */
import { readDocumentStream, readDocumentSync } from '../io/read-document.js';
import { resolve } from 'node:path';
import {
  ACCOUNT_FIELDS,
  AMOUNT_FIELDS,
  flagKey,
  parseAccount,
  parseAsOf,
  type Account,
  type AccountField,
  type AccountFlags,
  type RawAccount,
} from '../core/account.js';
import type { CivilDate } from '../dates/civil-date.js';
import { UserError, type FieldIssue } from '../errors.js';
import type { Currency } from '../money/currency.js';
import { jsonSyntaxRef, MAX_JSON_DEPTH, parseJsonStrict } from '../text/json.js';
import { said } from '../messages/index.js';
import { safeValue } from '../core/privacy.js';
import { ioReason } from '../io/fs-error.js';
import type { Context } from '../io/context.js';
import { expandSpokenAmount } from '../money/spoken.js';
import type { SpokenEcho } from './spoken-echo.js';

/** Maps commander's camelCase option keys to account fields (derived from the §2 table). */
const FLAG_KEYS: Readonly<Record<string, AccountField | 'asOf'>> = Object.fromEntries(ACCOUNT_FIELDS.map((f) => [flagKey(f.flag), f.json]));

/** The options every account command takes: the §2 flags plus where the account and policy come from. */
export type AccountOptions = AccountFlags & { input?: string; policy?: string; policyHash?: string; lang?: 'zh' | 'en' };

const JSON_FIELDS = new Set<string>(ACCOUNT_FIELDS.map((f) => f.json));

/** What --input provided, before parsing: raw text fields plus the policy it names, if any. */
export interface InputDocument {
  raw: RawAccount;
  /** `policy` member of a saved document ({name, sha256}), used to refuse a silent mismatch. */
  policy: { name: string | null; sha256: string | null } | null;
  source: string;
}

function jsonScalarToText(value: unknown, path: string): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean' && path === 'willingToRepay') return value ? 'yes' : 'no';
  throw UserError.said('input.type', said('input.type', { path, got: Array.isArray(value) ? 'an array' : typeof value }), {
    field: path,
    value: JSON.stringify(value),
  });
}

/**
 * Parses the text of an --input document (pure). `where` begins an unknown field's message: the
 * flag that gave the document (`agree --batch` passes '' for a row: its row and line are beside
 * the reason).
 */
export function parseInputDocument(text: string, source: string, where = '--input: '): InputDocument {
  const parsed = parseJsonStrict(text.replace(/^\uFEFF/, ''), { exactNumbers: true });
  if ('problem' in parsed) {
    const p = parsed.problem;
    if (p.kind === 'too-deep')
      throw UserError.said('input.too-deep', said('input.too-deep', { where: `--input: ${source}`, max: MAX_JSON_DEPTH }), {
        field: '--input',
        value: source,
      });
    if (p.kind === 'duplicate') {
      const d = p.duplicate;
      throw UserError.said(
        'input.duplicate-key',
        said('input.duplicate-key', { where: '--input: ', path: d.path, first: safeValue(d.first), second: safeValue(d.second) }),
        { field: d.path, value: safeValue(d.second) },
      );
    }
    throw UserError.said('input.not-json', said('input.not-json', { source, error: jsonSyntaxRef(text, p.detail) }), { field: '--input', value: source });
  }
  const json = parsed.json;
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw UserError.said(
      'input.not-object',
      Array.isArray(json) ? said('input.not-object.array', { source }) : said('input.not-object', { source, type: typeof json }),
      { field: '--input', value: source },
    );
  }
  const doc = json as Record<string, unknown>;
  const nested = doc.input !== null && typeof doc.input === 'object' && !Array.isArray(doc.input);
  const account = (nested ? doc.input : doc) as Record<string, unknown>;
  const raw: RawAccount = {};
  for (const [key, value] of Object.entries(account)) {
    if (!JSON_FIELDS.has(key)) {
      if (nested) continue;
      if (['policy', 'schemaVersion', 'tool', 'note', 'savedAt', 'plan', 'planId', 'agreement'].includes(key)) continue;
      throw UserError.said('input.unknown-field', said('input.unknown-field', { where, key: JSON.stringify(key), fields: [...JSON_FIELDS].join(', ') }), {
        field: key,
        value: null,
      });
    }
    const text = jsonScalarToText(value, key);
    if (text !== undefined) raw[key as AccountField | 'asOf'] = text;
  }
  let policy: InputDocument['policy'] = null;
  const p = doc.policy;
  if (p !== null && typeof p === 'object' && !Array.isArray(p)) {
    const q = p as Record<string, unknown>;
    policy = { name: typeof q.name === 'string' ? q.name : null, sha256: typeof q.sha256 === 'string' ? q.sha256 : null };
  }
  return { raw, policy, source };
}

/** Reads --input (file or stdin). */
export async function readInputDocument(path: string, ctx: Context): Promise<InputDocument> {
  if (path === '-') {
    const bytes = await readDocumentStream(ctx.stdin, '--input: stdin', '--input');
    return parseInputDocument(bytes.toString('utf8'), 'stdin');
  }
  let text: string;
  try {
    text = readDocumentSync(resolve(ctx.cwd, path), `--input: ${JSON.stringify(path)}`, '--input').toString('utf8');
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw UserError.said(
      'input.unreadable',
      { code: 'io.input-unreadable', params: { path: JSON.stringify(path), why: ioReason(error, 'read').text } },
      { field: '--input', value: path },
    );
  }
  return parseInputDocument(text, path);
}

/**
 * Raw fields from the flags (commander's option object). An amount typed as `2万` / `1.5万` /
 * `3千` / `2w` is expanded exactly (万 = 10,000) and listed in `spoken` so it can be echoed.
 */
export function rawFromFlags(opts: Record<string, unknown>, spoken: { field: AccountField | 'asOf'; text: string }[] = []): RawAccount {
  const raw: RawAccount = {};
  for (const [key, field] of Object.entries(FLAG_KEYS)) {
    const v = opts[key];
    if (typeof v !== 'string') continue;
    const expanded = AMOUNT_FIELDS.has(field) ? expandSpokenAmount(v) : null;
    if (expanded !== null) spoken.push({ field, text: v });
    raw[field] = expanded ?? v;
  }
  return raw;
}

/** The flag name of a field, for messages (`--income`), or its JSON name when from a file. */
export function flagLabel(field: AccountField | 'asOf'): string {
  return ACCOUNT_FIELDS.find((f) => f.json === field)?.flag ?? field;
}

export interface AccountRequest {
  account: Account;
  asOf: CivilDate;
  /** The raw text fields as given (for records). */
  raw: RawAccount;
  /** Amounts typed as agents say them (2万), to echo with their value before use. */
  echoes: SpokenEcho[];
  document: InputDocument | null;
}

/** Merges --input and flags, parses the account and asOf; throws one UserError with every issue. */
export async function readAccount(opts: Record<string, unknown>, currency: Currency, ctx: Context, document?: InputDocument | null): Promise<AccountRequest> {
  const doc = document !== undefined ? document : typeof opts.input === 'string' ? await readInputDocument(opts.input, ctx) : null;
  const spoken: { field: AccountField | 'asOf'; text: string }[] = [];
  const fromFlags = rawFromFlags(opts, spoken);
  const raw: RawAccount = { ...(doc?.raw ?? {}), ...fromFlags };
  const label = (field: AccountField | 'asOf') => (field in fromFlags || !doc ? flagLabel(field) : field);
  const result = parseAccount(raw, currency, label);
  const issues: FieldIssue[] = 'issues' in result ? [...result.issues] : [];
  let asOf: CivilDate = ctx.today();
  if (raw.asOf !== undefined && raw.asOf !== '') {
    const d = parseAsOf(raw.asOf, label('asOf'));
    if ('code' in d) issues.push(d);
    else asOf = d;
  }
  if (issues.length > 0 || 'issues' in result) {
    // a problem with an amount typed as 2万 quotes what was typed, not its expansion
    throw UserError.fromIssues(
      issues.map((issue) => {
        const typed = spoken.find((s) => label(s.field) === issue.field);
        if (!typed || issue.value === null) return issue;
        return { ...issue, value: typed.text, message: issue.message.replace(JSON.stringify(issue.value), JSON.stringify(typed.text)) };
      }),
    );
  }
  const echoes = spoken.map((s) => ({ flag: flagLabel(s.field), text: s.text, amount: result.account[s.field as keyof Account] as bigint }));
  return { account: result.account, asOf, raw, document: doc, echoes };
}
