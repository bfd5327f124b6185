/**
 * A growable UTF-8 byte buffer that batch output lines are formatted straight into (issue #16):
 * integers and money in minor units are written digit by digit, policy strings are encoded once,
 * and the chunk is decoded to one string at the end (`take`), so a row leaves no strings behind.
 * Pure: no I/O.
 */
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** 10^0 … 10^15. */
const POW10 = Array.from({ length: 16 }, (_, i) => 10 ** i);
/** Byte arrays up to this long are copied byte by byte. */
const SHORT = 32;
/** 2^31: below it, digits come from 32-bit integer arithmetic. */
const INT_LIMIT = 2 ** 31;

/** A string's UTF-8 bytes (for the strings a writer prepares once). */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

export class ByteSink {
  #buf = new Uint8Array(1 << 16);
  /** Bytes written so far. */
  n = 0;

  /** The buffer with room for k more bytes. */
  #room(k: number): Uint8Array {
    if (this.n + k > this.#buf.length) {
      const bigger = new Uint8Array(Math.max(this.#buf.length * 2, this.n + k));
      bigger.set(this.#buf.subarray(0, this.n));
      this.#buf = bigger;
    }
    return this.#buf;
  }

  byte(c: number): void {
    this.#room(1)[this.n++] = c;
  }

  bytes(b: Uint8Array): void {
    const len = b.length;
    const buf = this.#room(len);
    // a short run (an NDJSON key, a policy word) byte by byte: cheaper than set()'s call
    if (len <= SHORT) for (let i = 0, n = this.n; i < len; i++) buf[n + i] = b[i] as number;
    else buf.set(b, this.n);
    this.n += len;
  }

  /**
   * A string as JSON writes it, quotes included, when it holds only printable ASCII other than
   * `"` and `\` (JSON.stringify then escapes nothing); false, with nothing written, for any other text.
   */
  jsonAscii(s: string): boolean {
    const len = s.length;
    const buf = this.#room(len + 2);
    let n = this.n;
    buf[n++] = 0x22;
    for (let i = 0; i < len; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x20 || c > 0x7e || c === 0x22 || c === 0x5c) return false;
      buf[n++] = c;
    }
    buf[n++] = 0x22;
    this.n = n;
    return true;
  }

  /** A string as UTF-8 (ASCII byte by byte; anything else through TextEncoder). */
  text(s: string): void {
    const len = s.length;
    const buf = this.#room(len * 3);
    let n = this.n;
    for (let i = 0; i < len; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x80) {
        n += encoder.encodeInto(s.slice(i), buf.subarray(n)).written;
        break;
      }
      buf[n++] = c;
    }
    this.n = n;
  }

  /** A non-negative safe integer in decimal. */
  uint(x: number): void {
    if (x >= INT_LIMIT) {
      // beyond 32 bits (rare for money in minor units): the engine's own conversion
      this.text(String(x));
      return;
    }
    let v = x | 0;
    let digits = 1;
    while (digits < 10 && v >= (POW10[digits] as number)) digits++;
    const buf = this.#room(digits);
    for (let i = this.n + digits - 1; i >= this.n; i--) {
      const q = (v / 10) | 0;
      buf[i] = 48 + v - q * 10;
      v = q;
    }
    this.n += digits;
  }

  /**
   * Integer minor units with `digits` decimals, the bytes of formatScaled (12345, 2 → "123.45",
   * −5, 2 → "-0.05"). x must be a safe integer: % and the division by 10^digits are then exact.
   */
  minor(x: number, digits: number): void {
    if (x < 0) {
      this.byte(45);
      x = -x;
    }
    if (digits === 0) {
      this.uint(x);
      return;
    }
    const p = POW10[digits] as number;
    let frac: number;
    let whole: number;
    if (x < INT_LIMIT && p < INT_LIMIT) {
      const v = x | 0;
      whole = (v / p) | 0;
      frac = v - whole * p;
    } else {
      frac = x % p;
      whole = (x - frac) / p;
    }
    this.uint(whole);
    const buf = this.#room(digits + 1);
    buf[this.n] = 46;
    for (let i = this.n + digits; i > this.n; i--) {
      const q = (frac / 10) | 0;
      buf[i] = 48 + frac - q * 10;
      frac = q;
    }
    this.n += digits + 1;
  }

  /**
   * Everything written as UTF-8 bytes in an ArrayBuffer of their own (one copy, so they can be
   * transferred to another thread); the sink starts again empty.
   */
  takeBytes(): Uint8Array {
    const bytes = this.#buf.slice(0, this.n);
    this.n = 0;
    return bytes;
  }

  /** Everything written as one string; the sink starts again empty. */
  take(): string {
    const text = decoder.decode(this.#buf.subarray(0, this.n));
    this.n = 0;
    return text;
  }
}
