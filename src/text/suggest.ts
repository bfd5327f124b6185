/** "Did you mean …": the allowed key closest to a key that is not allowed. */

/** Levenshtein distance between two strings (by UTF-16 code unit). */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0] ?? 0;
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j] ?? 0;
      d[j] = Math.min((d[j] ?? 0) + 1, (d[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return d[b.length] ?? 0;
}

/**
 * The allowed key a misspelt key most likely meant: the same key in another case, else one within
 * two edits, else one that starts the other; null when none is close.
 */
export function suggestKey(key: string, allowed: string[]): string | null {
  const lower = key.toLowerCase();
  const exact = allowed.find((k) => k.toLowerCase() === lower);
  if (exact) return exact;
  let best: { k: string; d: number } | null = null;
  for (const k of allowed) {
    const d = editDistance(lower, k.toLowerCase());
    if (d <= 2 && (!best || d < best.d)) best = { k, d };
  }
  if (best) return best.k;
  return allowed.find((k) => k.toLowerCase().startsWith(lower) || lower.startsWith(k.toLowerCase())) ?? null;
}
