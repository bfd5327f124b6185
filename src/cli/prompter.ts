/**
 * The Prompter: the three questions `negotiate` asks (free text, one of a list, yes/no) behind
 * a small interface, so the flow runs with inquirer on a terminal and with scripted answers in
 * tests. A cancelled prompt (Ctrl-C) rejects with an error named `ExitPromptError`.
 */
import { msg } from '../messages/index.js';
import { Writable, type Readable } from 'node:stream';

export interface PromptChoice<T> {
  value: T;
  /** The line shown in the list. */
  name: string;
  /** Shown under the list while the choice is highlighted. */
  description?: string;
}

export interface InputQuestion {
  message: string;
  /** Returned when the answer is empty (shown in the prompt). */
  default?: string;
  /** true when the answer is acceptable, else the message to show before asking again. */
  validate?: (value: string) => true | string;
  /** How the answer is echoed once given (e.g. a card-like number masked, §9); the answer itself is unchanged. */
  echo?: (value: string) => string;
}

export interface SelectQuestion<T> {
  message: string;
  choices: PromptChoice<T>[];
  default?: T;
  /** The key help under the list, in the agent's language. */
  hint?: string;
}

export interface ConfirmQuestion {
  message: string;
  /** The answer to an empty entry; without one an empty entry is asked again (consent must be said). */
  default?: boolean;
  /** The language of the yes/no hint and of the re-ask message (default English). */
  lang?: 'zh' | 'en';
}

const YES = new Set(['y', 'yes', '是', '是的', '对', '好', '同意', '确认']);
const NO = new Set(['n', 'no', '否', '不', '不是', '不同意', '不要']);

/** A typed yes/no answer in either language: true, false, or null when it is neither. */
export function parseYesNo(text: string): boolean | null {
  const a = text.trim().toLowerCase();
  if (YES.has(a)) return true;
  if (NO.has(a)) return false;
  return null;
}

/** The hint after a yes/no question, showing the default in capitals / brackets. */
function yesNoHint(lang: 'zh' | 'en', def: boolean | undefined): string {
  return msg(lang, def === undefined ? 'prompt.yes-no' : def ? 'prompt.yes-no.default-yes' : 'prompt.yes-no.default-no');
}

export interface Prompter {
  input(q: InputQuestion): Promise<string>;
  select<T>(q: SelectQuestion<T>): Promise<T>;
  confirm(q: ConfirmQuestion): Promise<boolean>;
}

/** True for the error a prompt rejects with when the user presses Ctrl-C (or the terminal closes). */
export function isPromptExit(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}

/**
 * A prompt's view of the terminal output: forwards writes and the terminal size, but is never
 * ended. (Each inquirer prompt ends the stream it draws on when it is done; the terminal must
 * outlive the prompt, which process.stdout does by itself and a plain stream does not.)
 */
function unendingOutput(target: Writable): Writable {
  const sink = new Writable({
    write(chunk: Buffer | string, encoding, done) {
      target.write(chunk, encoding, done);
    },
  });
  const t = target as Writable & { columns?: number; rows?: number; isTTY?: boolean };
  Object.defineProperties(sink, {
    columns: { get: () => t.columns },
    rows: { get: () => t.rows },
    isTTY: { get: () => t.isTTY },
  });
  return sink;
}

/** The Prompter on a terminal: @inquirer/prompts (loaded on first use) on the given streams. */
export function inquirerPrompter(io: { input: Readable; output: Writable }): Prompter {
  const context = {
    input: io.input,
    get output() {
      return unendingOutput(io.output);
    },
  };
  return {
    async input(q) {
      const { input } = await import('@inquirer/prompts');
      return input(
        {
          message: q.message,
          ...(q.default !== undefined ? { default: q.default } : {}),
          ...(q.validate ? { validate: q.validate } : {}),
          ...(q.echo ? { transformer: (v: string, { isFinal }: { isFinal: boolean }) => (isFinal ? (q.echo as (x: string) => string)(v) : v) } : {}),
        },
        context,
      );
    },
    async select<T>(q: SelectQuestion<T>): Promise<T> {
      const { select } = await import('@inquirer/prompts');
      return select<T>(
        {
          message: q.message,
          choices: q.choices.map((c) => ({ value: c.value, name: c.name, ...(c.description ? { description: c.description } : {}) })),
          ...(q.default !== undefined ? { default: q.default } : {}),
          pageSize: 14,
          loop: false,
          theme: { indexMode: 'number', ...(q.hint ? { style: { keysHelpTip: () => q.hint } } : {}) },
        },
        context,
      );
    },
    async confirm(q) {
      // A text prompt rather than inquirer's confirm: that one takes any answer but "n…" as
      // the default, so "否" or a typo would record an agreement. Here only a real yes or no
      // (English or Chinese) is taken; anything else is asked again.
      const { input } = await import('@inquirer/prompts');
      const lang = q.lang ?? 'en';
      const answer = await input(
        {
          message: msg(lang, 'prompt.confirm', { question: q.message, hint: yesNoHint(lang, q.default) }),
          validate: (v) => (parseYesNo(v) !== null || (v.trim() === '' && q.default !== undefined) ? true : msg(lang, 'prompt.yes-no.again')),
        },
        context,
      );
      return parseYesNo(answer) ?? (q.default as boolean);
    },
  };
}
