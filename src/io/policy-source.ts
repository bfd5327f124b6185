/** Loads a policy for a command: a preset name or a JSON file path; validates and compiles it. */
import { resolve } from 'node:path';
import { UserError } from '../errors.js';
import { ioReason } from './fs-error.js';
import { render, said } from '../messages/index.js';
import { compilePolicy } from '../policy/compile.js';
import { presetDoc, presetNames, presetSha256 } from '../policy/presets.js';
import type { Policy } from '../policy/types.js';
import { parsePolicyBytes } from '../policy/policy-text.js';
import { validatePolicy } from '../policy/validate.js';
import { readDocumentSync } from '../io/read-document.js';

/** Reads and parses a policy file's JSON (I/O only); user errors name the file. */
export function readPolicyJson(path: string, cwd: string): unknown {
  let bytes: Buffer;
  try {
    bytes = readDocumentSync(resolve(cwd, path), `--policy: ${JSON.stringify(path)}`, '--policy');
  } catch (error) {
    if (error instanceof UserError) throw error;
    const why = ioReason(error, 'read').text;
    throw UserError.said(
      'policy.unreadable',
      { code: 'io.policy-unreadable', params: { path: JSON.stringify(path), why, presets: presetNames().join(', ') } },
      { field: '--policy', value: path },
    );
  }
  const parsed = parsePolicyBytes(bytes, said('policy.start-hint', { preset: 'cn-standard' }));
  if ('issue' in parsed) {
    const i = parsed.issue;
    throw UserError.said(
      i.code,
      { code: 'policy.in-file', params: { path, why: i.text ?? i.message } },
      { field: i.field === '$' ? '--policy' : i.field, value: path },
    );
  }
  return parsed.json;
}

/** Loads a preset or file into a compiled Policy; checks `expectedHash` when given (§3). */
export function loadPolicy(ref: string | undefined, cwd: string, expectedHash?: string): Policy {
  const name = ref ?? 'cn-standard';
  const preset = presetDoc(name);
  const looksLikeFile = /[./\\]/.test(name) || name.endsWith('.json');
  if (!preset && !looksLikeFile) {
    throw UserError.said('policy.unknown', said('policy.unknown', { name: JSON.stringify(name), presets: presetNames().join(', ') }), {
      field: '--policy',
      value: name,
    });
  }
  // Built-in presets are validated by the test suite, not on every start-up.
  const result = preset ? ({ ok: true, doc: preset } as const) : validatePolicy(readPolicyJson(name, cwd));
  if (!result.ok) {
    const where = preset ? `preset ${name}` : name;
    throw UserError.fromIssues(
      result.issues.map((i) => ({
        ...i,
        message: render('en', said('policy.issue-in', { where, why: i.message })),
        text: said('policy.issue-in', { where, why: i.text ?? i.message }),
      })),
    );
  }
  const policy = compilePolicy(result.doc, preset ? (presetSha256(name) ?? undefined) : undefined);
  if (expectedHash !== undefined) {
    const want = expectedHash.trim().toLowerCase();
    if (!/^[0-9a-f]{64}$/.test(want)) {
      throw UserError.said('policy.hash-format', said('policy.hash-format', { value: JSON.stringify(expectedHash) }), {
        field: '--policy-hash',
        value: expectedHash,
      });
    }
    if (want !== policy.sha256) {
      throw UserError.said('policy.hash-mismatch', said('policy.hash-mismatch', { name: policy.name, version: policy.version, hash: policy.sha256, want }), {
        field: '--policy-hash',
        value: expectedHash,
      });
    }
  }
  return policy;
}
