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
    this.n = putUint(this.#room(16), this.n, x);
  }

  /**
   * Integer minor units with `digits` decimals, the bytes of formatScaled (12345, 2 → "123.45",
   * −5, 2 → "-0.05"). x must be a safe integer: % and the division by 10^digits are then exact.
   */
  minor(x: number, digits: number): void {
    this.n = putMinor(this.#room(MINOR_BYTES), this.n, x, digits);
  }

  /** The buffer with room for k more bytes from `n` on (a writer that fills it sets `n` after). */
  reserve(k: number): Uint8Array {
    return this.#room(k);
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

  /**
   * Everything written, as a view of the sink's own buffer (no copy); the sink goes on in the
   * buffer `fresh` gives for at least as many bytes as were taken (it grows if the next chunk
   * needs more). The caller owns the bytes taken, and the rest of their buffer.
   */
  takeView(fresh: (min: number) => ArrayBuffer): Uint8Array {
    const bytes = this.#buf.subarray(0, this.n);
    this.#buf = new Uint8Array(fresh(this.n));
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

/** Most bytes putMinor writes: a sign, 16 digits, a point, up to 15 decimals (safe integers). */
export const MINOR_BYTES = 34;

/**
 * A non-negative safe integer in decimal into buf from n on (room for 16 bytes is the caller's);
 * returns the end.
 */
export function putUint(buf: Uint8Array, n: number, x: number): number {
  if (x >= INT_LIMIT) {
    // beyond 32 bits (rare for money in minor units): the engine's own conversion
    const s = String(x);
    for (let i = 0; i < s.length; i++) buf[n + i] = s.charCodeAt(i);
    return n + s.length;
  }
  let v = x | 0;
  const digits = decimalDigits(v);
  // two digits at a time from the table, then the odd leading one
  let i = n + digits;
  while (v >= 100) {
    const q = (v / 100) | 0;
    const p = (v - q * 100) * 2;
    buf[--i] = PAIRS[p + 1] as number;
    buf[--i] = PAIRS[p] as number;
    v = q;
  }
  if (v >= 10) {
    buf[--i] = PAIRS[v * 2 + 1] as number;
    buf[--i] = PAIRS[v * 2] as number;
  } else buf[--i] = 48 + v;
  return n + digits;
}

/** How many decimal digits a 32-bit v ≥ 0 has. */
function decimalDigits(v: number): number {
  if (v < 100_000) return v < 100 ? (v < 10 ? 1 : 2) : v < 1000 ? 3 : v < 10_000 ? 4 : 5;
  return v < 10_000_000 ? (v < 1_000_000 ? 6 : 7) : v < 100_000_000 ? 8 : v < 1_000_000_000 ? 9 : 10;
}

/** "00" "01" … "99" as bytes: pair k at 2k. */
const PAIRS = Uint8Array.from({ length: 200 }, (_, i) => 48 + (i % 2 === 0 ? Math.floor(i / 20) : (i >> 1) % 10));

/**
 * Integer minor units with `digits` decimals (formatScaled's bytes) into buf from n on (room
 * for MINOR_BYTES is the caller's); returns the end. x must be a safe integer.
 */
export function putMinor(buf: Uint8Array, n: number, x: number, digits: number): number {
  if (x < 0) {
    buf[n++] = 45;
    x = -x;
  }
  if (digits === 0) return putUint(buf, n, x);
  if (digits === 2 && x < INT_LIMIT) {
    // cents, the common case: a division by the constant 100 and one pair from the table
    const v = x | 0;
    const whole = (v / 100) | 0;
    const frac = (v - whole * 100) * 2;
    n = putUint(buf, n, whole);
    buf[n] = 46;
    buf[n + 1] = PAIRS[frac] as number;
    buf[n + 2] = PAIRS[frac + 1] as number;
    return n + 3;
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
  n = putUint(buf, n, whole);
  buf[n] = 46;
  if (digits === 2) {
    buf[n + 1] = PAIRS[frac * 2] as number;
    buf[n + 2] = PAIRS[frac * 2 + 1] as number;
    return n + 3;
  }
  for (let i = n + digits; i > n; i--) {
    const q = (frac / 10) | 0;
    buf[i] = 48 + frac - q * 10;
    frac = q;
  }
  return n + digits + 1;
}
