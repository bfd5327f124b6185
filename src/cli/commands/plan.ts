/** `repayplan plan` — being written (issue #2). */
import { UserError } from '../../errors.js';
import type { Context } from '../context.js';

export async function runPlan(_o: Record<string, unknown>, _c: Context): Promise<number> {
  throw new UserError('usage.not-implemented', 'plan: not implemented yet');
}
