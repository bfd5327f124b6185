/**
 * A policy file's bytes → JSON, refusing what JSON.parse would let through silently: bytes that
 * are not UTF-8 (a GBK file saved from Notepad would otherwise become "���"), an empty file, and
 * a key given twice in one object (JSON.parse keeps the last one, which can hide the mistake in
 * the first). Pure: the commands read the bytes.
 */
import type { FieldIssue } from '../errors.js';
import { duplicateKey, jsonSyntaxRef, MAX_JSON_DEPTH, parseJsonStrict } from '../text/json.js';
import { render, said, type MessageRef } from '../messages/index.js';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The path of the first key repeated within one object of valid JSON text, or null. */
export function firstDuplicateKey(text: string): string | null {
  return duplicateKey(text)?.path ?? null;
}

/** An issue of the whole file (path `$`), its words from the catalogue. */
const issue = (code: string, why: MessageRef, field = '$'): FieldIssue => ({
  code,
  field,
  value: null,
  message: `${field}: ${render('en', why)}`,
  text: said('policy.at', { path: field, why }),
});

/** A policy file's bytes as JSON, or the one issue that stops it being read (path `$`). */
export function parsePolicyBytes(bytes: Uint8Array, startHint: MessageRef | string): { json: unknown } | { issue: FieldIssue } {
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return { issue: issue('policy.not-utf8', said('policy.file.not-utf8')) };
  }
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { issue: issue('policy.not-json', said('policy.file.empty', { hint: startHint })) };
  const parsed = parseJsonStrict(body);
  if ('problem' in parsed) {
    const p = parsed.problem;
    if (p.kind === 'too-deep') {
      const why = said('input.too-deep', { where: '$', max: MAX_JSON_DEPTH });
      return { issue: { code: 'policy.too-deep', field: '$', value: null, message: render('en', why), text: why } };
    }
    if (p.kind === 'duplicate') {
      const d = p.duplicate;
      const why = said('input.duplicate-key', { where: '', path: d.path, first: d.first, second: d.second });
      return { issue: { code: 'policy.duplicate-key', field: d.path, value: null, message: render('en', why), text: why } };
    }
    return { issue: issue('policy.not-json', said('policy.file.not-json', { detail: jsonSyntaxRef(body, p.detail, true), hint: startHint })) };
  }
  const json = parsed.json;
  return { json };
}
