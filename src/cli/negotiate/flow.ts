/**
 * negotiate's flow (issue #9 step 4: the "flow" part of the split; issue #10: the live call on
 * one screen). Takes the account (prompts, or --input / flags with any bad field re-asked),
 * shows the one-screen view, then loops over the menu: a counter-offer typed in one step ("5000
 * 800"), changed figures (showing what changed), the full comparison, one schedule, the script
 * (of the plan answering the counter-offer, else the recommendation), language — until a plan is
 * picked (script printed, agreement record written atomically) or the agent quits.
 *
 * Pure over an injected Prompter and writer: unit-tested with scripted answers.
 */
import { agreementRecord, agreementText, maskNote } from '../../agreement/record.js';
import { parseAccount, type Account, type RawAccount } from '../../core/account.js';
import { msg } from '../../messages/index.js';
import type { Lang, Policy } from '../../policy/types.js';
import type { CivilDate } from '../../dates/civil-date.js';
import { renderCompact } from '../../render/compact.js';
import { renderCounterOffers } from '../../render/counter-offer-text.js';
import { planBlock } from '../../render/compact.js';
import { renderScript } from '../../render/script.js';
import { renderSchedule } from '../../render/schedule-table.js';
import { renderPlanTable } from '../../render/table.js';
import { wrapText } from '../../render/wrap.js';
import { computeCounterOffers, counterOfferAnswer } from '../../report/counter-offer.js';
import { evaluate } from '../../report/evaluate.js';
import type { Evaluation } from '../../report/types.js';
import { VERSION } from '../../version.js';
import { offerRecord } from '../offer-flags.js';
import type { Prompter } from '../prompter.js';
import { recomputeCommand, saveRecord } from './save.js';
import { changeFigures, collectAccount } from './figures.js';
import { changesText, offerEcho, parseOfferPair, planChoices, type OfferPair } from './text.js';

type MenuAction = 'offer' | 'figures' | 'full' | 'schedule' | 'script' | 'pick' | 'lang' | 'quit';
const MENU: readonly MenuAction[] = ['offer', 'figures', 'full', 'schedule', 'script', 'pick', 'lang', 'quit'];

export interface NegotiateStart {
  policy: Policy;
  /** How the policy was named (preset or file), for the record. */
  policyRef: string;
  /** Account fields from --input and flags (may be empty or partly wrong: re-asked). */
  raw: RawAccount;
  asOf: CivilDate;
  lang: Lang;
  /** --save FILE, or null to ask on a pick. */
  save: string | null;
}

export interface NegotiateIO {
  prompter: Prompter;
  print(text: string): void;
  /** The current instant as ISO 8601 (the clock is read only at the edge). */
  now(): string;
  colour: boolean;
  /** Terminal columns. */
  width: number;
  /** Terminal rows (24 when unknown): how many alternatives fit on the first screen. */
  rows?: number;
  /** Writes the record atomically; returns the absolute path. Throws a UserError on failure. */
  writeRecord(path: string, text: string): string;
  exists(path: string): boolean;
}

export type NegotiateResult =
  | { outcome: 'saved'; planId: string; path: string; record: Record<string, unknown> }
  | { outcome: 'picked'; planId: string; path: null; record: Record<string, unknown> }
  | { outcome: 'quit' };

interface Session {
  lang: Lang;
  raw: RawAccount;
  account: Account;
  /** The counter-offer on the table (kept across recomputes), or none. */
  offer: OfferPair | null;
  ev: Evaluation;
  /** The plan answering the counter-offer, or null. */
  answer: string | null;
}

function evaluateSession(s: Pick<Session, 'account' | 'offer'>, policy: Policy, asOf: CivilDate): { ev: Evaluation; answer: string | null } {
  const offer = s.offer ?? { lump: null, monthly: null };
  const ev = evaluate(s.account, policy, asOf, { counterOffer: offer });
  const answer = s.offer ? counterOfferAnswer(computeCounterOffers(ev, offer), ev) : null;
  return { ev, answer };
}

function compact(s: Session, io: NegotiateIO): string {
  return renderCompact(s.ev, { lang: s.lang, width: io.width, colour: io.colour, answer: s.answer, more: 'menu', alternatives: (io.rows ?? 24) >= 30 ? 3 : 2 });
}

/** The answer to a counter-offer on one screen: the plan that meets it in words, then each offer's verdict. */
function offerAnswer(s: Session, io: NegotiateIO): string {
  const offer = s.offer as OfferPair;
  // "Y now and X a month" on a small terminal: the down-payment and lump-sum verdicts only, so the
  // answer fits one screen (the monthly-only ones, X without Y, stay in the picker and in `plan`);
  // a tall one (30 rows or more) has room for them too
  const both = offer.lump !== null && offer.monthly !== null;
  const room = (io.rows ?? 24) >= 30;
  const list = computeCounterOffers(s.ev, offer).filter((o) => room || !both || o.kind !== 'monthly');
  const lines: string[] = [];
  const plan = s.ev.plans.find((p) => p.id === s.answer);
  if (plan) lines.push(...planBlock(plan, s.ev, s.lang, msg(s.lang, 'live.answer'), io.colour));
  else lines.push(msg(s.lang, 'negotiate.offer.no-answer'));
  const verdicts = renderCounterOffers(list, s.ev, { lang: s.lang, colour: io.colour, echoed: true, answer: s.answer }).trimEnd();
  if (verdicts !== '') lines.push(verdicts);
  return `${wrapText(lines.join('\n'), io.width)}\n`;
}

/** The interactive session (issues #5, #10): returns what happened; writes only through `io`. */
export async function negotiate(start: NegotiateStart, io: NegotiateIO): Promise<NegotiateResult> {
  const policy = start.policy;
  let lang = start.lang;
  const { raw, account } = await collectAccount(start.raw, policy, io, () => lang);
  const first = evaluateSession({ account, offer: null }, policy, start.asOf);
  const s: Session = { lang, raw, account, offer: null, ev: first.ev, answer: first.answer };
  io.print(compact(s, io));

  for (;;) {
    lang = s.lang;
    const action = await io.prompter.select<MenuAction>({
      message: msg(lang, 'negotiate.menu'),
      hint: msg(lang, 'negotiate.hint'),
      choices: MENU.map((a) => ({ value: a, name: msg(lang, `negotiate.action.${a}`) })),
    });
    const opts = { lang, colour: io.colour, width: io.width };
    const defaultPlan = s.answer ?? s.ev.recommendation.planId ?? s.ev.plans[0]?.id;
    switch (action) {
      case 'offer': {
        let pair: OfferPair | null = null;
        await io.prompter.input({
          message: msg(lang, 'negotiate.offer.ask'),
          validate: (v) => {
            const r = parseOfferPair(v, policy.currency, lang);
            if (typeof r === 'string') return r;
            pair = r;
            return true;
          },
        });
        s.offer = pair;
        io.print(`${offerEcho(s.offer as unknown as OfferPair, policy, lang)}\n`);
        Object.assign(s, evaluateSession(s, policy, start.asOf));
        io.print(offerAnswer(s, io));
        break;
      }
      case 'figures': {
        const before = s.ev;
        s.raw = await changeFigures(s.raw, s.lang, policy, io.prompter);
        const r = parseAccount(s.raw, policy.currency);
        if ('account' in r) s.account = r.account;
        Object.assign(s, evaluateSession(s, policy, start.asOf));
        const lines = [changesText(before, s.ev, lang).trimEnd()];
        const rec = s.ev.plans.find((p) => p.id === s.ev.recommendation.planId);
        const ans = s.ev.plans.find((p) => p.id === s.answer && p.id !== rec?.id);
        if (ans) lines.push(...planBlock(ans, s.ev, lang, msg(lang, 'live.answer'), io.colour));
        if (rec) lines.push(...planBlock(rec, s.ev, lang, msg(lang, 'live.recommended'), io.colour));
        io.print(`${wrapText(lines.join('\n'), io.width)}\n`);
        break;
      }
      case 'full': {
        const table = renderPlanTable(s.ev, opts);
        io.print(`\n${table.endsWith('\n') ? table : `${table}\n`}\n`);
        break;
      }
      case 'schedule':
      case 'script': {
        if (s.ev.plans.length === 0) {
          io.print(`${msg(lang, 'negotiate.no-plans')}\n`);
          break;
        }
        const id = await io.prompter.select({
          message: msg(lang, 'negotiate.which-plan'),
          hint: msg(lang, 'negotiate.hint'),
          choices: planChoices(s.ev, lang, s.answer, io.width),
          default: defaultPlan,
        });
        const text = action === 'schedule' ? renderSchedule(s.ev, id, opts) : wrapText(renderScript(s.ev, id, lang), io.width);
        io.print(`\n${text.endsWith('\n') ? text : `${text}\n`}\n`);
        break;
      }
      case 'lang':
        s.lang = lang === 'zh' ? 'en' : 'zh';
        io.print(compact(s, io));
        break;
      case 'quit':
        io.print(`${msg(lang, 'negotiate.quit')}\n`);
        return { outcome: 'quit' };
      case 'pick': {
        if (s.ev.plans.length === 0) {
          io.print(`${msg(lang, 'negotiate.no-plans')}\n`);
          break;
        }
        const id = await io.prompter.select({
          message: msg(lang, 'negotiate.which-plan'),
          hint: msg(lang, 'negotiate.hint'),
          choices: planChoices(s.ev, lang, s.answer, io.width),
          default: defaultPlan,
        });
        const script = renderScript(s.ev, id, lang);
        io.print(`\n${wrapText(script, io.width)}\n`);
        if (!(await io.prompter.confirm({ message: msg(lang, 'negotiate.agreed'), lang }))) {
          io.print(`${msg(lang, 'negotiate.not-agreed')}\n`);
          break;
        }
        const note = (await io.prompter.input({ message: msg(lang, 'negotiate.note'), echo: maskNote })).trim();
        const counterOffer = s.offer ? offerRecord(s.offer, policy) : null;
        const record = agreementRecord({
          ev: s.ev,
          planId: id,
          savedAt: io.now(),
          note,
          lang,
          script,
          policyRef: start.policyRef,
          tool: { name: 'repayplan', version: VERSION },
          counterOffer,
        });
        const path = await saveRecord(start.save, io, lang, agreementText(record));
        if (path === null) {
          io.print(`${msg(lang, 'negotiate.not-saved')}\n`);
          return { outcome: 'picked', planId: id, path: null, record };
        }
        io.print(`${msg(lang, 'negotiate.saved', { path, cmd: recomputeCommand(path, start.policyRef, id, counterOffer ?? undefined) })}\n`);
        return { outcome: 'saved', planId: id, path, record };
      }
    }
  }
}
