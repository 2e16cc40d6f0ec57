import { type ByteInput, byteChunks, sourceLabel } from '../internal/byte-chunks.js';
import { decodeText } from '../internal/decode-text.js';
import { parseJsonLine } from '../internal/parse-json-line.js';
import { splitLines } from '../internal/split-lines.js';
import type { SourceRow } from './source-row.js';

/** Options of {@link readJsonl}. */
export interface ReadJsonlOptions {
  /** The label rows carry; default the file name, or `jsonl` for a stream. */
  source?: string;
}

/**
 * Streams a JSON Lines file (UTF-8, one object per line) as {@link SourceRow}s numbered by line;
 * blank lines are skipped. Every value becomes text without loss: a number keeps its written digits,
 * so an identity number exported as a bare number (`420106199001011234`, beyond 2^53) arrives
 * intact instead of as `420106199001011200`. A line that is not a JSON object, or repeats a key,
 * is yielded with an `E_SOURCE_JSON` error and reading goes on.
 *
 * @example
 * for await (const row of readJsonl('licenses.jsonl')) mapRow(spec, row);
 */
export async function* readJsonl(
  input: ByteInput,
  options: ReadJsonlOptions = {},
): AsyncGenerator<SourceRow> {
  const source = sourceLabel(input, options.source, 'jsonl');
  let rowNumber = 0;
  for await (const line of splitLines(decodeText(byteChunks(input), 'utf-8'))) {
    rowNumber += 1;
    if (line.trim() === '') continue;
    if (line.includes('\uFFFD')) {
      const message = 'the line holds bytes that are not valid UTF-8';
      yield { source, rowNumber, fields: {}, error: { code: 'E_SOURCE_ENCODING', message } };
      continue;
    }
    const result = parseJsonLine(line);
    if (result.ok) yield { source, rowNumber, fields: result.fields };
    else yield { source, rowNumber, fields: {}, error: { code: 'E_SOURCE_JSON', message: result.error } };
  }
}
