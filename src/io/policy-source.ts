/** Loads a policy for a command: a preset name or a JSON file path; validates and compiles it. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserError } from '../errors.js';
import { compilePolicy } from '../policy/compile.js';
import { presetDoc, presetNames } from '../policy/presets.js';
import type { Policy } from '../policy/types.js';
import { parsePolicyBytes } from '../policy/policy-text.js';
import { validatePolicy } from '../policy/validate.js';

/** Reads and parses a policy file's JSON (I/O only); user errors name the file. */
export function readPolicyJson(path: string, cwd: string): unknown {
  let bytes: Buffer;
  try {
    bytes = readFileSync(resolve(cwd, path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : code === 'EACCES' ? 'permission denied' : String(code ?? error);
    throw new UserError('policy.unreadable', `--policy: ${JSON.stringify(path)}: ${why}: give a preset (${presetNames().join(', ')}) or a policy JSON file`, { field: '--policy', value: path });
  }
  const parsed = parsePolicyBytes(bytes, 'start from `repayplan policy init cn-standard`');
  if ('issue' in parsed) {
    const i = parsed.issue;
    throw new UserError(i.code, `--policy: ${path}: ${i.message}`, { field: i.field === '$' ? '--policy' : i.field, value: path });
  }
  return parsed.json;
}

/** Loads a preset or file into a compiled Policy; checks `expectedHash` when given (§3). */
export function loadPolicy(ref: string | undefined, cwd: string, expectedHash?: string): Policy {
  const name = ref ?? 'cn-standard';
  const preset = presetDoc(name);
  const looksLikeFile = /[./\\]/.test(name) || name.endsWith('.json');
  if (!preset && !looksLikeFile) {
    throw new UserError('policy.unknown', `--policy: ${JSON.stringify(name)} is neither a preset nor a file: use one of ${presetNames().join(', ')} or a path to a policy JSON file`, { field: '--policy', value: name });
  }
  // Built-in presets are validated by the test suite, not on every start-up.
  const result = preset ? ({ ok: true, doc: preset } as const) : validatePolicy(readPolicyJson(name, cwd));
  if (!result.ok) {
    const where = preset ? `preset ${name}` : name;
    throw UserError.fromIssues(
      result.issues.map((i) => ({ ...i, message: `policy ${where}: ${i.message}` })),
    );
  }
  const policy = compilePolicy(result.doc);
  if (expectedHash !== undefined) {
    const want = expectedHash.trim().toLowerCase();
    if (!/^[0-9a-f]{64}$/.test(want)) {
      throw new UserError('policy.hash-format', `--policy-hash: ${JSON.stringify(expectedHash)} is not a SHA-256: give the 64 hex digits that \`repayplan policy show\` prints`, { field: '--policy-hash', value: expectedHash });
    }
    if (want !== policy.sha256) {
      throw new UserError('policy.hash-mismatch', `--policy-hash: policy ${policy.name} v${policy.version} has SHA-256 ${policy.sha256}, not the expected ${want}: check you are using the policy you meant`, { field: '--policy-hash', value: expectedHash });
    }
  }
  return policy;
}
