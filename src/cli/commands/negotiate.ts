/** `repayplan negotiate` — PLACEHOLDER, issue #5. */
import { UserError } from '../../errors.js';
import type { Context } from '../context.js';

export async function runNegotiate(_o: Record<string, unknown>, _c: Context): Promise<number> {
  throw new UserError('usage.not-implemented', 'negotiate: not implemented yet');
}
