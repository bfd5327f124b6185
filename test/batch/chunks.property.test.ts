/**
 * Issue #16, parsing in the workers: the byte-job reader (chunks.ts, cut on the main thread,
 * split by chunks-rows.ts where the job is scored) must give exactly the rows of the general
 * reader (read.ts) — the same fields, NDJSON lines, row and line numbers, rejected records,
 * blank count, header, skipped header and errors — for any input: quotes, quoted line breaks,
 * CRLF and lone CR, blank lines, byte-order marks, bad UTF-8, read in random pieces and cut into
 * jobs as small as one byte, so that a job boundary falls everywhere.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readJobs } from '../../src/batch/chunks.js';
import { PIECE_BYTES, pieceEnd, rowsOfJob } from '../../src/batch/chunks-rows.js';
import { readRows, type InputFormat, type ReadOptions } from '../../src/batch/read.js';
import { type InputRow, MAX_RECORD_BYTES } from '../../src/batch/records.js';

interface Outcome {
  rows: InputRow[];
  blank: number;
  header: string[][];
  skipped: number;
  error: string | null;
}

interface Case {
  format: InputFormat;
  bytes: Uint8Array;
  pieces: number[];
  header: boolean;
  skipHeader: boolean;
  rowOffset: number;
  jobBytes: number;
  /** Bytes a job is decoded in at most (chunks-rows.ts PIECE_BYTES), small so that pieces end everywhere. */
  pieceBytes?: number;
}

async function* pieces(bytes: Uint8Array, cuts: number[]): AsyncGenerator<Buffer> {
  let at = 0;
  for (const n of cuts) {
    if (at >= bytes.length) break;
    yield Buffer.from(bytes.subarray(at, at + n));
    at += n;
  }
  if (at < bytes.length) yield Buffer.from(bytes.subarray(at));
}

async function read(c: Case, general: boolean): Promise<Outcome> {
  const o: Outcome = { rows: [], blank: 0, header: [], skipped: 0, error: null };
  const opts: ReadOptions & { jobBytes: number } = {
    format: c.format,
    encoding: 'utf8',
    source: 'test',
    header: c.format === 'csv' && c.header,
    rowOffset: c.rowOffset,
    onHeader: (names) => {
      o.header.push(names);
    },
    isHeader: c.format === 'csv' && !c.header && c.skipHeader ? (fields) => fields[0] === 'h' : undefined,
    onHeaderSkipped: () => {
      o.skipped++;
    },
    onBlank: () => {
      o.blank++;
    },
    jobBytes: c.jobBytes,
  };
  try {
    if (general) for await (const r of readRows(pieces(c.bytes, c.pieces), opts)) o.rows.push(r);
    else
      for await (const job of readJobs(pieces(c.bytes, c.pieces), opts)) {
        if (job.kind === 'rows') o.rows.push(...job.rows);
        else {
          // as a worker gets it: a copy of the bytes alone in their buffer
          o.rows.push(...rowsOfJob({ ...job, bytes: new Uint8Array(job.bytes) }, c.pieceBytes));
        }
      }
  } catch (error) {
    o.error = error instanceof Error ? `${(error as { code?: string }).code ?? ''} ${error.message}` : String(error);
  }
  return o;
}

const csvToken = fc.constantFrom('a', 'h', '12.5', ',', ',', '"', '""', '"', '\n', '\n', '\r\n', '\r', ' ', '\t', '\u3000', '\uFEFF', 'é', '中', '\0');
const ndjsonToken = fc.constantFrom(
  '{"id":"a","principal":"1.00"}',
  '{',
  '}',
  '"x"',
  ':',
  ',',
  '\n',
  '\n',
  '\r\n',
  '\r',
  ' ',
  '\t',
  '\u3000',
  '\uFEFF',
  '中',
  '[1]',
  'null',
);
const badByte = fc.constantFrom(0xff, 0xe4, 0xbd, 0x80, 0xc3);

function bytesOf(tokens: string[], bad: [number, number][], bom: boolean): Uint8Array {
  const text = Buffer.from((bom ? '\uFEFF' : '') + tokens.join(''), 'utf8');
  const out = Buffer.from(text);
  // a few bytes that are not UTF-8, dropped in anywhere
  const withBad = [...out];
  for (const [at, b] of bad) withBad.splice(at % (withBad.length + 1), 0, b);
  return Uint8Array.from(withBad);
}

const caseOf = (format: InputFormat) =>
  fc
    .record({
      tokens: fc.array(format === 'csv' ? csvToken : ndjsonToken, { maxLength: 80 }),
      bad: fc.array(fc.tuple(fc.nat(), badByte), { maxLength: 2 }),
      bom: fc.boolean(),
      pieces: fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 12 }),
      header: fc.boolean(),
      skipHeader: fc.boolean(),
      rowOffset: fc.constantFrom(0, 0, 1000),
      jobBytes: fc.integer({ min: 1, max: 64 }),
      pieceBytes: fc.oneof(fc.integer({ min: 1, max: 24 }), fc.constant(PIECE_BYTES)),
    })
    .map(
      (r): Case => ({
        format,
        bytes: bytesOf(r.tokens, r.bad, r.bom),
        pieces: r.pieces,
        header: r.header,
        skipHeader: r.skipHeader,
        rowOffset: r.rowOffset,
        jobBytes: r.jobBytes,
        pieceBytes: r.pieceBytes,
      }),
    );

async function same(c: Case): Promise<void> {
  const [general, jobs] = await Promise.all([read(c, true), read(c, false)]);
  expect(jobs).toEqual(general);
}

describe('byte jobs give the rows of the general reader (issue #16)', () => {
  it('CSV: random quotes, line ends, blanks, BOM, bad bytes, any job size', async () => {
    await fc.assert(fc.asyncProperty(caseOf('csv'), same), { numRuns: 400 });
  });

  it('NDJSON: random lines, line ends, blanks, BOM, bad bytes, any job size', async () => {
    await fc.assert(fc.asyncProperty(caseOf('ndjson'), same), { numRuns: 300 });
  });

  it('CSV rows in plain and quoted jobs, the default job size, many rows', async () => {
    const lines = ['id,principal,overdue_days'];
    for (let i = 0; i < 5000; i++) lines.push(i % 97 === 0 ? `"Q${i}\n2","1,${i}.00",${i % 400}` : i % 13 === 0 ? '' : `R${i},${i}.00,${i % 400}`);
    const bytes = Buffer.from(lines.join('\r\n'));
    await same({ format: 'csv', bytes, pieces: [7, 65536, 3], header: true, skipHeader: false, rowOffset: 0, jobBytes: 64 * 1024 });
    await same({ format: 'csv', bytes, pieces: [65536], header: true, skipHeader: false, rowOffset: 0, jobBytes: 64 * 1024, pieceBytes: 1000 });
  });

  it('a job is decoded in pieces of whole lines: each ends just past a line end, a long line is a piece of its own', () => {
    const b = Buffer.from('ab\ncd\nefghij\nk');
    expect(pieceEnd(b, 0, 100)).toBe(b.length); // all of it fits
    expect(pieceEnd(b, 0, 7)).toBe(6); // the last line end before 0 + 7
    expect(pieceEnd(b, 0, 6)).toBe(6); // a line end as the last byte allowed
    expect(pieceEnd(b, 0, 5)).toBe(3);
    expect(pieceEnd(b, 6, 3)).toBe(13); // no line end in reach: up to the next one
    expect(pieceEnd(b, 13, 1)).toBe(b.length); // the last line, without a line end
    expect(pieceEnd(Buffer.from('abcdef'), 0, 2)).toBe(6);
    expect(PIECE_BYTES).toBeLessThan(128 * 1024); // under V8's large-object size (bench/RESULTS.md)
  });

  it('a record longer than the limit: the rest goes to the general reader, numbered on', async () => {
    const long = 'x'.repeat(MAX_RECORD_BYTES + 10);
    for (const [format, text] of [
      ['csv', `id,principal\na,1\n"${long}",2\nb,3\n`],
      ['csv', `id,principal\na,1\n${long},2\nb,3\n`],
      ['ndjson', `{"id":"a"}\n\n{"id":"${long}"}\n{"id":"b"}\n`],
    ] as const) {
      await same({ format, bytes: Buffer.from(text), pieces: [100], header: true, skipHeader: false, rowOffset: 0, jobBytes: 8 });
    }
  });

  it('an unclosed quote at the end, an empty input, a header alone', async () => {
    for (const text of ['id,principal\na,1\n"b,2\nc,3\n', '', '\n\n', 'id,principal', '\uFEFF', '\uFEFFid\r\n']) {
      await same({ format: 'csv', bytes: Buffer.from(text), pieces: [], header: true, skipHeader: false, rowOffset: 0, jobBytes: 4 });
    }
  });
});
