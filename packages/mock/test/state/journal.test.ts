import { describe, expect, it } from 'vitest';
import { createJournal } from '../../src/index.js';
import type { JournalEntry } from '../../src/state/journal/journal-entry.js';

const entry = (at: number): Omit<JournalEntry, 'seq'> => ({
  at,
  timestamp: `t${at}`,
  platform: 'credit',
  method: 'GET',
  path: '/api/v1/blacklist/changes',
  query: '',
  status: 200,
});

describe('createJournal', () => {
  it('builds a lazily recorded entry on the first read, once, in its place', () => {
    const journal = createJournal();
    const builds: number[] = [];
    const lazily = (at: number) => () => {
      builds.push(at);
      return entry(at);
    };
    journal.record(entry(1));
    journal.recordLazily(lazily(2));
    journal.record(entry(3));
    journal.recordLazily(lazily(4));
    expect(builds).toEqual([]);
    expect(journal.entries().map(({ seq, at }) => [seq, at])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
    ]);
    expect(journal.count({ status: 200 })).toBe(4);
    expect(journal.last()).toEqual({ seq: 4, ...entry(4) });
    expect(builds).toEqual([2, 4]);
  });

  it('never builds an entry the cap dropped, and counts it as dropped', () => {
    const journal = createJournal({ capacity: 2 });
    const built: number[] = [];
    for (let at = 1; at <= 5; at += 1) {
      journal.recordLazily(() => {
        built.push(at);
        return entry(at);
      });
    }
    expect(journal.find().map((kept) => kept.seq)).toEqual([4, 5]);
    expect(journal.dropped()).toBe(3);
    expect(built).toEqual([4, 5]);
    journal.clear();
    journal.recordLazily(() => entry(9));
    expect(journal.entries()).toEqual([{ seq: 1, ...entry(9) }]);
  });
});
