/**
 * The one message catalogue (issue #9 step 2). Each area keeps its messages in its own file
 * beside this one and is listed here once; `test/unit/messages.test.ts` renders every code in
 * both languages and fails on a missing or empty one.
 */
import type { Lang, Message, MessageRef, MessagesOf, Params } from './types.js';
import { ACCOUNT } from './account.js';
import { APR } from './apr.js';
import { COMMON } from './common.js';
import { FOLLOWUP } from './followup.js';
import { HELP } from './help.js';
import { CLI } from './cli.js';
import { COUNTER_OFFER } from './counter-offer.js';
import { DATES } from './dates.js';
import { IO } from './io.js';
import { LABELS } from './labels.js';
import { NEGOTIATE } from './negotiate.js';
import { PLANS } from './plans.js';
import { INPUT } from './input.js';
import { POLICY } from './policy.js';
import { POLICY_RULES } from './policy-rules.js';
import { POLICY_SHOW } from './policy-show.js';
import { BATCH_SUMMARY } from './batch-summary.js';
import { REPORT } from './report.js';
import { BATCH_FILTER } from './batch-filter.js';
import { BATCH_ROWS } from './batch-rows.js';
import { SCRIPT } from './script.js';
import { LIVE } from './live.js';
import { USAGE } from './usage.js';
import { JSON_TEXT } from './json.js';
import { BATCH_USAGE } from './batch-usage.js';
import { AGREEMENT_INPUT } from './agreement-input.js';
import { AGREE } from './agree.js';

export type { Lang, MessageRef, Params } from './types.js';
export { LANGS } from './types.js';

/**
 * Every area's catalogue: add a new area's file here (one line). The one list both the lookup
 * and the type read, so an area cannot be known to the compiler and missing at run time. A code
 * is looked up in its area without merging ~25 areas at each start (#16); no code is defined in
 * two areas (test/unit/messages.test.ts).
 */
const AREAS = [
  // searched in this order: the areas a `plan` table reads most first (labels, then the live
  // terms, the help it declares, the script head), so a lookup tries ~2 areas, not ~20 (#16)
  LABELS,
  LIVE,
  HELP,
  SCRIPT,
  COMMON,
  PLANS,
  FOLLOWUP,
  DATES,
  COUNTER_OFFER,
  ACCOUNT,
  IO,
  NEGOTIATE,
  CLI,
  INPUT,
  POLICY,
  POLICY_RULES,
  POLICY_SHOW,
  BATCH_SUMMARY,
  REPORT,
  APR,
  BATCH_FILTER,
  BATCH_ROWS,
  USAGE,
  JSON_TEXT,
  BATCH_USAGE,
  AGREEMENT_INPUT,
  AGREE,
] as const;

/** Every area's codes in one type (the areas share no code, so this is their merge). */
type Merged<U> = (U extends unknown ? (area: U) => void : never) extends (area: infer I) => void ? I : never;
type Catalogue = Merged<MessagesOf<(typeof AREAS)[number]>>;

/** The areas merged into one object, made on demand (the catalogue test reads it). */
export function allMessages(): Catalogue {
  return Object.assign({}, ...AREAS.map((area) => area.messages)) as Catalogue;
}

/** The message of `code`, found in its area without merging them. */
function lookup(code: string): Message<Params> | undefined {
  for (let i = 0; i < AREAS.length; i++) {
    const area = AREAS[i]?.messages as unknown as Record<string, Message<Params>>;
    if (Object.hasOwn(area, code)) return area[code];
  }
  return undefined;
}

export type MessageCode = keyof Catalogue;

type ParamsOf<T> = T extends Message<infer P> ? P : never;
type Arg<K extends MessageCode> = ParamsOf<Catalogue[K]>;

/** The text of `code` in `lang` with its parameters filled in. */
export function msg<K extends MessageCode>(
  lang: Lang,
  code: K,
  ...params: Arg<K> extends Params ? (Params extends Arg<K> ? [Arg<K>?] : [Arg<K>]) : []
): string {
  const m = lookup(code) as Message<Params>;
  const text = m[lang];
  return typeof text === 'function' ? text((params[0] ?? {}) as Params) : text;
}

/** True when `code` names a message (for codes that travel as data, e.g. from the core). */
export function isMessageCode(code: string): code is MessageCode {
  return lookup(code) !== undefined;
}

/** The text of a code that travels as data; `fallback` when the catalogue does not know it. */
export function msgOf(lang: Lang, code: string, params: Params = {}, fallback?: string): string {
  if (!isMessageCode(code)) return fallback ?? code;
  const m = lookup(code) as Message<Params>;
  const text = m[lang];
  if (typeof text !== 'function') return text;
  const flat: Params = {};
  for (const [k, v] of Object.entries(params)) flat[k] = typeof v === 'object' ? render(lang, v) : v;
  return text(flat);
}

/** Parameters as data: a text parameter may be a message itself, rendered in the same language. */
type Refable<P> = { [N in keyof P]: P[N] extends string ? P[N] | MessageRef : P[N] };

/** A message as data, its parameters checked against the code (what the core returns). */
export function said<K extends MessageCode>(
  code: K,
  ...params: Arg<K> extends Params ? (Params extends Arg<K> ? [Refable<Arg<K>>?] : [Refable<Arg<K>>]) : []
): MessageRef {
  return { code, params: (params[0] ?? {}) as Params };
}

/** The text of a message carried as data. */
export function render(lang: Lang, ref: MessageRef): string {
  return msgOf(lang, ref.code, ref.params);
}

/**
 * An error's text in `lang`: the English the core wrote, or under another language the
 * catalogue message it carries (English when it carries none).
 */
export function textIn(lang: Lang, ref: MessageRef | null | undefined, english: string): string {
  return lang === 'en' || !ref ? english : render(lang, ref);
}
