/**
 * Finds English sentences in text meant to be Chinese (issue #10 item 5): three English words in
 * a row once the notations that stay as they are (flags, quoted values, <args>, paths, field
 * names, ids, names such as APR or Regulation Z) are taken out.
 */

/** Names and notations that stay as they are in Chinese text. */
const KEEP =
  /\b(?:repayplan|Regulation Z|Appendix J|SHA-256|UTF-8|GB18030|GBK|NDJSON|JSON|CSV|HTML|ICS|APRC?|SPEC|ISO 4217|NaN|Infinity|Excel|Notepad|stdin|stdout|stderr|e\.g\.)\b/g;

/** The first run of three English words in `line` once the notations that stay are taken out, or null. */
export function englishRun(line: string, allowed: readonly string[] = []): string | null {
  let rest = line;
  for (const a of allowed) rest = rest.split(a).join(' ');
  rest = rest
    .replace(/"(?:[^"\\]|\\.)*"|'[^']*'|`[^`]*`|<[^>]*>|\[[^\]]*\]|\{[^}]*\}/g, ' ') // values, <args>, [options], JSON examples
    .replace(/\S*[/\\]\S*/g, ' ') // paths
    .replace(/--?[A-Za-z][\w-]*/g, ' ') // flags
    .replace(/\b[a-z]+(?:[A-Z][a-z]*)+\b|\b[a-z]+(?:[.-][\w+]+)+\b/g, ' ') // field names (overdueDays), codes and ids (amount.zero, installment-12)
    .replace(KEEP, ' ');
  const m = /[A-Za-z]{2,}(?: +[A-Za-z]{2,}){2,}/.exec(rest);
  return m ? m[0] : null;
}
