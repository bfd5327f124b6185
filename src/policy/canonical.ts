/** Canonical JSON of a policy (RFC 8785 style: sorted keys, no white space) and its SHA-256. */
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

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
 * SHA-256 by @noble/hashes (audited, no dependencies), not node:crypto: loading node:crypto cost
 * `plan --policy FILE` ~4 ms of CPU at every start, more than hashing the policy in plain
 * JavaScript from the code cache (docs/dependencies.md, issue #16). The same digest:
 * test/policy/preset-hash.test.ts compares both on random and non-ASCII text.
 */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}
