/** One record of CSV text: its values, or why it could not be read. */
export type CsvItem = { values: string[]; error?: undefined } | { values?: undefined; error: string };

/** Options of {@link parseCsvRecords}. */
export interface CsvParseOptions {
  /** One character between values. */
  delimiter: string;
  /** A record (a quoted field that never closes, most often) longer than this is reported and skipped. */
  maxRecordChars: number;
}

type Step =
  | { kind: 'record'; values: string[]; end: number }
  | { kind: 'error'; error: string; end: number }
  | { kind: 'more' }
  | { kind: 'done' };

// However large a chunk the input hands over, records leave in arrays of at most this many.
const MAX_BATCH = 256;
const QUOTE = 34;
const CR = 13;
const LF = 10;

/**
 * Reads CSV records (RFC 4180 as Excel writes it: `"` quotes, `""` inside quotes, CRLF or LF, line
 * breaks inside quoted values) from text chunks. A bare `"` inside an unquoted value is kept, as Excel
 * does. Bad quoting does not stop the input: the record is reported and reading resumes on the next
 * physical line, so one broken row never swallows the rows after it. Records come in arrays, all those
 * a chunk of text completes, up to 256 (one await per chunk, not per record).
 */
export async function* parseCsvRecords(
  chunks: AsyncIterable<string>,
  options: CsvParseOptions,
): AsyncGenerator<CsvItem[]> {
  const iterator = chunks[Symbol.asyncIterator]();
  let buf = '';
  let pos = 0;
  let eof = false;
  let ready: CsvItem[] = [];
  while (true) {
    const step = parseRecord(buf, pos, eof, options);
    if (step.kind === 'done') break;
    if (step.kind === 'more') {
      if (ready.length > 0) {
        yield ready;
        ready = [];
      }
      const next = await iterator.next();
      buf = buf.slice(pos) + (next.done ? '' : next.value);
      pos = 0;
      eof = next.done === true;
      continue;
    }
    pos = step.end;
    ready.push(step.kind === 'record' ? { values: step.values } : { error: step.error });
    if (ready.length >= MAX_BATCH) {
      yield ready;
      ready = [];
    }
  }
  if (ready.length > 0) yield ready;
}

function parseRecord(buf: string, start: number, eof: boolean, options: CsvParseOptions): Step {
  if (start >= buf.length) return eof ? { kind: 'done' } : { kind: 'more' };
  const delimiter = options.delimiter.charCodeAt(0);
  const tooLong = !eof && buf.length - start > options.maxRecordChars;
  const values: string[] = [];
  let p = start;
  // Where the last quoted value opened: bad quoting resumes on the line after it, so a stray quote that
  // pairs with a quote rows later never swallows the rows between.
  let opened = start;
  while (true) {
    if (buf.charCodeAt(p) === QUOTE) {
      opened = p;
      let value = '';
      let i = p + 1;
      while (true) {
        const q = buf.indexOf('"', i);
        if (q === -1 || (q === buf.length - 1 && !eof)) {
          if (!eof && !tooLong) return { kind: 'more' };
          return skipLine(buf, opened, eof || tooLong, 'a quoted value is never closed');
        }
        if (buf.charCodeAt(q + 1) === QUOTE) {
          value += buf.slice(i, q + 1);
          i = q + 2;
          continue;
        }
        value += buf.slice(i, q);
        p = q + 1;
        break;
      }
      values.push(value);
    } else {
      let i = p;
      while (i < buf.length) {
        const code = buf.charCodeAt(i);
        if (code === delimiter || code === LF || code === CR) break;
        i += 1;
      }
      if (i >= buf.length && !eof) {
        return tooLong ? skipLine(buf, start, true, 'the record is too long') : { kind: 'more' };
      }
      values.push(buf.slice(p, i));
      p = i;
    }
    if (p >= buf.length) return eof ? { kind: 'record', values, end: p } : { kind: 'more' };
    const code = buf.charCodeAt(p);
    if (code === delimiter) {
      p += 1;
      continue;
    }
    if (code === LF) return { kind: 'record', values, end: p + 1 };
    if (code === CR) {
      if (p + 1 >= buf.length && !eof) return { kind: 'more' };
      return { kind: 'record', values, end: buf.charCodeAt(p + 1) === LF ? p + 2 : p + 1 };
    }
    return skipLine(
      buf,
      opened,
      eof || tooLong,
      `a closing quote is followed by ${JSON.stringify(buf[p])}, not a delimiter`,
    );
  }
}

function skipLine(buf: string, from: number, final: boolean, error: string): Step {
  const newline = buf.indexOf('\n', from);
  if (newline === -1 && !final) return { kind: 'more' };
  return { kind: 'error', error, end: newline === -1 ? buf.length : newline + 1 };
}
