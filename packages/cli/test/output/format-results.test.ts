import { describe, expect, it } from 'vitest';
import { formatCheckResults } from '../../src/commands/check.js';
import { formatStateSummary } from '../../src/commands/state-show.js';
import { formatDeadLetters } from '../../src/output/format-dead-letters.js';
import { subjectLabel } from '../../src/output/subject-label.js';

describe('result formatting', () => {
  it('shows check results with where the answer came from, identity numbers masked', () => {
    const text = formatCheckResults(
      [
        {
          subject: '91420111CB0001035J',
          status: 'listed',
          entries: [{ listType: '安全生产严重失信主体名单' }],
          answeredBy: 'mirror',
          mirrorAgeMs: 65_000,
        },
        {
          subject: subjectLabel({ idNumber: '11010519491231002X' }),
          status: 'not_listed',
          entries: [],
          answeredBy: 'mirror',
          mirrorAgeMs: 1_000,
        },
        {
          subject: 'ABC',
          status: 'invalid',
          entries: [],
          errors: [{ code: 'E_ARGUMENT', message: 'not a USCC' }],
          answeredBy: 'mirror',
        },
      ],
      ['from blacklist.jsonl'],
    );
    expect(text.split('\n')).toEqual([
      'subject             status',
      '91420111CB0001035J  listed      1 in publication: 安全生产严重失信主体名单 (from blacklist.jsonl)',
      '110***********002X  not listed',
      'ABC                 invalid     E_ARGUMENT: not a USCC',
      '3 checked: 1 listed, 1 not listed, 1 invalid; answered in-process by the mirror (pulled 1:05 ago)',
      '',
    ]);
  });

  it('lists dead letters by file and row, one line per issue, and says how many more there are', () => {
    const letter = {
      source: '处罚.csv',
      rowNumber: 7,
      recordType: 'penalty' as const,
      at: '2026-03-31T09:00:00+08:00',
      issues: [
        {
          field: 'subject.uscc',
          rule: 'E_USCC_CHECKSUM',
          message: 'check character',
          value: '91420116629652487E',
        },
        { field: '', rule: 'E_SOURCE_CSV', message: 'bad quoting' },
      ],
    };
    const text = formatDeadLetters([letter, { ...letter, rowNumber: 9 }], { limit: 1 });
    expect(text).toBe(
      [
        '  处罚.csv:7  subject.uscc  E_USCC_CHECKSUM  91420116629652487E  check character',
        '              (row)         E_SOURCE_CSV                         bad quoting',
        '  … and 1 more rejected rows',
        '',
      ].join('\n'),
    );
  });

  it('summarises state: checkpoints, ledger, open dead letters and runs', () => {
    const text = formatStateSummary({
      path: '/var/lib/cb/state.sqlite',
      checkpoints: [
        { stream: 'penalties→credit-platform', position: 1200, updatedAt: '2026-03-31T09:00:00+08:00' },
      ],
      deliveries: { penalty: { accepted: 1196, rejected: 0, sent: 0 } },
      openDeadLetters: 4,
      runs: [
        {
          runId: 'r1',
          status: 'succeeded',
          startedAt: '2026-03-31T09:00:00+08:00',
          counts: { read: 1200, accepted: 1196, rejected: 4 },
        },
      ],
    });
    expect(text).toContain('  penalties→credit-platform      1200  2026-03-31T09:00:00+08:00');
    expect(text).toContain('  penalty     1,196         0         0');
    expect(text).toContain('dead letters not yet resolved: 4');
    expect(text).toContain('  r1   succeeded  2026-03-31T09:00:00+08:00  1,200     1,196         4');
  });
});
