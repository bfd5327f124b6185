/**
 * The message catalogue's shapes (issue #9 step 2): every text a person reads is keyed by a
 * stable code, with zh and en side by side. Core code returns codes and parameters; the edges
 * (render/, cli/, batch/ …) turn them into text with `msg()`.
 */

/** The two languages every message has. */
export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

/**
 * Parameters of a message: already-formatted text or whole numbers (money is formatted by the
 * caller). A parameter may itself be a message as data (a reason quoted inside a sentence): it
 * is rendered in the same language first.
 */
export type Params = Record<string, string | number | MessageRef>;

/** A message as data: what the core returns instead of text; the edges render it with `render()`. */
export interface MessageRef {
  code: string;
  params: Params;
}

/** One language's text: a fixed string, or a function of the parameters. */
export type Text<P extends Params = Params> = string | ((p: P) => string);

/** One message in both languages. */
export interface Message<P extends Params = Params> {
  zh: Text<P>;
  en: Text<P>;
}

/** A module's messages: code → message. Codes are dotted, lower-case (`apr.no-solution`). */
// biome-ignore lint/suspicious/noExplicitAny: each message has its own parameter type; `unknown` would reject them (parameters are contravariant)
export type Catalogue = Record<string, Message<any>>;

/**
 * A module's messages, made when first looked up: a `plan` reads ~6 of the ~27 areas, and making
 * the others' objects and functions at every start cost ~1 ms (#16).
 */
export class Area<C extends Catalogue> {
  private made: C | undefined;
  constructor(private readonly make: () => C) {}
  get messages(): C {
    if (this.made === undefined) this.made = this.make();
    return this.made;
  }
}

/** The catalogue an area makes. */
export type MessagesOf<A> = A extends Area<infer C> ? C : never;

/**
 * Declares a module's messages with their parameter types kept, so `msg(lang, code, params)`
 * checks the parameters at compile time.
 */
export function defineMessages<C extends Catalogue>(make: () => C): Area<C> {
  return new Area(make);
}
