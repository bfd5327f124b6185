/**
 * The Prompter: the three questions `negotiate` asks (free text, one of a list, yes/no) behind
 * a small interface, so the flow runs with inquirer on a terminal and with scripted answers in
 * tests. A cancelled prompt (Ctrl-C) rejects with an error named `ExitPromptError`.
 */
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
  default?: boolean;
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
    get output() { return unendingOutput(io.output); },
  };
  return {
    async input(q) {
      const { input } = await import('@inquirer/prompts');
      return input({
        message: q.message,
        ...(q.default !== undefined ? { default: q.default } : {}),
        ...(q.validate ? { validate: q.validate } : {}),
      }, context);
    },
    async select<T>(q: SelectQuestion<T>): Promise<T> {
      const { select } = await import('@inquirer/prompts');
      return select<T>({
        message: q.message,
        choices: q.choices.map((c) => ({ value: c.value, name: c.name, ...(c.description ? { description: c.description } : {}) })),
        ...(q.default !== undefined ? { default: q.default } : {}),
        pageSize: 14,
        loop: false,
        theme: { indexMode: 'number', ...(q.hint ? { style: { keysHelpTip: () => q.hint } } : {}) },
      }, context);
    },
    async confirm(q) {
      const { confirm } = await import('@inquirer/prompts');
      return confirm({ message: q.message, ...(q.default !== undefined ? { default: q.default } : {}) }, context);
    },
  };
}
