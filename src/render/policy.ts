/**
 * `repayplan policy list` and `policy show --format table` for people, in zh or en: the preset
 * table and the one-screen summary of a policy. Every word comes from the catalogue
 * (src/messages/policy-show.ts); rates are exact percentages of their decimal strings.
 */
import type { FieldIssue } from '../errors.js';
import { followUpOf } from '../followup/config.js';
import { msg, type Lang, type MessageCode } from '../messages/index.js';
import { percentNumber } from '../money/display.js';
import { parseRatio } from '../money/rational.js';
import type { OfferDoc, PolicyDoc } from '../policy/types.js';
import { displayWidth } from './layout.js';

/** One row of `policy list`. */
export interface PresetRow {
  name: string;
  version: string;
  currency: string;
  sha256: string;
  description: string;
  default: boolean;
}

/** `policy list --format json`: the presets as one document. */
export function policyListJson(rows: readonly PresetRow[]): { schemaVersion: '1'; policies: readonly PresetRow[] } {
  return { schemaVersion: '1', policies: rows };
}

/** What `policy validate` found in one file. */
export interface FileReport {
  file: string;
  ok: boolean;
  name: string | null;
  version: string | null;
  sha256: string | null;
  issues: FieldIssue[];
}

/** `policy validate --format json`: every file's report and whether all were valid. */
export function policyValidateJson(reports: readonly FileReport[]): { schemaVersion: '1'; ok: boolean; files: readonly FileReport[] } {
  return { schemaVersion: '1', ok: reports.every((r) => r.ok), files: reports };
}

/** The `policy list` table: columns aligned by display width, the last one left as it is. */
export function policyListText(rows: readonly PresetRow[], lang: Lang): string {
  const header = (['policy.list.name', 'policy.list.version', 'policy.list.currency', 'policy.list.sha256', 'policy.list.description'] as const).map((c) =>
    msg(lang, c),
  );
  const body = rows.map((r) => [r.default ? msg(lang, 'policy.list.default', { name: r.name }) : r.name, r.version, r.currency, r.sha256, r.description]);
  return alignColumns([header, ...body]);
}

function alignColumns(rows: string[][]): string {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell));
    });
  const pad = (cell: string, i: number) => cell + ' '.repeat(Math.max(0, (widths[i] ?? 0) - displayWidth(cell)));
  return `${rows
    .map((row) =>
      row
        .map((cell, i) => (i === row.length - 1 ? cell : pad(cell, i)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')}\n`;
}

/** "0.0005" → "0.05 %" (en) or "0.05%" (zh), exactly: every decimal the string has, none invented. */
function percent(text: string, lang: Lang): string {
  const r = parseRatio(text);
  if (!r) return text;
  const digits = Math.max(0, r.den.toString().length - 3); // den = 10^k: k − 2 decimals in percent
  return msg(lang, 'common.percent', { value: percentNumber(r, 0, digits) });
}

function list(lang: Lang, items: readonly (string | number)[]): string {
  return items.join(msg(lang, 'policy.show.list-sep'));
}

function waiversText(o: OfferDoc, lang: Lang): string {
  const entries = Object.entries(o.waivers ?? {});
  if (entries.length === 0) return msg(lang, 'policy.show.offer.no-waiver');
  return entries
    .map(([bucket, w]) =>
      msg(lang, 'policy.show.offer.waiver', {
        bucket,
        fees: percent(w.fees, lang),
        interest: percent(w.interest, lang),
        principal: percent(w.principal, lang),
      }),
    )
    .join(msg(lang, 'policy.show.offer.waiver-sep'));
}

function offerLines(o: OfferDoc, lang: Lang): string[] {
  const how =
    o.family === 'reduction'
      ? msg(lang, 'policy.show.offer.lump-sum', { days: o.lumpSumDays ?? 30 })
      : o.method === 'flat-fee'
        ? msg(lang, 'policy.show.offer.flat-fee', { rate: percent(o.monthlyFeeRate ?? '0', lang) })
        : msg(lang, 'policy.show.offer.rate', { method: o.method ?? '?', rate: percent(o.annualRate ?? '0', lang) });
  const grace =
    o.family === 'deferral'
      ? msg(lang, 'policy.show.offer.grace', {
          months: (o.graceMonths ?? []).join(msg(lang, 'policy.show.offer.or')),
          share: percent(o.graceShare ?? '0', lang),
        })
      : '';
  return [
    `  ${msg(lang, 'policy.show.offer.title', { id: o.id, family: o.family, en: o.label.en, zh: o.label.zh })}`,
    `    ${how}${grace}`,
    `    ${msg(lang, 'policy.show.offer.terms', { terms: list(lang, o.terms), buckets: list(lang, o.buckets) })}`,
    `    ${msg(lang, 'policy.show.offer.waivers', { waivers: waiversText(o, lang) })}`,
  ];
}

/** The followUp section (§10) in one line; a policy without it shows the defaults it gets. */
function followUpText(doc: PolicyDoc, lang: Lang): string {
  const f = followUpOf({ doc });
  const days = (xs: readonly number[]) => (xs.length === 0 ? msg(lang, 'policy.show.none') : list(lang, xs));
  return msg(lang, 'policy.show.follow-up', {
    unset: doc.followUp ? 0 : 1,
    grace: f.graceDays,
    missed: f.breakAfterMissed === null ? '—' : String(f.breakAfterMissed),
    days: f.breakAfterDays === null ? '—' : String(f.breakAfterDays),
    allocation: f.allocation,
    reinstate: f.onBreak.reinstateWaivers ? 1 : 0,
    before: days(f.reminders.daysBefore),
    after: days(f.reminders.daysAfter),
  });
}

function lateFeeText(doc: PolicyDoc, lang: Lang): string {
  const lf = doc.lateFee;
  if (lf.type === 'flat') return msg(lang, 'policy.show.late-fee.flat', { amount: lf.amount ?? '' });
  if (lf.type === 'none') return msg(lang, 'policy.show.none');
  return msg(lang, 'policy.show.late-fee.percent', { rate: percent(lf.rate ?? '0', lang), min: lf.min ?? '', max: lf.max ?? '' });
}

/** "C 0, M1 1–30, …, M7+ 181+ days". */
function bucketsText(doc: PolicyDoc, lang: Lang): string {
  let prev = -1;
  const items = doc.buckets.map((b) => {
    const text =
      b.maxDays === null
        ? msg(lang, 'policy.show.bucket.open', { name: b.name, from: prev + 1 })
        : b.maxDays === prev + 1
          ? `${b.name} ${b.maxDays}`
          : `${b.name} ${prev + 1}–${b.maxDays}`;
    if (b.maxDays !== null) prev = b.maxDays;
    return text;
  });
  return list(lang, items);
}

/** A summary of a policy for people (`policy show --format table`). */
export function policySummaryText(doc: PolicyDoc, sha: string, lang: Lang): string {
  const rows: [MessageCode, string][] = [
    [
      'policy.show.label.currency',
      msg(lang, 'policy.show.currency', {
        code: doc.currency.code,
        digits: doc.currency.minorDigits,
        rounding: msg(lang, `policy.show.rounding.${doc.currency.rounding}`),
      }),
    ],
    [
      'policy.show.label.interest',
      msg(lang, 'policy.show.interest', {
        rate: percent(doc.interest.dailyRate, lang),
        compounding: msg(lang, `policy.show.compounding.${doc.interest.compounding}`),
        cycleDays: doc.cycleDays,
      }),
    ],
    ['policy.show.label.late-fee', lateFeeText(doc, lang)],
    ['policy.show.label.minimum-due', msg(lang, 'policy.show.minimum-due', { rate: percent(doc.minimumPayment.rate, lang) })],
    [
      'policy.show.label.charges-cap',
      doc.chargesCap === null ? msg(lang, 'policy.show.none') : msg(lang, 'policy.show.charges-cap', { rate: percent(doc.chargesCap.annualRate, lang) }),
    ],
    ['policy.show.label.apr-shown', msg(lang, `policy.show.apr.${doc.aprDisplay}`)],
    ['policy.show.label.buckets', bucketsText(doc, lang)],
    ['policy.show.label.affordable', msg(lang, 'policy.show.affordable', { share: percent(doc.affordability.maxShareOfSurplus, lang) })],
    [
      'policy.show.label.recovery',
      msg(lang, 'policy.show.recovery', {
        discount: percent(doc.recovery.annualDiscountRate, lang),
        breakRate: percent(doc.recovery.monthlyBreakRate, lang),
      }),
    ],
    ['policy.show.label.limits', msg(lang, 'policy.show.limits', { months: doc.limits.maxTermMonths, minimum: doc.limits.minInstallment })],
    ['policy.show.label.follow-up', followUpText(doc, lang)],
  ];
  const labels = rows.map(([code]) => msg(lang, code));
  const width = Math.max(...labels.map(displayWidth)) + 3;
  const lines = [
    `${doc.name} v${doc.version}  sha256 ${sha}`,
    ...(doc.description ? [doc.description] : []),
    ...rows.map(([, value], i) => `${labels[i]!}${' '.repeat(width - displayWidth(labels[i]!))}${value}`),
    msg(lang, 'policy.show.offers'),
    ...doc.offers.flatMap((o) => offerLines(o, lang)),
  ];
  return `${lines.join('\n')}\n`;
}
