/**
 * What `track` and `remind` share: agreements + ledger → one tracking per agreement, with the
 * follow-up settings each one is judged by, and every ledger row applied or rejected.
 */
import { formatCivilDate, type CivilDate } from '../dates/civil-date.js';
import { UserError } from '../errors.js';
import { said } from '../messages/index.js';
import {
  DEFAULT_FOLLOW_UP,
  followUpOf,
  routeLedger,
  track,
  type Agreement,
  type FollowUpConfig,
  type LedgerRejection,
  type LedgerRow,
  type Tracking,
} from '../followup/index.js';
import { presetDoc } from '../policy/presets.js';
import type { Policy } from '../policy/types.js';
import type { Context } from '../io/context.js';
import { readAgreements, readLedger, type LoadedAgreement } from './followup-input.js';
import { loadPolicy } from '../io/policy-source.js';
import { parseAsOf } from '../core/account.js';

export interface Tracked {
  loaded: LoadedAgreement;
  tracking: Tracking;
  followUp: FollowUpConfig;
  followUpSource: 'record' | 'policy' | 'defaults';
}

export interface FollowUpRun {
  asOf: CivilDate;
  items: Tracked[];
  ledger: LedgerRow[];
  /** Every rejected ledger row, in ledger order, with the agreement date when it was routed to one. */
  rejected: { rejection: LedgerRejection; agreementDate: string | null }[];
  /** --policy, when given. */
  policy: Policy | null;
}

export function asOfOption(opts: Record<string, unknown>, ctx: Context): CivilDate {
  if (typeof opts.asOf !== 'string') return ctx.today();
  const d = parseAsOf(opts.asOf, '--as-of');
  if ('code' in d) throw UserError.fromIssue(d);
  return d;
}

/** The follow-up settings for one agreement: its record's, else --policy's, else its preset's, else the defaults. */
function settingsFor(a: Agreement, policy: Policy | null): { followUp: FollowUpConfig; source: Tracked['followUpSource'] } {
  if (a.followUp) return { followUp: a.followUp, source: 'record' };
  if (policy) return { followUp: followUpOf(policy), source: policy.doc && (policy.doc as { followUp?: unknown }).followUp ? 'policy' : 'defaults' };
  const preset = presetDoc(a.policy.name);
  if (preset && (preset as { followUp?: unknown }).followUp) return { followUp: followUpOf({ doc: preset }), source: 'policy' };
  return { followUp: DEFAULT_FOLLOW_UP, source: 'defaults' };
}

export async function runFollowUp(paths: readonly string[], opts: Record<string, unknown>, ctx: Context): Promise<FollowUpRun> {
  const asOf = asOfOption(opts, ctx);
  const policy = typeof opts.policy === 'string' ? loadPolicy(opts.policy, ctx.cwd, typeof opts.policyHash === 'string' ? opts.policyHash : undefined) : null;
  const loaded = await readAgreements(paths, ctx);
  const currencies = [...new Set(loaded.map((l) => l.agreement.currency.code))];
  if (currencies.length > 1)
    throw UserError.said('track.currencies', said('track.currencies', { codes: currencies.join(',') }), {
      field: 'agreement',
      value: currencies.join(','),
    });
  const payments = (opts.payments as string[] | undefined) ?? [];
  const encoding = (opts.encoding as 'auto' | 'utf8' | 'gbk' | 'gb18030' | undefined) ?? 'auto';
  const ledger = await readLedger(payments, ctx, encoding);
  const routed = routeLedger(
    ledger,
    loaded.map((l) => l.agreement),
  );
  const rejected: FollowUpRun['rejected'] = routed.rejected.map((rejection) => ({ rejection, agreementDate: null }));
  const items: Tracked[] = loaded.map((l, i) => {
    const s = settingsFor(l.agreement, policy);
    const t = track(l.agreement, routed.payments[i] ?? [], asOf, s.followUp);
    for (const r of t.rejected) {
      const row = routed.rows[r.payment.seq] as LedgerRow;
      rejected.push({
        rejection: { row, code: r.code === 'before-agreement' ? 'ledger.before-agreement' : 'ledger.after-as-of', column: 'date', detail: r.code },
        agreementDate: formatCivilDate(l.agreement.asOf),
      });
    }
    return { loaded: l, tracking: t, followUp: s.followUp, followUpSource: s.source };
  });
  // ledger order: file by file, row by row
  const order = new Map(ledger.map((r, i) => [r, i]));
  rejected.sort((a, b) => (order.get(a.rejection.row) ?? 0) - (order.get(b.rejection.row) ?? 0));
  return { asOf, items, ledger, rejected, policy };
}

/** The policy a re-plan runs under: --policy, else the record's preset by name. */
export function replanPolicy(a: Agreement, run: FollowUpRun, ctx: Context): Policy {
  if (run.policy) return run.policy;
  if (presetDoc(a.policy.name) === null) {
    throw UserError.said('track.replan-policy', said('track.replan-policy', { id: a.id ?? '-', name: JSON.stringify(a.policy.name) }), {
      field: '--policy',
      value: a.policy.name,
    });
  }
  return loadPolicy(a.policy.name, ctx.cwd);
}
