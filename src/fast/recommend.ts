/** The recommendation (§4.8, analysis/recovery.ts recommend) on the fast engine's figures. Pure. */
import { type FastEngine, slotVariant } from './compile.js';
import { BEST_AFFORDABLE, BEST_UNKNOWN, NO_PLANS, NONE_AFFORDABLE, OFFERED, type RowFigures, UNKNOWN } from './figures-store.js';

/** Best NPV among the offered slots whose affordable flag is `a`; ties to fewer months (recovery.ts best). */
function best(e: FastEngine, f: RowFigures, a: number): number {
  let top = -1;
  for (let i = 0; i < f.count; i++) {
    if (f.status[i] !== OFFERED || f.affordable[i] !== a) continue;
    if (top < 0) top = i;
    else {
      const d = (f.npv[i] as number) - (f.npv[top] as number);
      if (d > 0 || (d === 0 && slotVariant(e, f.bucket, i).months < slotVariant(e, f.bucket, top).months)) top = i;
    }
  }
  return top;
}

/** recommend (analysis/recovery.ts) on the figures. */
export function recommendation(e: FastEngine, f: RowFigures): void {
  f.rec = -1;
  f.recRate = Number.NaN;
  f.closest = -1;
  let offered = 0;
  for (let i = 0; i < f.count; i++) if (f.status[i] === OFFERED) offered++;
  if (offered === 0) {
    f.recCode = NO_PLANS;
    return;
  }
  f.rec = best(e, f, 1);
  if (f.rec >= 0) {
    f.recCode = BEST_AFFORDABLE;
    return;
  }
  f.rec = best(e, f, UNKNOWN);
  if (f.rec >= 0) {
    f.recCode = BEST_UNKNOWN;
    return;
  }
  f.recCode = NONE_AFFORDABLE;
  let c = -1;
  for (let i = 0; i < f.count; i++) {
    const r = f.regular[i] as number;
    if (f.status[i] !== OFFERED || Number.isNaN(r)) continue;
    if (c < 0) c = i;
    else {
      const rc = f.regular[c] as number;
      if (r < rc || (r === rc && slotVariant(e, f.bucket, i).months < slotVariant(e, f.bucket, c).months)) c = i;
    }
  }
  f.closest = c;
}
