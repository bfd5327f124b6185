/** `repayplan batch` — PLACEHOLDER, issue #4. */
import { UserError } from '../../errors.js';
import type { Context } from '../context.js';

export async function runBatch(_file: string, _o: Record<string, unknown>, _c: Context): Promise<number> {
  throw new UserError('usage.not-implemented', 'batch: not implemented yet');
}
