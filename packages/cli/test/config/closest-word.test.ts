import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closestWord } from '../../src/config/closest-word.js';

describe('closestWord', () => {
  it('suggests near misses and nothing for unrelated words', () => {
    expect(closestWord('amout', ['halfWidth', 'amount', 'date'])).toBe('amount');
    expect(closestWord('sorce', ['source', 'sinks', 'name'])).toBe('source');
    expect(closestWord('Penalty', ['penalty', 'license'])).toBe('penalty');
    expect(closestWord('xyz', ['penalty', 'license'])).toBeUndefined();
  });

  it('finds a word among the candidates after one edit', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{4,12}$/), fc.nat(), (word, at) => {
        const position = at % word.length;
        const typo = word.slice(0, position) + word.slice(position + 1);
        expect(closestWord(typo, ['zzzzzzzzzzzzzzzzzz', word])).toBe(word);
      }),
    );
  });
});
