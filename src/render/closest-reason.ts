/**
 * The batch row's reason when no plan is affordable but one comes closest (§4.8,
 * recommendation.none-affordable.closest), as the escaped bytes around its two figures (issue
 * #16): the message is rendered once per plan id with stand-ins for the payment and the cap, so
 * a row writes the pieces and the two amounts straight into the line instead of rendering and
 * escaping the whole text. The escaping is the same: JSON.stringify escapes character by
 * character, and csvField's quoting and formula check (which looks at the first character only)
 * come out the same on the pieces as on the whole text, whose amounts are plain ASCII figures.
 * Pure.
 */
import { render, said } from '../messages/index.js';
import { utf8 } from './byte-sink.js';
import { isFormulaStart, NEEDS_QUOTES_RE } from './csv-row.js';

export interface ClosestReason {
  /** The escaped text before the first figure, between the two, and after the second. */
  before: Uint8Array;
  between: Uint8Array;
  after: Uint8Array;
  /** True when the payment comes first and the cap second. */
  paymentFirst: boolean;
}

const PAYMENT = '\u0001';
const CAP = '\u0002';

/** The reason's pieces for the closest plan `planId`, or null when the text cannot be split so (the row then renders it whole). */
export function closestReason(planId: string, json: boolean): ClosestReason | null {
  const text = render('en', said('recommendation.none-affordable.closest', { payment: PAYMENT, plan: planId, cap: CAP }));
  const p = text.indexOf(PAYMENT);
  const c = text.indexOf(CAP);
  if (p < 0 || c < 0 || text.indexOf(PAYMENT, p + 1) >= 0 || text.indexOf(CAP, c + 1) >= 0) return null;
  const lo = Math.min(p, c);
  const hi = Math.max(p, c);
  const pieces = [text.slice(0, lo), text.slice(lo + 1, hi), text.slice(hi + 1)] as const;
  let escaped: readonly [string, string, string];
  if (json) {
    const [a, b, d] = pieces.map((s) => JSON.stringify(s)) as [string, string, string];
    escaped = [a.slice(0, -1), b.slice(1, -1), d.slice(1)];
  } else {
    // the first character decides the formula check: it must be the text's, not a figure's
    if (pieces[0] === '' || isFormulaStart(pieces[0].charCodeAt(0))) return null;
    const quoted = pieces.some((s) => NEEDS_QUOTES_RE.test(s));
    const q = (s: string) => (quoted ? s.replaceAll('"', '""') : s);
    escaped = [(quoted ? '"' : '') + q(pieces[0]), q(pieces[1]), q(pieces[2]) + (quoted ? '"' : '')];
  }
  return { before: utf8(escaped[0]), between: utf8(escaped[1]), after: utf8(escaped[2]), paymentFirst: p < c };
}
