import { describe, expect, it } from 'vitest';
import { displayWidth, padDisplay } from '../../src/output/display-width.js';
import { formatTable } from '../../src/output/format-table.js';

describe('displayWidth and padDisplay', () => {
  it('counts Chinese and full-width characters double and colour codes not at all', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('罚款金额')).toBe(8);
    expect(displayWidth('ＡＢ（')).toBe(6);
    expect(displayWidth('\u001b[32mok\u001b[39m')).toBe(2);
    expect(padDisplay('罚款', 6)).toBe('罚款  ');
    expect(padDisplay('7', 3, 'right')).toBe('  7');
  });
});

describe('formatTable', () => {
  it('aligns columns by display width, numbers to the right, with no trailing spaces', () => {
    const text = formatTable([
      ['stream', 'sent', 'note'],
      ['处罚.csv', '120', ''],
      ['blacklist.jsonl', '7', 'ok'],
    ]);
    expect(text).toBe(
      ['stream           sent  note', '处罚.csv          120', 'blacklist.jsonl     7  ok', ''].join('\n'),
    );
  });
});
