/**
 * A policy file's bytes → JSON, refusing what JSON.parse would let through silently: bytes that
 * are not UTF-8 (a GBK file saved from Notepad would otherwise become "���"), an empty file, and
 * a key given twice in one object (JSON.parse keeps the last one, which can hide the mistake in
 * the first). Pure: the commands read the bytes.
 */
import type { FieldIssue } from '../errors.js';
import { duplicateKey, MAX_JSON_DEPTH, parseJsonStrict } from '../text/json.js';
import { msg } from '../messages/index.js';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Where a JSON.parse error happened, as " (line L column C)", when the message gives a position. */
function jsonErrorWhere(text: string, message: string): string {
  if (/line \d+ column \d+/.test(message)) return '';
  const m = /position (\d+)/.exec(message);
  if (!m) return '';
  const pos = Number(m[1]);
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  const column = pos - before.lastIndexOf('\n');
  return ` (line ${line} column ${column})`;
}

/** The path of the first key repeated within one object of valid JSON text, or null. */
export function firstDuplicateKey(text: string): string | null {
  return duplicateKey(text)?.path ?? null;
}

const issue = (code: string, message: string, value: string | null = null): FieldIssue => ({ code, field: '$', value, message: `$: ${message}` });

/** A policy file's bytes as JSON, or the one issue that stops it being read (path `$`). */
export function parsePolicyBytes(bytes: Uint8Array, startHint: string): { json: unknown } | { issue: FieldIssue } {
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return { issue: issue('policy.not-utf8', msg('en', 'policy.file.not-utf8')) };
  }
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { issue: issue('policy.not-json', msg('en', 'policy.file.empty', { hint: startHint })) };
  const parsed = parseJsonStrict(body);
  if ('problem' in parsed) {
    const p = parsed.problem;
    if (p.kind === 'too-deep')
      return { issue: { code: 'policy.too-deep', field: '$', value: null, message: msg('en', 'input.too-deep', { where: '$', max: MAX_JSON_DEPTH }) } };
    if (p.kind === 'duplicate') {
      const d = p.duplicate;
      return {
        issue: {
          code: 'policy.duplicate-key',
          field: d.path,
          value: null,
          message: msg('en', 'input.duplicate-key', { where: '', path: d.path, first: d.first, second: d.second }),
        },
      };
    }
    return { issue: issue('policy.not-json', msg('en', 'policy.file.not-json', { detail: `${p.detail}${jsonErrorWhere(body, p.detail)}`, hint: startHint })) };
  }
  const json = parsed.json;
  return { json };
}
