/** A tracking result for people (§10): one agreement as a zh/en text block and table, or many as one table. */
import { formatCivilDate } from '../dates/civil-date.js';
import { msg, type Lang } from '../messages/index.js';
import { parseAmount, type Minor } from '../money/amount.js';
import type { Currency } from '../money/currency.js';
import { displayWidth } from './layout.js';
import type { Agreement } from '../followup/agreement.js';
import type { Replan } from '../followup/replan.js';
import type { Tracking } from '../followup/track.js';
import { moneyFor } from './followup.js';
import type { TrackingSummary } from './tracking-json.js';

function pad(text: string, width: number, right = false): string {
  const w = displayWidth(text);
  const fill = ' '.repeat(Math.max(0, width - w));
  return right ? fill + text : text + fill;
}

/** A plain text table (columns padded by display width; numbers right-aligned). */
function textTable(header: string[], rows: string[][], rightCols: ReadonlySet<number>): string {
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const line = (cells: string[]) =>
    cells
      .map((x, i) => pad(x, widths[i] ?? 0, rightCols.has(i)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** One agreement's tracking as a zh/en text table. */
export function trackingText(a: Agreement, t: Tracking, lang: Lang, replan: Replan | null): string {
  const c = a.currency;
  const mf = (x: Minor) => moneyFor(x, c);
  const none = msg(lang, 'followup.field.none');
  const fields: [string, string][] = [
    [msg(lang, 'followup.field.status'), msg(lang, `followup.status.${t.status}`)],
    [msg(lang, 'followup.field.breakDate'), t.breakDate ? formatCivilDate(t.breakDate) : none],
    [msg(lang, 'followup.field.paid'), mf(t.paid)],
    [msg(lang, 'followup.field.applied'), `${mf(t.applied.principal)} / ${mf(t.applied.interest)} / ${mf(t.applied.fees)}`],
    [msg(lang, 'followup.field.dueToDate'), mf(t.dueToDate)],
    [msg(lang, 'followup.field.arrears'), mf(t.arrears)],
    [msg(lang, 'followup.field.missed'), String(t.missed)],
    [msg(lang, 'followup.field.daysPastDue'), msg(lang, 'followup.days', { n: t.daysPastDue })],
    [msg(lang, 'followup.field.nextDue'), t.nextDue ? `${formatCivilDate(t.nextDue.date)} ${mf(t.nextDue.amount)}` : none],
    [msg(lang, 'followup.field.remaining'), mf(t.remaining)],
    [msg(lang, 'followup.field.overpaid'), mf(t.overpaid)],
    [msg(lang, 'followup.field.action'), msg(lang, `followup.action.${t.action}`)],
  ];
  const labelWidth = Math.max(...fields.map(([k]) => displayWidth(k)));
  const head = msg(lang, 'followup.table.title', { ref: a.id ?? '-', plan: a.planId, date: formatCivilDate(a.asOf), asOf: formatCivilDate(t.asOf) });
  const block = fields.map(([k, v]) => `${pad(k, labelWidth)}  ${v}`).join('\n');
  const table = textTable(
    ['followup.col.k', 'followup.col.due', 'followup.col.amount', 'followup.col.paid', 'followup.col.settled', 'followup.col.state'].map((k) =>
      msg(lang, k as 'followup.col.k'),
    ),
    t.instalments.map((r) => [
      String(r.k),
      formatCivilDate(r.due),
      mf(r.amount),
      mf(r.paid),
      r.settled ? formatCivilDate(r.settled) : '',
      msg(lang, `followup.instalment.${r.status}`),
    ]),
    new Set([0, 2, 3]),
  );
  let out = `${head}\n\n${block}\n\n${table}\n`;
  if (replan) {
    out += `\n${
      replan.plannable
        ? msg(lang, 'followup.replan.title', {
            principal: mf(replan.account.principal),
            interest: mf(replan.account.interest ?? 0n),
            fees: mf(replan.account.fees ?? 0n),
            days: replan.account.overdueDays,
          })
        : msg(lang, 'followup.replan.none')
    }\n`;
  }
  return out;
}

/** Many agreements as one text table (id, status, paid, arrears, remaining, next due, action). */
export function trackingListText(items: readonly { a: Agreement; t: Tracking }[], lang: Lang): string {
  return `${textTable(
    [
      msg(lang, 'followup.col.id'),
      msg(lang, 'followup.field.status'),
      msg(lang, 'followup.field.paid'),
      msg(lang, 'followup.field.arrears'),
      msg(lang, 'followup.field.remaining'),
      msg(lang, 'followup.field.nextDue'),
      msg(lang, 'followup.field.action'),
    ],
    items.map(({ a, t }) => [
      a.id ?? '-',
      msg(lang, `followup.status.${t.status}`),
      moneyFor(t.paid, a.currency),
      moneyFor(t.arrears, a.currency),
      moneyFor(t.remaining, a.currency),
      t.nextDue ? `${formatCivilDate(t.nextDue.date)} ${moneyFor(t.nextDue.amount, a.currency)}` : '',
      msg(lang, `followup.action.${t.action}`),
    ]),
    new Set([2, 3, 4]),
  )}\n`;
}

/** The closing summary of `track` as one line on stderr (zh/en). */
export function trackingSummaryText(s: TrackingSummary, lang: Lang, c: Currency): string {
  const sign = (x: string) => moneyFor(parseAmount(x, 'sum', c) as Minor, c);
  return msg(lang, 'followup.summary.track', {
    agreements: s.agreements,
    onTrack: s.byStatus['on-track'],
    late: s.byStatus.late,
    broken: s.byStatus.broken,
    completed: s.byStatus.completed,
    paid: sign(s.paid),
    arrears: sign(s.arrears),
    remaining: sign(s.remaining),
    read: s.ledger.read,
    applied: s.ledger.applied,
    rejected: s.ledger.rejected,
  });
}
