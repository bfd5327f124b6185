/**
 * `--offer-monthly X` / `--offer-lump Y` (§4.10), read the same way by `plan` and `agree`: an
 * amount greater than 0 (an offer of nothing is no offer, as in negotiate), 万/千 shorthand
 * accepted exactly and echoed back before it is used.
 */
import { UserError } from '../errors.js';
import { formatMoney, isIssue, parseAmount, type Minor } from '../money/amount.js';
import { expandSpokenAmount, isSpokenAmount } from '../money/spoken.js';
import type { Policy } from '../policy/types.js';
import type { SpokenEcho } from './spoken-echo.js';

export interface OfferFigures {
  monthly: Minor | null;
  lump: Minor | null;
}

function offerFigure(flag: string, value: unknown, policy: Policy, echoes: SpokenEcho[]): Minor | null {
  if (typeof value !== 'string') return null;
  const expanded = expandSpokenAmount(value) ?? value;
  const m = parseAmount(expanded, flag, policy.currency, { positive: true });
  // the error quotes what was typed, not its expansion
  if (isIssue(m)) throw UserError.fromIssue({ ...m, value, message: m.message.replace(JSON.stringify(expanded), JSON.stringify(value)) });
  if (isSpokenAmount(value)) echoes.push({ flag, text: value, amount: m });
  return m;
}

/** The counter-offer of the flags (each null when not given); spoken amounts are added to `echoes`. */
export function readOfferFlags(opts: { offerMonthly?: unknown; offerLump?: unknown }, policy: Policy, echoes: SpokenEcho[]): OfferFigures {
  const monthly = offerFigure('--offer-monthly', opts.offerMonthly, policy, echoes);
  const lump = offerFigure('--offer-lump', opts.offerLump, policy, echoes);
  return { monthly, lump };
}

/** The counter-offer as an agreement record states it (money strings), or null when none was made. */
export function offerRecord(o: OfferFigures, policy: Policy): { lump: string | null; monthly: string | null } | null {
  if (o.lump === null && o.monthly === null) return null;
  const c = policy.currency;
  return { lump: o.lump === null ? null : formatMoney(o.lump, c), monthly: o.monthly === null ? null : formatMoney(o.monthly, c) };
}
