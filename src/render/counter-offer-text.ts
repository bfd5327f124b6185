/** Counter-offer verdicts as text under the comparison table — PLACEHOLDER, issue #5. */
import type { CounterOffer } from '../analysis/counter-offer.js';
import type { Lang } from '../policy/types.js';
import type { Evaluation } from '../report/types.js';

export function renderCounterOffers(_list: CounterOffer[], _ev: Evaluation, _opts: { lang: Lang; colour: boolean }): string {
  return '';
}
