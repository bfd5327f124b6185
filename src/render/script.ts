/** Read-out script for an agent — PLACEHOLDER, issue #5. */
import type { Lang } from '../policy/types.js';
import type { Evaluation } from '../report/types.js';

export function renderScript(_ev: Evaluation, _planId: string | null, _lang: Lang): string {
  return '';
}
