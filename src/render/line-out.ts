/**
 * One batch output line's cells written straight into a ByteSink (render/batch-line.ts decides
 * which cells; this writes them): CSV fields or NDJSON members, in column order. Pure.
 */
import { ByteSink, MINOR_BYTES, putMinor, putUint, utf8 } from './byte-sink.js';
import { csvField, isFormulaStart } from './csv-row.js';

const TRUE = utf8('true');
const FALSE = utf8('false');

/** Bytes one number cell takes at most (MINOR_BYTES and two quotes). */
const NUMBER_BYTES = MINOR_BYTES + 2;

/**
 * Writes the cells of one line into a ByteSink: CSV fields or NDJSON members, in column order,
 * straight into the sink's buffer. `start` reserves room for every key and number of the line
 * (`#bound`); a cell of text reserves its own length on top, so the numbers after it still fit.
 */
export class LineOut {
  #sink: ByteSink = new ByteSink();
  #buf: Uint8Array = new Uint8Array(0);
  #n = 0;
  #k = 0;
  readonly #json: boolean;
  readonly #keys: Uint8Array[];
  readonly #bound: number;
  /** An absent cell as written. */
  readonly nul: Uint8Array;

  constructor(json: boolean, columns: readonly string[]) {
    this.#json = json;
    this.#keys = columns.map((c, i) => utf8((i > 0 ? ',' : '') + JSON.stringify(c) + ':'));
    this.#bound = 3 + this.#keys.reduce((sum, k) => sum + k.length + NUMBER_BYTES, 0);
    this.nul = utf8(json ? 'null' : '');
  }
  start(sink: ByteSink): void {
    this.#sink = sink;
    this.#buf = sink.reserve(this.#bound);
    this.#n = sink.n;
    if (this.#json) this.#buf[this.#n++] = 0x7b; // {
    this.#k = 0;
  }
  end(): void {
    if (this.#json) this.#buf[this.#n++] = 0x7d; // }
    this.#buf[this.#n++] = 0x0a;
    this.#sink.n = this.#n;
  }
  /** Room for k more bytes besides the line's bound. */
  #room(k: number): void {
    if (this.#n + k + this.#bound > this.#buf.length) {
      this.#sink.n = this.#n;
      this.#buf = this.#sink.reserve(k + this.#bound);
    }
  }
  /** A text cell as written: formula-safe and quoted (CSV) or a JSON string. */
  escape(text: string | null): Uint8Array {
    return text === null ? this.nul : utf8(this.#escaped(text));
  }
  #escaped(text: string): string {
    return this.#json ? JSON.stringify(text) : csvField(text);
  }
  #sep(): void {
    const buf = this.#buf;
    if (this.#json) {
      const key = this.#keys[this.#k] as Uint8Array;
      let n = this.#n;
      for (let i = 0; i < key.length; i++) buf[n++] = key[i] as number;
      this.#n = n;
    } else if (this.#k > 0) buf[this.#n++] = 0x2c; // ,
    this.#k++;
  }
  /** A cell already written as escape() writes it. */
  put(written: Uint8Array): void {
    this.#sep();
    this.#room(written.length);
    this.#n = copy(this.#buf, this.#n, written);
  }
  text(text: string | null): void {
    if (text === null) {
      this.put(this.nul);
      return;
    }
    this.#sep();
    const len = text.length;
    this.#room(len + 2);
    // printable ASCII with nothing to escape and no formula sign in front: written as it is
    // (csvField leaves it so; JSON.stringify only adds the quotes)
    const buf = this.#buf;
    let n = this.#n;
    const json = this.#json;
    const first = text.charCodeAt(0);
    let plain = json || !isFormulaStart(first);
    if (json) buf[n++] = 0x22;
    for (let i = 0; plain && i < len; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x20 || c > 0x7e || c === 0x22 || c === 0x2c || c === 0x5c) plain = false;
      else buf[n++] = c;
    }
    if (plain && len > 0) {
      if (json) buf[n++] = 0x22;
      this.#n = n;
      return;
    }
    // anything else: the general escaping, through the sink
    this.#sink.n = this.#n;
    this.#sink.text(this.#escaped(text));
    this.#buf = this.#sink.reserve(this.#bound);
    this.#n = this.#sink.n;
  }
  /** Money (integer minor units) with `digits` decimals: quoted in NDJSON, as is in CSV (a number is never neutralised). */
  money(x: number, digits: number): void {
    this.#sep();
    const buf = this.#buf;
    if (this.#json) {
      buf[this.#n++] = 0x22;
      this.#n = putMinor(buf, this.#n, x, digits);
      buf[this.#n++] = 0x22;
    } else this.#n = putMinor(buf, this.#n, x, digits);
  }
  /** A figure already as text (digits, a point, a sign): quoted in NDJSON, as is in CSV. */
  figure(text: string): void {
    this.#sep();
    const len = text.length;
    this.#room(len + 2);
    const buf = this.#buf;
    let n = this.#n;
    if (this.#json) buf[n++] = 0x22;
    for (let i = 0; i < len; i++) buf[n++] = text.charCodeAt(i);
    if (this.#json) buf[n++] = 0x22;
    this.#n = n;
  }
  /** One cell of escaped pieces around two money figures: a x b y c. */
  between(a: Uint8Array, x: number, b: Uint8Array, y: number, c: Uint8Array, digits: number): void {
    this.#sep();
    this.#room(a.length + b.length + c.length + 2 * MINOR_BYTES);
    const buf = this.#buf;
    let n = copy(buf, this.#n, a);
    n = putMinor(buf, n, x, digits);
    n = copy(buf, n, b);
    n = putMinor(buf, n, y, digits);
    this.#n = copy(buf, n, c);
  }
  int(n: number): void {
    this.#sep();
    this.#n = putUint(this.#buf, this.#n, n);
  }
  bool(b: boolean | null): void {
    this.put(b === null ? this.nul : b ? TRUE : FALSE);
  }
  empty(count: number): void {
    if (this.#json) {
      for (let i = 0; i < count; i++) this.put(this.nul);
      return;
    }
    // CSV: an absent cell is its separator alone (within the line's bound)
    const buf = this.#buf;
    for (let i = 0; i < count; i++) if (this.#k++ > 0) buf[this.#n++] = 0x2c;
  }
}

/** Copies b into buf from n on (short pieces: a loop beats TypedArray.set); returns the end. */
function copy(buf: Uint8Array, n: number, b: Uint8Array): number {
  for (let i = 0; i < b.length; i++) buf[n++] = b[i] as number;
  return n;
}
