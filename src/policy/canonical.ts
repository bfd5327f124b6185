/** Canonical JSON of a policy (RFC 8785 style: sorted keys, no white space) and its SHA-256. */

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
 * node:crypto is loaded on the first hash, not with this module: loading it costs ~3 ms, which a
 * `plan` with a built-in preset (its hash is known, src/policy/presets.ts) need not spend (#16).
 */
export function sha256Hex(text: string): string {
  return process.getBuiltinModule('node:crypto').createHash('sha256').update(text, 'utf8').digest('hex');
}
