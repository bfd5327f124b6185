/**
 * A policy file's bytes → JSON, refusing what JSON.parse would let through silently: bytes that
 * are not UTF-8 (a GBK file saved from Notepad would otherwise become "���"), an empty file, and
 * a key given twice in one object (JSON.parse keeps the last one, which can hide the mistake in
 * the first). Pure: the commands read the bytes.
 */
import type { FieldIssue } from '../errors.js';
import { msg } from '../messages/index.js';
import { indexPath, keyPath } from './rules.js';

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

type Frame = { kind: 'object'; path: string; keys: Set<string>; key: string | null; expectKey: boolean } | { kind: 'array'; path: string; index: number };

/** The path of the first key repeated within one object of valid JSON text, or null. */
export function firstDuplicateKey(text: string): string | null {
  const stack: Frame[] = [];
  const here = (): string => {
    const top = stack[stack.length - 1];
    if (!top) return '$';
    return top.kind === 'object' ? keyPath(top.path, top.key ?? '') : indexPath(top.path, top.index);
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const top = stack[stack.length - 1];
      if (top?.kind === 'object' && top.expectKey) {
        const key = JSON.parse(text.slice(i, j + 1)) as string;
        if (top.keys.has(key)) return keyPath(top.path, key);
        top.keys.add(key);
        top.key = key;
        top.expectKey = false;
      }
      i = j;
    } else if (c === '{' || c === '[') {
      const path = here();
      stack.push(c === '{' ? { kind: 'object', path, keys: new Set(), key: null, expectKey: true } : { kind: 'array', path, index: 0 });
    } else if (c === '}' || c === ']') {
      stack.pop();
    } else if (c === ',') {
      const top = stack[stack.length - 1];
      if (top?.kind === 'object') top.expectKey = true;
      else if (top?.kind === 'array') top.index++;
    }
  }
  return null;
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
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { issue: issue('policy.not-json', msg('en', 'policy.file.not-json', { detail: `${detail}${jsonErrorWhere(body, detail)}`, hint: startHint })) };
  }
  const dup = firstDuplicateKey(body);
  if (dup !== null) {
    return { issue: { code: 'policy.duplicate-key', field: dup, value: null, message: `${dup}: ${msg('en', 'policy.file.duplicate-key')}` } };
  }
  return { json };
}
