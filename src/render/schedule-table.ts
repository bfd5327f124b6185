/** One plan's full schedule as a table (`plan --schedule ID`, negotiate's schedule view). Pure. */
import { formatCivilDate } from '../dates/civil-date.js';
import { rateText } from '../money/display.js';
import { msg } from '../messages/index.js';
import type { Evaluation } from '../report/types.js';
import { table } from './box-table.js';
import { wrap } from './layout.js';
import { header, makeCtx, type TableOptions } from './table.js';

/** One plan's full schedule (`--schedule ID`), every row, with totals. */
export function renderSchedule(ev: Evaluation, planId: string, opts: TableOptions): string {
  const x = makeCtx(ev, opts);
  const { lang, money, c } = x;
  const plan = ev.plans.find((p) => p.id === planId);
  if (!plan) return '';
  const label = plan.label[lang];
  const apr = plan.rates
    ? ` · ${msg(lang, ev.policy.aprDisplay === 'effective' ? 'label.apr-effective' : 'label.apr-nominal')} ${rateText(ev.policy.aprDisplay === 'effective' ? plan.rates.effectiveAnnualRate : plan.rates.apr)}`
    : '';
  const lines = [
    header(x).join('\n'),
    c.bold(
      wrap(
        `${msg(lang, 'label.schedule')}: ${plan.id} (${label}) · ${msg(lang, 'label.waived')} ${money(plan.waived.total)} · ${msg(lang, 'label.total-paid')} ${money(plan.totalPaid)}${apr}`,
        x.width,
      ),
    ),
  ];
  const tb = table(
    [
      msg(lang, 'label.month'),
      msg(lang, 'label.date'),
      msg(lang, 'label.payment'),
      msg(lang, 'label.principal-col'),
      msg(lang, 'label.interest-col'),
      msg(lang, 'label.fee-col'),
      msg(lang, 'label.balance'),
    ],
    ['right', 'left', 'right', 'right', 'right', 'right', 'right'],
  );
  for (const r of plan.schedule) {
    const grace = r.k >= 1 && r.k <= plan.graceMonths ? ` ${msg(lang, 'label.grace-mark')}` : '';
    tb.push([
      r.k === 0 ? msg(lang, 'label.now') : String(r.k),
      `${formatCivilDate(r.date)}${grace}`,
      money(r.payment),
      money(r.principal),
      money(r.interest),
      money(r.fee),
      money(r.balance),
    ]);
  }
  tb.push([msg(lang, 'label.total'), '', money(plan.totalPaid), money(plan.amount), money(plan.totalInterest), money(plan.totalFees), '']);
  lines.push(tb.toString());
  return `${lines.join('\n\n')}\n`;
}
