/**
 * Input encodings of a batch (§6): UTF-8 with or without BOM, GBK and GB18030 (iconv-lite).
 * `auto`: a UTF-8 BOM means UTF-8; else the first bytes are checked as strict UTF-8; else as
 * GB18030; else the one needing fewer replacements when its bad bytes are rare (a damaged cell,
 * rejected with its row); bytes that are neither (UTF-16, a binary file) cannot be read (exit 2).
 */
import { isAscii } from 'node:buffer';
import { said } from '../messages/index.js';
import iconv from 'iconv-lite';
import { UserError } from '../errors.js';

export type EncodingOption = 'auto' | 'utf8' | 'gbk' | 'gb18030';
export type Encoding = 'utf8' | 'gbk' | 'gb18030';

/** How many leading bytes `auto` looks at. */
export const SNIFF_BYTES = 64 * 1024;

/** True when the bytes are valid UTF-8, allowing a sequence cut off at the very end. */
export function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * True when the bytes are valid GB18030 (single bytes 00–7F; two bytes 81–FE + 40–7E/80–FE;
 * four bytes 81–FE 30–39 81–FE 30–39), allowing a sequence cut off at the very end.
 */
export function isGb18030(bytes: Uint8Array): boolean {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    if (b === 0x80 || b === 0xff) return false;
    if (i + 1 >= n) return true;
    const b2 = bytes[i + 1] as number;
    if ((b2 >= 0x40 && b2 <= 0x7e) || (b2 >= 0x80 && b2 <= 0xfe)) {
      i += 2;
      continue;
    }
    if (b2 >= 0x30 && b2 <= 0x39) {
      if (i + 2 >= n) return true;
      const b3 = bytes[i + 2] as number;
      if (b3 < 0x81 || b3 > 0xfe) return false;
      if (i + 3 >= n) return true;
      const b4 = bytes[i + 3] as number;
      if (b4 < 0x30 || b4 > 0x39) return false;
      i += 4;
      continue;
    }
    return false;
  }
  return true;
}

/** U+FFFD as written in UTF-8 and in GB18030: a replacement character already in the text. */
const UTF8_FFFD = Buffer.from([0xef, 0xbf, 0xbd]);
const GB18030_FFFD = Buffer.from([0x84, 0x31, 0xa4, 0x37]);

function occurrences(bytes: Buffer, needle: Buffer): number {
  let n = 0;
  for (let i = bytes.indexOf(needle); i >= 0; i = bytes.indexOf(needle, i + needle.length)) n++;
  return n;
}

/**
 * How many U+FFFD each decoder puts in for bad bytes (a sequence cut off at the end is not
 * counted). A U+FFFD that is already in the text (what Spark's textFile makes of bad bytes,
 * written back as valid UTF-8) is not a bad byte: counting it would make clean UTF-8 look
 * damaged, and GB18030 win whenever its pairs happen to swallow those three bytes.
 */
export function replacementCounts(bytes: Uint8Array): { utf8: number; gb18030: number } {
  const count = (text: string) => {
    let n = 0;
    for (const ch of text) if (ch === '\uFFFD') n++;
    return n;
  };
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const utf8 = count(new TextDecoder('utf-8', { fatal: false }).decode(bytes, { stream: true })) - occurrences(buf, UTF8_FFFD);
  const gb18030 = count(iconv.getDecoder('gb18030').write(buf)) - occurrences(buf, GB18030_FFFD);
  return { utf8: Math.max(0, utf8), gb18030: Math.max(0, gb18030) };
}

/**
 * The more likely of UTF-8 and GB18030 for bytes that may hold a few bad ones (a corrupt cell):
 * the one that needs fewer replacements, UTF-8 on a tie; `plausible` when that one's bad bytes
 * are at most 1 in 100 of the non-ASCII bytes (a damaged file, not some other encoding).
 */
export function likelyEncoding(bytes: Uint8Array): { encoding: Encoding; plausible: boolean } {
  const r = replacementCounts(bytes);
  const encoding: Encoding = r.gb18030 < r.utf8 ? 'gb18030' : 'utf8';
  let nonAscii = 0;
  for (const b of bytes) if (b >= 0x80) nonAscii++;
  return { encoding, plausible: Math.min(r.utf8, r.gb18030) * 100 <= nonAscii };
}

/** True when the bytes start with a UTF-8 byte order mark. */
export function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** Index of the first byte that is not ASCII, or -1. */
export function firstNonAscii(bytes: Uint8Array): number {
  return bytes.findIndex((b) => b >= 0x80);
}

/** Decides the encoding from the first bytes (`auto`), or checks that they can be text at all. */
export function detectEncoding(head: Uint8Array, option: EncodingOption, source: string): Encoding {
  if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) {
    throw UserError.said('batch.encoding', said('batch.utf16', { source }), {
      field: '--encoding',
      value: option,
    });
  }
  // A NUL here and there is a bad byte of its row (rejected with it, issue #15); a head that is
  // one tenth NUL or more is not text at all (UTF-16 without a BOM, a spreadsheet, a binary).
  let nuls = 0;
  for (const b of head) if (b === 0) nuls++;
  if (nuls > 0 && nuls * 10 >= head.length) {
    throw UserError.said('batch.encoding', said('batch.nul-bytes', { source }), { field: '--encoding', value: option });
  }
  if (option !== 'auto') return option;
  if (hasUtf8Bom(head)) return 'utf8';
  if (isUtf8(head)) return 'utf8';
  if (isGb18030(head)) return 'gb18030';
  // Neither is clean: a few bad bytes in an otherwise good file are rejected row by row
  // (row.encoding), not by refusing the whole file.
  const likely = likelyEncoding(head);
  if (likely.plausible) return likely.encoding;
  throw UserError.said('batch.encoding', said('batch.not-text', { source }), { field: '--encoding', value: option });
}

/** A streaming decoder: bytes in, text out; a leading BOM is dropped; bad bytes become U+FFFD. */
export interface TextDecoderLike {
  write(bytes: Buffer): string;
  end(): string;
}

export function createDecoder(encoding: Encoding): TextDecoderLike {
  if (encoding === 'utf8') {
    const d = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
    return { write: (b) => d.decode(b, { stream: true }), end: () => d.decode() };
  }
  const d = iconv.getDecoder(encoding);
  return { write: (b) => d.write(b), end: () => d.end() ?? '' };
}

/** Reads the first `SNIFF_BYTES` (or all of a shorter input) and hands back the rest unread. */
export async function* withHead(source: AsyncIterable<Buffer>, onHead: (head: Buffer) => void): AsyncGenerator<Buffer> {
  const held: Buffer[] = [];
  let size = 0;
  let decided = false;
  for await (const chunk of source) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    if (decided) {
      yield buf;
      continue;
    }
    held.push(buf);
    size += buf.length;
    if (size >= SNIFF_BYTES) {
      const all = Buffer.concat(held);
      held.length = 0;
      onHead(all.subarray(0, SNIFF_BYTES));
      decided = true;
      yield all;
    }
  }
  if (!decided) {
    const all = Buffer.concat(held);
    onHead(all);
    if (all.length > 0) yield all;
  }
}

/** What decoding a batch input needs to know (a part of the reader's options). */
export interface DecodeOptions {
  encoding: EncodingOption;
  /** Name of the input for messages ("accounts.csv", "stdin"). */
  source: string;
  /** Called with the encoding chosen (again if a late look changes it); `bom` when the input starts with a UTF-8 BOM. */
  onEncoding?: (encoding: Encoding, bom: boolean) => void;
  /** Called per chunk of bytes read (progress). */
  onBytes?: (n: number) => void;
}

async function* countingBytes(source: AsyncIterable<Buffer | string>, onBytes?: (n: number) => void): AsyncGenerator<Buffer> {
  for await (const chunk of source) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    onBytes?.(buf.length);
    yield buf;
  }
}

/** Fewer non-ASCII-led bytes than this at the end of the head do not decide the encoding. */
const LATE_EVIDENCE_BYTES = 4096;

/**
 * Bytes → text chunks in the detected encoding (UTF-8 input stays bytes for csv-parse).
 * `auto` on a file whose first 64 KiB are plain ASCII keeps watching: the bytes from the first
 * one that is not ASCII decide, 64 KiB of them (or the rest of the input) looked at together, so
 * a GBK file whose Chinese text starts late is still read as GBK however the input is cut into
 * chunks, and one bad byte further on does not turn the file back to UTF-8. All bytes before
 * were ASCII, which both encodings read the same.
 */
export function decoded(source: AsyncIterable<Buffer | string>, opts: DecodeOptions, keepUtf8Bytes: boolean): AsyncGenerator<Buffer | string> {
  let encoding: Encoding = 'utf8';
  let watching = false;
  const bytes = withHead(countingBytes(source, opts.onBytes), (head) => {
    encoding = detectEncoding(head, opts.encoding, opts.source);
    // Too few non-ASCII bytes at the end of the head to tell (a chunk may end inside the first
    // Chinese character): keep watching and decide on the bytes that follow.
    const from = firstNonAscii(head);
    watching = opts.encoding === 'auto' && encoding === 'utf8' && !hasUtf8Bom(head) && (from === -1 || head.length - from < LATE_EVIDENCE_BYTES);
    opts.onEncoding?.(encoding, hasUtf8Bom(head));
  });
  return (async function* () {
    let decoder: TextDecoderLike | null = null;
    let held: Buffer[] | null = null;
    let heldSize = 0;
    function* emit(buf: Buffer): Generator<Buffer | string> {
      if (encoding === 'utf8' && keepUtf8Bytes) {
        yield buf;
        return;
      }
      decoder ??= createDecoder(encoding);
      const text = decoder.write(buf);
      if (text) yield text;
    }
    /** Decides on the held bytes (from the first non-ASCII one) and hands them on. */
    function* decide(): Generator<Buffer | string> {
      const all = Buffer.concat(held ?? []);
      held = null;
      watching = false;
      // valid UTF-8 stays UTF-8, U+FFFD characters in it or not (issue #14)
      const evidence = all.subarray(firstNonAscii(all));
      if (!isUtf8(evidence) && likelyEncoding(evidence).encoding === 'gb18030') {
        encoding = 'gb18030';
        decoder = null;
        opts.onEncoding?.(encoding, false);
      }
      yield* emit(all);
    }
    for await (const buf of bytes) {
      if (watching && (held !== null || !isAscii(buf))) {
        // count from the first non-ASCII byte: that is where the evidence starts
        if (held === null) {
          held = [];
          heldSize = buf.length - Math.max(0, firstNonAscii(buf));
        } else heldSize += buf.length;
        held.push(buf);
        if (heldSize >= SNIFF_BYTES) yield* decide();
        continue;
      }
      yield* emit(buf);
    }
    if (held !== null) yield* decide();
    if (decoder) {
      const rest = (decoder as TextDecoderLike).end();
      if (rest) yield rest;
    }
  })();
}
