import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonString } from '../../src/index.js';

// Any UTF-16 code unit: quotes, backslashes, controls, lone and paired surrogates, CJK.
const anyText = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
  maxLength: 16,
});

describe('jsonString', () => {
  it('is JSON.stringify of the string, character for character (property)', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.string({ unit: 'binary' })), (text) => {
        expect(jsonString(text)).toBe(JSON.stringify(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('escapes what JSON must escape, and quotes the rest as it is', () => {
    expect(jsonString('武汉市')).toBe('"武汉市"');
    expect(jsonString('a"b\\c\n\u0001')).toBe('"a\\"b\\\\c\\n\\u0001"');
    expect(jsonString('\ud800')).toBe('"\\ud800"');
    expect(jsonString('😀')).toBe('"😀"');
  });
});
