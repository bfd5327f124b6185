/**
 * `repayplan remind AGREEMENT… --payments LEDGER --as-of D --days N` (§10.4): the reminders
 * that fall in the N days from D, for an SMS or e-mail system (CSV / NDJSON: masked account
 * reference, send date, kind, due date, amounts, text in zh or en), or as an iCalendar file for
 * the cardholder (`--format ics`, written with ical-generator: one all-day event per instalment,
 * one alarm per reminder).
 */
import { createHash } from 'node:crypto';
import ical, { ICalAlarmRelatesTo, ICalAlarmType } from 'ical-generator';
import { writeFileAtomic } from '../../agreement/write.js';
import { addDays, formatCivilDate } from '../../dates/civil-date.js';
import { EXIT_OK, EXIT_REJECTED_ROWS, UserError } from '../../errors.js';
import { remindersInWindow, type Reminder } from '../../followup/index.js';
import { dateFor, maskedRef, moneyFor, reminderCells, reminderRow, REMIND_COLUMNS, rejectionText, type ReminderRow } from '../../render/followup.js';
import { msg, said, type Lang } from '../../messages/index.js';
import { csvLine, ndjsonLine } from '../../render/csv-row.js';
import { localeLang, write, type Context } from '../../io/context.js';
import { runFollowUp } from '../followup-run.js';

export const MAX_WINDOW_DAYS = 3660;

function daysOption(value: unknown): number {
  const text = typeof value === 'string' ? value.trim() : '7';
  if (!/^\d+$/.test(text) || Number.parseInt(text, 10) < 1 || Number.parseInt(text, 10) > MAX_WINDOW_DAYS) {
    throw UserError.said('remind.days', said('remind.days', { value: JSON.stringify(value), max: MAX_WINDOW_DAYS }), { field: '--days', value: String(value) });
  }
  return Number.parseInt(text, 10);
}

/** A stable UID for an instalment's event: the account reference is hashed, never written. */
function uidFor(id: string | null, planId: string, agreementDate: string, k: number): string {
  const h = createHash('sha256')
    .update(`${id ?? ''}\u0000${planId}\u0000${agreementDate}`)
    .digest('hex')
    .slice(0, 16);
  return `${h}-${k}@repayplan`;
}

export async function runRemind(paths: string[], opts: Record<string, unknown>, ctx: Context): Promise<number> {
  const lang: Lang = (opts.lang as Lang | undefined) ?? localeLang(ctx.env);
  const days = daysOption(opts.days);
  const format = (opts.format as string | undefined) ?? 'csv';
  const run = await runFollowUp(paths, opts, ctx);
  const from = run.asOf;
  const to = addDays(from, days - 1);
  const per = run.items.map((x) => ({ x, reminders: remindersInWindow(x.tracking, x.followUp, from, days) }));
  const rows: ReminderRow[] = per.flatMap(({ x, reminders }) => reminders.map((r) => reminderRow(x.loaded.agreement, r, lang)));
  rows.sort((a, b) => a.sendDate.localeCompare(b.sendDate));

  let out: string;
  if (format === 'ics') {
    const cal = ical({
      name: msg(lang, 'followup.ics.calendar'),
      prodId: { company: 'repayplan', product: 'repayplan', language: lang === 'zh' ? 'ZH' : 'EN' },
    });
    for (const { x, reminders } of per) {
      const a = x.loaded.agreement;
      const byInstalment = new Map<number, Reminder[]>();
      for (const r of reminders) byInstalment.set(r.instalment.k, [...(byInstalment.get(r.instalment.k) ?? []), r]);
      for (const [k, list] of byInstalment) {
        const inst = list[0]!.instalment;
        const n = a.instalments.findIndex((i) => i.k === k) + 1;
        const text = reminderRow(a, list[0]!, lang).text;
        const alarmText = msg(lang, 'followup.ics.alarm', { amount: moneyFor(inst.unpaid, a.currency), due: dateFor(inst.due, lang) });
        const event = cal.createEvent({
          id: uidFor(a.id, a.planId, formatCivilDate(a.asOf), k),
          start: formatCivilDate(inst.due),
          allDay: true,
          stamp: `${formatCivilDate(from)}T00:00:00Z`,
          summary: msg(lang, 'followup.ics.summary', { ref: maskedRef(a.id), n, amount: moneyFor(inst.unpaid, a.currency) }),
          description: text,
        });
        for (const r of list) {
          // before: at midnight r.days days ahead; due and overdue: at 09:00 on the day, counted from the start of the due date
          const alarm = event.createAlarm({ type: ICalAlarmType.display, description: alarmText });
          if (r.kind === 'before') alarm.triggerBefore(r.days * 86_400);
          else {
            alarm.triggerAfter(r.days * 86_400 + 9 * 3600);
            alarm.relatesTo(ICalAlarmRelatesTo.start);
          }
        }
      }
    }
    out = cal.toString();
    if (!out.endsWith('\n')) out += '\r\n';
  } else if (format === 'ndjson') {
    out = rows.map((r) => ndjsonLine([...REMIND_COLUMNS], reminderCells(r))).join('');
  } else {
    out = csvLine([...REMIND_COLUMNS]) + rows.map((r) => csvLine(reminderCells(r))).join('');
  }
  const output = typeof opts.output === 'string' ? opts.output : '-';
  if (output === '-') await write(ctx.stdout, out);
  else writeFileAtomic(output, out, ctx.cwd, '--output');
  const asOf = formatCivilDate(run.asOf);
  for (const { rejection: r, agreementDate } of run.rejected)
    ctx.stderr.write(
      `repayplan: ${msg(lang, 'followup.row', { source: r.row.source, row: r.row.row, line: r.row.line, reason: rejectionText(r, lang, agreementDate, asOf) })}\n`,
    );
  ctx.stderr.write(
    `${msg(lang, 'followup.summary.remind', { reminders: rows.length, agreements: per.filter((p) => p.reminders.length > 0).length, from: formatCivilDate(from), to: formatCivilDate(to) })}\n`,
  );
  return run.rejected.length > 0 ? EXIT_REJECTED_ROWS : EXIT_OK;
}
