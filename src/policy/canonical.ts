/** Canonical JSON of a policy (RFC 8785 style: sorted keys, no white space) and its SHA-256. */
import sha256 from 'fast-sha256';

/** Serialises JSON data with object keys sorted by code unit, no insignificant white space. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** Pretty form of the canonical JSON (same key order, 2-space indent) for people. */
export function canonicalJsonPretty(value: unknown): string {
  return JSON.stringify(JSON.parse(canonicalJson(value)), null, 2);
}

/**
 * SHA-256 by fast-sha256 (plain JavaScript, no dependencies), not node:crypto: loading
 * node:crypto cost `plan --policy FILE` ~4 ms of CPU at every start, more than hashing the policy
 * in JavaScript from the code cache. fast-sha256 works a block in one function with the rotations
 * written out, which V8's interpreter runs ~2× faster than @noble/hashes' small functions, and
 * without making V8 compile them optimized (docs/dependencies.md, issue #16). The same digest:
 * test/policy/preset-hash.test.ts compares it with node:crypto on random and non-ASCII text.
 */
export function sha256Hex(text: string): string {
  const digest = sha256.hash(new TextEncoder().encode(text));
  let hex = '';
  for (const byte of digest) hex += HEX[byte];
  return hex;
}

/** '00' … 'ff'. */
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
