/** `repayplan policy list | show | validate | init` — PLACEHOLDER, issue #3. */
import { UserError } from '../../errors.js';
import type { Context } from '../context.js';

const todo = (): never => { throw new UserError('usage.not-implemented', 'policy: not implemented yet'); };
export async function runPolicyList(_o: Record<string, unknown>, _c: Context): Promise<number> { return todo(); }
export async function runPolicyShow(_r: string, _o: Record<string, unknown>, _c: Context): Promise<number> { return todo(); }
export async function runPolicyValidate(_f: string[], _o: Record<string, unknown>, _c: Context): Promise<number> { return todo(); }
export async function runPolicyInit(_n: string, _o: Record<string, unknown>, _c: Context): Promise<number> { return todo(); }
