import { describe, expect, it } from 'vitest';
import { runQuickStart } from '../../examples/quick-start/src/quick-start.js';

describe('examples/quick-start', () => {
  it('validates, rejects a future-dated record with its rule, and computes a repair date', () => {
    const lines = runQuickStart(2026);
    expect(lines[1]).toMatch(/^ {2}USCC \w{18}: valid$/);
    expect(lines[2]).toMatch(/E_USCC_CHECKSUM|E_ORG_CHECKSUM/);
    expect(lines[3]).toBe('  ID 110***********002X (typed in lowercase, with spaces): valid');
    expect(lines[4]).toMatch(/: valid$/);
    expect(lines.some((line) => line.includes('decisionDate E_DATE_FUTURE'))).toBe(true);
    expect(lines.at(-1)).toMatch(/repairable from \d{4}-\d{2}-\d{2}, publication ends \d{4}-\d{2}-\d{2}/);
    expect(lines.join('\n')).not.toContain('11010519491231002X');
  });
});
