import {
  type BlacklistEntry,
  computeIdNumberCheckChar,
  type NaturalPersonSubject,
} from '@credit-bridge/core';
import { type SubjectKey, subjectKeyProblem } from '@credit-bridge/credit-platform';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createBlacklistMirror,
  createMemoryMirrorStore,
  type MirrorStore,
  resolveMirrorPolicy,
} from '../../src/index.js';
import {
  identifierOf,
  keyOf,
  listings,
  neverListedUscc,
  removalOf,
  updateOf,
} from './support/blacklist-data.js';
import { changeOf, stubFeedClient } from './support/stub-feed-client.js';

const NOW = Date.parse('2026-06-30T09:00:00+08:00');

function setup(store: MirrorStore = createMemoryMirrorStore()) {
  const client = stubFeedClient();
  let now = NOW;
  const mirror = createBlacklistMirror({ client, store, clock: () => now });
  return { client, store, mirror, advance: (ms: number) => (now += ms) };
}

// Ways a person types or pastes one character of an identifier.
const writtenChar = (char: string) =>
  fc.constantFrom(
    char,
    char.toLowerCase(),
    String.fromCharCode(char.charCodeAt(0) + 0xfee0),
    ` ${char}`,
    `\u3000${char}`,
    `${char}-`,
    `\u200b${char}`,
  );

function writtenForms(identifier: string) {
  return fc.tuple(...[...identifier].map(writtenChar)).map((parts) => parts.join(''));
}

function rewrite(key: SubjectKey, text: string): SubjectKey {
  return 'uscc' in key ? { uscc: text } : { idNumber: text };
}

describe('createBlacklistMirror lookups', () => {
  const entries = listings(21, 12);

  it('finds a subject however its identifier is written, and nobody else', async () => {
    const { client, mirror } = setup();
    client.append(...entries.map((entry) => changeOf(entry)));
    await mirror.refresh();
    const nobody = neverListedUscc(21);
    const cases = fc
      .constantFrom(...entries)
      .chain((entry) =>
        fc.tuple(
          fc.constant(entry),
          writtenForms(identifierOf(keyOf(entry))),
          writtenForms(identifierOf(nobody)),
        ),
      );
    fc.assert(
      fc.property(cases, ([entry, form, miss]) => {
        const answer = mirror.lookup(rewrite(keyOf(entry), form));
        expect(answer.entries.map((item) => item.recordId)).toEqual([entry.recordId]);
        expect(mirror.lookup(rewrite(nobody, miss)).listed).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('looks a natural person up by ID number whatever the document, never as a USCC', async () => {
    const { client, mirror } = setup();
    const person = entries.find((entry) => entry.subject.category === 'natural_person') as BlacklistEntry;
    const passport = { ...(person.subject as NaturalPersonSubject), idType: 'passport' as const };
    client.append(changeOf({ ...person, subject: passport }));
    await mirror.refresh();
    expect(mirror.lookup({ idNumber: passport.idNumber }).listed).toBe(true);
    expect(mirror.lookup(passport).listed).toBe(true);
    // An ID number has the form of a USCC too; it is not one of the USCCs the mirror holds.
    expect(mirror.lookup({ uscc: passport.idNumber }).listed).toBe(false);
  });

  it('finds an ID number ending in X when it is typed with a lower-case x', async () => {
    const { client, mirror } = setup();
    const person = entries.find((entry) => entry.subject.category === 'natural_person') as BlacklistEntry;
    const first17 = Array.from(
      { length: 1000 },
      (_, sequence) => `42010219900101${String(sequence).padStart(3, '0')}`,
    ).find((digits) => computeIdNumberCheckChar(digits) === 'X') as string;
    const subject = { ...(person.subject as NaturalPersonSubject), idNumber: `${first17}X` };
    client.append(changeOf({ ...person, subject }));
    await mirror.refresh();
    expect(mirror.lookup({ idNumber: `${first17}x` }).listed).toBe(true);
    expect(mirror.lookup({ idNumber: `${first17}ｘ` }).listed).toBe(true);
  });

  it('answers for a registered code that fails its check character, and refuses what is not an identifier', async () => {
    const { client, mirror } = setup();
    const company = entries.find((entry) => entry.subject.category === 'legal_person') as BlacklistEntry;
    if (company.subject.category !== 'legal_person') throw new Error('no legal person generated');
    const uscc = company.subject.uscc;
    const wrongCheck = `${uscc.slice(0, 17)}${uscc.endsWith('0') ? '1' : '0'}`;
    client.append(changeOf({ ...company, subject: { ...company.subject, uscc: wrongCheck } }));
    await mirror.refresh();
    expect(mirror.lookup({ uscc: wrongCheck.toLowerCase() }).listed).toBe(true);
    const person = entries.find((entry) => entry.subject.category === 'natural_person') as BlacklistEntry;
    const idNumber = identifierOf(keyOf(person));
    const refusals = [
      { idNumber: idNumber.slice(0, 17) },
      { uscc: `${uscc.slice(0, 17)}I` },
      { uscc, idNumber },
      {},
    ] as SubjectKey[];
    for (const subject of refusals) {
      const error = (() => {
        try {
          mirror.lookup(subject);
        } catch (caught) {
          return caught;
        }
        return undefined;
      })();
      expect(error).toMatchObject({ code: 'E_ARGUMENT' });
      expect(JSON.stringify(error)).not.toContain(idNumber.slice(0, 17));
    }
  });

  it('refuses exactly the identifiers whose form the contract refuses', async () => {
    const serving = createBlacklistMirror({
      client: stubFeedClient(),
      store: createMemoryMirrorStore(),
      policy: { onStale: 'serve' },
    });
    const text = fc.oneof(
      fc.string({
        unit: fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'),
        minLength: 16,
        maxLength: 19,
      }),
      fc.string({ unit: fc.constantFrom(...'0123456789X'), minLength: 17, maxLength: 19 }),
    );
    fc.assert(
      fc.property(text, fc.boolean(), (value, asUscc) => {
        const key: SubjectKey = asUscc ? { uscc: value } : { idNumber: value };
        const refused = subjectKeyProblem(key) !== undefined;
        const outcome = (() => {
          try {
            return serving.lookup(key).listed;
          } catch (error) {
            return (error as { code?: string }).code;
          }
        })();
        expect(outcome).toBe(refused ? 'E_ARGUMENT' : false);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps an answer as it was when later refreshes change the subject, and freezes it', async () => {
    const { client, mirror } = setup();
    const [first, second] = entries as [BlacklistEntry, BlacklistEntry];
    client.append(changeOf(first));
    await mirror.refresh();
    const before = mirror.lookup(keyOf(first));
    client.append(changeOf({ ...second, subject: first.subject }), changeOf(removalOf(first), 'removed'));
    await mirror.refresh();
    expect(before.entries.map((entry) => entry.recordId)).toEqual([first.recordId]);
    expect(mirror.lookup(keyOf(first)).entries.map((entry) => entry.recordId)).toEqual([second.recordId]);
    expect(Object.isFrozen(before.entries)).toBe(true);
    expect(Object.isFrozen(before.entries[0])).toBe(true);
  });
});

describe('createBlacklistMirror refresh', () => {
  const entries = listings(22, 6);

  it('skips a change older than the record held, and keeps an ended record ended through later versions', async () => {
    const { client, mirror } = setup();
    const [first, second] = entries as [BlacklistEntry, BlacklistEntry];
    client.append(changeOf(updateOf(first), 'updated'), changeOf(first), changeOf(second));
    client.append(changeOf(second, 'publication_ended', 'XYXF-1'), changeOf(updateOf(second), 'updated'));
    expect(await mirror.refresh()).toMatchObject({ changes: 5, skipped: 1, records: 2, listedSubjects: 1 });
    expect(mirror.lookup(keyOf(first)).entries[0]?.version).toBe(2);
    expect(mirror.lookup(keyOf(second)).listed).toBe(false);
  });

  it('shares one refresh between concurrent calls', async () => {
    const { client, mirror } = setup();
    client.append(...entries.map((entry) => changeOf(entry)));
    const [a, b] = await Promise.all([mirror.refresh(), mirror.refresh()]);
    expect(a).toBe(b);
    expect(client.requests).toEqual([undefined, 's-2', 's-4']);
    expect(mirror.stats().refreshes).toBe(1);
  });

  it('keeps the pages applied before a failure, and neither moves its age nor repeats them', async () => {
    const { client, mirror, store, advance } = setup();
    client.append(...entries.map((entry) => changeOf(entry)));
    client.failRequest(2);
    await expect(mirror.refresh()).rejects.toThrow('page request 2 failed');
    expect(await store.state()).toStrictEqual({ records: 2, cursor: 's-2' });
    expect(mirror.stats()).toMatchObject({ records: 2, cursor: 's-2', ageMs: Number.POSITIVE_INFINITY });
    advance(1000);
    expect(await mirror.refresh()).toMatchObject({ fromCursor: 's-2', changes: 4, records: 6 });
    expect(client.requests).toEqual([undefined, 's-2', 's-2', 's-4']);
    expect(mirror.ageMs()).toBe(0);
  });

  it('asks the platform with the identifier in machine form when stale under policy remote', async () => {
    const client = stubFeedClient();
    let now = NOW;
    const mirror = createBlacklistMirror({
      client,
      store: createMemoryMirrorStore(),
      clock: () => now,
      policy: { maxAgeMs: 10 },
    });
    await mirror.refresh();
    now += 11;
    const company = entries.find((entry) => entry.subject.category !== 'natural_person') as BlacklistEntry;
    const key = keyOf(company);
    const answer = await mirror.isListed(rewrite(key, ` ${identifierOf(key).toLowerCase()} `));
    expect(answer).toMatchObject({ source: 'remote', listed: false, ageMs: 11 });
    expect(client.checks).toEqual([key]);
    await expect(mirror.isListed({ uscc: '9142' })).rejects.toMatchObject({ code: 'E_ARGUMENT' });
    expect(client.checks).toHaveLength(1);
  });
});

describe('resolveMirrorPolicy', () => {
  it('defaults to a remote check past 15 minutes and refuses nonsense', () => {
    expect(resolveMirrorPolicy()).toEqual({ maxAgeMs: 900_000, onStale: 'remote' });
    expect(resolveMirrorPolicy({ maxAgeMs: Number.POSITIVE_INFINITY, onStale: 'serve' })).toEqual({
      maxAgeMs: Number.POSITIVE_INFINITY,
      onStale: 'serve',
    });
    for (const policy of [{ maxAgeMs: -1 }, { maxAgeMs: Number.NaN }, { onStale: 'sometimes' as 'serve' }]) {
      expect(() => resolveMirrorPolicy(policy)).toThrow(expect.objectContaining({ code: 'E_CONFIG' }));
    }
  });
});
