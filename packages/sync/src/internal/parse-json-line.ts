/** A JSONL line read into text fields, or why it could not be. */
export type JsonLineResult = { ok: true; fields: Record<string, string> } | { ok: false; error: string };

class JsonSyntaxError extends Error {}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHITESPACE = /[ \t\n\r]*/y;

/**
 * Reads one JSON object into text fields without ever holding a number as a float: a number keeps
 * the digits it was written with (`420106199001011234`, `0.20`), `true`/`false` become words, `null`
 * an empty value, and a nested object or array its JSON text as written. A key given twice is an
 * error, since one of its values would silently win.
 */
export function parseJsonLine(line: string): JsonLineResult {
  try {
    const scanner = { text: line, pos: skipSpace(line, 0) };
    if (line[scanner.pos] !== '{') throw new JsonSyntaxError('the line is not a JSON object');
    const fields: Record<string, string> = {};
    scanner.pos = skipSpace(line, scanner.pos + 1);
    if (line[scanner.pos] === '}') scanner.pos += 1;
    else {
      while (true) {
        if (line[scanner.pos] !== '"')
          throw new JsonSyntaxError(`expected a key at column ${scanner.pos + 1}`);
        const key = readString(scanner);
        expect(scanner, ':');
        const value = readValue(scanner);
        if (Object.hasOwn(fields, key))
          throw new JsonSyntaxError(`the key ${JSON.stringify(key)} appears twice`);
        fields[key] = value;
        scanner.pos = skipSpace(line, scanner.pos);
        if (line[scanner.pos] === ',') {
          scanner.pos = skipSpace(line, scanner.pos + 1);
          continue;
        }
        expect(scanner, '}');
        break;
      }
    }
    if (skipSpace(line, scanner.pos) !== line.length) {
      throw new JsonSyntaxError(`unexpected text after the object at column ${scanner.pos + 1}`);
    }
    return { ok: true, fields };
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { ok: false, error: error.message };
    throw error;
  }
}

interface Scanner {
  text: string;
  pos: number;
}

function skipSpace(text: string, pos: number): number {
  WHITESPACE.lastIndex = pos;
  WHITESPACE.exec(text);
  return WHITESPACE.lastIndex;
}

function expect(scanner: Scanner, char: string): void {
  scanner.pos = skipSpace(scanner.text, scanner.pos);
  if (scanner.text[scanner.pos] !== char) {
    throw new JsonSyntaxError(`expected "${char}" at column ${scanner.pos + 1}`);
  }
  scanner.pos += 1;
}

function readValue(scanner: Scanner): string {
  scanner.pos = skipSpace(scanner.text, scanner.pos);
  const start = scanner.pos;
  const char = scanner.text[start];
  if (char === '"') return readString(scanner);
  if (char === '{' || char === '[') {
    skipNested(scanner);
    return scanner.text.slice(start, scanner.pos);
  }
  for (const [word, value] of [
    ['true', 'true'],
    ['false', 'false'],
    ['null', ''],
  ] as const) {
    if (scanner.text.startsWith(word, start)) {
      scanner.pos += word.length;
      return value;
    }
  }
  NUMBER.lastIndex = start;
  const match = NUMBER.exec(scanner.text);
  if (match === null) throw new JsonSyntaxError(`expected a value at column ${start + 1}`);
  scanner.pos = NUMBER.lastIndex;
  return match[0];
}

function readString(scanner: Scanner): string {
  const { text } = scanner;
  let end = scanner.pos + 1;
  while (true) {
    const quote = text.indexOf('"', end);
    if (quote === -1)
      throw new JsonSyntaxError(`a string opening at column ${scanner.pos + 1} is not closed`);
    let backslashes = 0;
    for (let i = quote - 1; text[i] === '\\'; i -= 1) backslashes += 1;
    end = quote + 1;
    if (backslashes % 2 === 0) break;
  }
  const raw = text.slice(scanner.pos, end);
  scanner.pos = end;
  try {
    return JSON.parse(raw) as string;
  } catch {
    throw new JsonSyntaxError(
      `a string at column ${end - raw.length + 1} has a bad escape or control character`,
    );
  }
}

function skipNested(scanner: Scanner): void {
  const close = scanner.text[scanner.pos] === '{' ? '}' : ']';
  scanner.pos = skipSpace(scanner.text, scanner.pos + 1);
  if (scanner.text[scanner.pos] === close) {
    scanner.pos += 1;
    return;
  }
  while (true) {
    if (close === '}') {
      scanner.pos = skipSpace(scanner.text, scanner.pos);
      if (scanner.text[scanner.pos] !== '"')
        throw new JsonSyntaxError(`expected a key at column ${scanner.pos + 1}`);
      readString(scanner);
      expect(scanner, ':');
    }
    readValue(scanner);
    scanner.pos = skipSpace(scanner.text, scanner.pos);
    if (scanner.text[scanner.pos] === ',') {
      scanner.pos += 1;
      continue;
    }
    expect(scanner, close);
    return;
  }
}
