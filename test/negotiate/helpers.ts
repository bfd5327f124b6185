/**
 * Test doubles for `negotiate`: a Prompter that plays scripted answers (running each prompt's
 * own `validate`, so a wrong entry is re-asked exactly as inquirer would), an in-memory IO, and
 * a fake terminal (plain streams) on which the real inquirer prompts can be typed at.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';
import { fileExists, writeFileAtomic } from '../../src/agreement/write.js';
import type { NegotiateIO } from '../../src/cli/commands/negotiate.js';
import type { ConfirmQuestion, InputQuestion, Prompter, SelectQuestion } from '../../src/cli/prompter.js';
import { ROOT } from '../cli/helpers.js';
import { newAjv } from '../schema/helpers.js';

/** Ctrl-C at this prompt. */
export const CTRL_C = { ctrlC: true } as const;
export type Answer = string | boolean | typeof CTRL_C;

export interface Asked {
  kind: 'input' | 'select' | 'confirm';
  message: string;
  /** The re-ask messages a wrong entry produced (input only), in order. */
  rejected: string[];
  answer: unknown;
  /** The choices offered (select only). */
  choices?: string[];
}

export class ExitPromptError extends Error {
  override name = 'ExitPromptError';
}

/** Plays `answers` in order; '' takes the default. A select answer is a value or a 1-based number, as typed. */
export class ScriptedPrompter implements Prompter {
  readonly asked: Asked[] = [];
  #answers: Answer[];
  constructor(answers: Answer[]) {
    this.#answers = [...answers];
  }

  get remaining(): number {
    return this.#answers.length;
  }

  #next(message: string): Exclude<Answer, typeof CTRL_C> {
    if (this.#answers.length === 0) throw new Error(`the script ran out of answers at: ${message}`);
    const a = this.#answers.shift() as Answer;
    if (typeof a === 'object') throw new ExitPromptError('User force closed the prompt with SIGINT');
    return a;
  }

  async input(q: InputQuestion): Promise<string> {
    const asked: Asked = { kind: 'input', message: q.message, rejected: [], answer: null };
    this.asked.push(asked);
    for (;;) {
      const a = this.#next(q.message);
      const value = a === '' && q.default !== undefined ? q.default : String(a);
      const ok = q.validate ? q.validate(value) : true;
      if (ok === true) {
        asked.answer = value;
        return value;
      }
      asked.rejected.push(ok);
    }
  }

  async select<T>(q: SelectQuestion<T>): Promise<T> {
    const asked: Asked = { kind: 'select', message: q.message, rejected: [], answer: null, choices: q.choices.map((c) => c.name) };
    this.asked.push(asked);
    const a = this.#next(q.message);
    let choice = q.choices.find((c) => c.value === a);
    if (!choice && a === '') choice = q.choices.find((c) => c.value === q.default) ?? q.choices[0];
    if (!choice && typeof a === 'string' && /^\d+$/.test(a)) choice = q.choices[Number.parseInt(a, 10) - 1];
    if (!choice) throw new Error(`no choice ${JSON.stringify(a)} at: ${q.message} (${q.choices.map((c) => String(c.value)).join(', ')})`);
    asked.answer = choice.value;
    return choice.value;
  }

  async confirm(q: ConfirmQuestion): Promise<boolean> {
    const asked: Asked = { kind: 'confirm', message: q.message, rejected: [], answer: null };
    this.asked.push(asked);
    const a = this.#next(q.message);
    const value = a === '' ? (q.default ?? false) : a === true || a === 'y' || a === 'yes';
    asked.answer = value;
    return value;
  }
}

/** An IO that keeps what is printed and writes records for real (atomically) into `dir`. */
export function memoryIO(prompter: Prompter, dir: string, now = '2026-01-31T09:30:00.000Z'): NegotiateIO & { printed: () => string; writes: string[] } {
  let out = '';
  const writes: string[] = [];
  return {
    prompter,
    print: (text) => {
      out += text;
    },
    now: () => now,
    colour: false,
    width: 120,
    writeRecord: (path, text) => {
      writes.push(path);
      return writeFileAtomic(path, text, dir);
    },
    exists: (path) => fileExists(path, dir),
    printed: () => out,
    writes,
  };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'repayplan-negotiate-'));
}

/** Validates an agreement record against schema/agreement.schema.json (with output.schema.json for the plan). */
export function validateAgreement(record: unknown): string | true {
  const ajv = newAjv();
  ajv.addSchema(JSON.parse(readFileSync(join(ROOT, 'schema/output.schema.json'), 'utf8')));
  const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schema/agreement.schema.json'), 'utf8')));
  return validate(record) ? true : JSON.stringify(validate.errors, null, 2);
}

/**
 * A terminal made of plain streams: the real inquirer prompts read the bytes written to `input`
 * (decoded into key presses by readline, as on a TTY) and draw on `output`.
 */
export function fakeTerminal() {
  const input = new PassThrough();
  let raw = '';
  let pos = 0;
  const output = new Writable({
    write(chunk, _enc, done) {
      raw += chunk.toString();
      done();
    },
  });
  const screen = () => stripVTControlCharacters(raw);
  return {
    input,
    output,
    screen,
    /** Waits until `text` appears after the last thing waited for, then types `keys`. */
    async when(text: string, keys: string, timeoutMs = 5000): Promise<void> {
      const start = Date.now();
      for (;;) {
        const at = screen().indexOf(text, pos);
        if (at >= 0) {
          pos = at + text.length;
          break;
        }
        if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${JSON.stringify(text)}; screen ends:\n${screen().slice(-1500)}`);
        await new Promise((r) => setTimeout(r, 10));
      }
      await new Promise((r) => setTimeout(r, 20));
      input.write(keys);
    },
  };
}
