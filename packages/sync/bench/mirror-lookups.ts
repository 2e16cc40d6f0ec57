import { pathToFileURL } from 'node:url';
import {
  type BlacklistEntry,
  computeIdNumberCheckChar,
  computeOrgCodeCheckChar,
  computeUsccCheckChar,
} from '@credit-bridge/core';
import { generateRecords } from '@credit-bridge/core/testing';
import type { BlacklistChange, ChangeFeed, ChangePage, SubjectKey } from '@credit-bridge/credit-platform';
import { createBlacklistMirror, type MirrorClient, type MirrorStore } from '../src/index.js';

/** Sizes of the lookup benchmark. */
export interface MirrorLookupsOptions {
  /** Listed entries in the index; default 500,000. */
  entries?: number;
  /** Lookups per measured round; default 1,000,000 (half hits, half misses). */
  lookups?: number;
  /** Measured rounds after one warm-up round; the median counts. Default 5. */
  rounds?: number;
}

/** What the benchmark measured. */
export interface MirrorLookupsResult {
  readonly entries: number;
  /** `mirror.lookup` on identifiers in machine form, mixed hits and misses. */
  readonly lookupsPerSecond: number;
  /** The same workload written in lower case with spaces, so every lookup normalises. */
  readonly untidyLookupsPerSecond: number;
  /** The same workload with identifiers left as the concatenations that built them (V8 ropes). */
  readonly ropeLookupsPerSecond: number;
  /** A bare `Map.get` on the same keys, in the same run: the ceiling. */
  readonly mapGetsPerSecond: number;
  readonly buildMs: number;
}

const PAGE = 5000;

function uscc(index: number): string {
  const org = String(10_000_000 + index).slice(-8);
  const first17 = `91420102${org}${computeOrgCodeCheckChar(org)}`;
  return first17 + computeUsccCheckChar(first17);
}

function idNumber(index: number): string {
  const birth = new Date(Date.UTC(1960, 0, 1) + (index % 20_000) * 86_400_000).toISOString();
  const first17 = `420102${birth.slice(0, 4)}${birth.slice(5, 7)}${birth.slice(8, 10)}${String(Math.floor(index / 20_000) % 1000).padStart(3, '0')}`;
  return first17 + computeIdNumberCheckChar(first17);
}

function keyAt(index: number): SubjectKey {
  return index % 2 === 0 ? { uscc: uscc(index >> 1) } : { idNumber: idNumber(index >> 1) };
}

/** A feed of `count` listings built from one generated entry, with synthetic identifiers. */
function syntheticClient(count: number): MirrorClient {
  const [template] = generateRecords('blacklist', { seed: 1, count: 1 });
  if (template === undefined) throw new Error('no template entry');
  const company = generateRecords('blacklist', { seed: 2, count: 20 }).find(
    (entry) => entry.subject.category === 'legal_person',
  );
  const person = generateRecords('blacklist', { seed: 3, count: 20 }).find(
    (entry) => entry.subject.category === 'natural_person',
  );
  if (company === undefined || person === undefined) throw new Error('no template subjects');
  const change = (index: number): BlacklistChange => {
    const key = keyAt(index);
    const subject =
      'uscc' in key
        ? { ...(company.subject as Extract<BlacklistEntry['subject'], { uscc: string }>), uscc: key.uscc }
        : {
            ...(person.subject as Extract<BlacklistEntry['subject'], { idNumber: string }>),
            idNumber: key.idNumber,
          };
    const recordId = `SXMD-420102-${String(index).padStart(7, '0')}`;
    const record: BlacklistEntry = { ...template, recordId, subject, validUntil: '2099-12-31' };
    return {
      cursor: `b-${index + 1}`,
      changeType: 'listed',
      recordId,
      version: 1,
      changedAt: '2026-06-30T09:00:00+08:00',
      record,
    };
  };
  return {
    blacklist: {
      changes(options = {}): ChangeFeed<BlacklistChange> {
        let cursor = options.cursor;
        async function* pages(): AsyncGenerator<ChangePage<BlacklistChange>> {
          for (;;) {
            const from = cursor === undefined ? 0 : Number(cursor.slice(2));
            const items = Array.from({ length: Math.min(PAGE, count - from) }, (_, offset) =>
              change(from + offset),
            );
            cursor = items.at(-1)?.cursor ?? cursor;
            yield { items, nextCursor: cursor ?? 'b-0', hasMore: from + items.length < count };
            if (from + items.length >= count) return;
          }
        }
        return {
          get cursor() {
            return cursor;
          },
          pages,
          async *[Symbol.asyncIterator]() {
            for await (const page of pages()) yield* page.items;
          },
        };
      },
      check: () => Promise.reject(new Error('the benchmark never asks the platform')),
    },
  };
}

// The benchmark measures the in-memory index, so its store keeps only the cursor.
function cursorOnlyStore(): MirrorStore {
  let cursor: string | undefined;
  return {
    kind: 'cursor-only',
    apply: async (changes) => {
      cursor = changes.cursor;
    },
    state: async () => ({ records: 0, ...(cursor === undefined ? {} : { cursor }) }),
    get: async () => [],
    list: async () => [],
    reset: async () => {
      cursor = undefined;
    },
    close: async () => {},
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/**
 * Lookups per second of each workload, the median of `rounds` after one warm-up round each. Rounds
 * alternate between the workloads, so a noisy neighbour on a shared machine slows all of them alike.
 */
function rates(rounds: number, lookups: number, expected: number, workloads: (() => number)[]): number[] {
  for (const workload of workloads) workload();
  const measured = workloads.map((): number[] => []);
  for (let round = 0; round < rounds; round += 1) {
    workloads.forEach((workload, index) => {
      const start = performance.now();
      const hits = workload();
      const elapsed = performance.now() - start;
      if (hits !== expected) throw new Error(`the benchmark found ${hits} hits, expected ${expected}`);
      measured[index]?.push(lookups / (elapsed / 1000));
    });
  }
  return measured.map(median);
}

/**
 * Builds a mirror index of `entries` synthetic listings (through `refresh()` over a synthetic feed) and
 * measures lookups per second over a mixed workload, half hits and half misses (valid identifiers not
 * listed), USCCs and ID numbers alike, after a warm-up round; a bare `Map.get` on the same keys runs in
 * the same process for context.
 *
 * @example
 * const result = await benchMirrorLookups({ entries: 500_000 });
 * result.lookupsPerSecond / result.mapGetsPerSecond; // the index's overhead over a bare Map
 */
export async function benchMirrorLookups(options: MirrorLookupsOptions = {}): Promise<MirrorLookupsResult> {
  const entries = options.entries ?? 500_000;
  const lookups = options.lookups ?? 1_000_000;
  const rounds = options.rounds ?? 5;
  const mirror = createBlacklistMirror({
    client: syntheticClient(entries),
    store: cursorOnlyStore(),
    policy: { maxAgeMs: Number.POSITIVE_INFINITY },
  });
  const built = performance.now();
  await mirror.refresh();
  const buildMs = performance.now() - built;

  // Even positions hit a listed subject, odd ones miss (keys beyond the listed range). The identifiers
  // are built by concatenation, which V8 keeps as ropes (a string of pointers to its parts); the ones
  // a district system asks about arrive parsed from a request body or read from a database, as flat
  // strings, so the headline workload is the same keys passed through JSON, and the ropes are reported
  // beside it.
  const ropes: SubjectKey[] = Array.from({ length: lookups }, (_, index) =>
    keyAt(index % 2 === 0 ? (index * 7919) % entries : entries + ((index * 7919) % entries)),
  );
  const workload = JSON.parse(JSON.stringify(ropes)) as SubjectKey[];
  const untidy = workload.map((key) =>
    'uscc' in key ? { uscc: ` ${key.uscc.toLowerCase()} ` } : { idNumber: ` ${key.idNumber.toLowerCase()} ` },
  );
  const expected = Math.ceil(lookups / 2);
  const run = (subjects: SubjectKey[]) => () => {
    let hits = 0;
    for (let index = 0; index < subjects.length; index += 1) {
      if (mirror.lookup(subjects[index] as SubjectKey).listed) hits += 1;
    }
    return hits;
  };

  const map = new Map<string, object>();
  for (let index = 0; index < entries; index += 1) {
    const key = keyAt(index);
    map.set('uscc' in key ? key.uscc : key.idNumber, { index });
  }
  const texts = workload.map((key) => ('uscc' in key ? key.uscc : key.idNumber));
  const bare = () => {
    let hits = 0;
    for (let index = 0; index < texts.length; index += 1) {
      if (map.get(texts[index] as string) !== undefined) hits += 1;
    }
    return hits;
  };

  const [lookupsPerSecond, untidyLookupsPerSecond, ropeLookupsPerSecond, mapGetsPerSecond] = rates(
    rounds,
    lookups,
    expected,
    [run(workload), run(untidy), run(ropes), bare],
  ) as [number, number, number, number];
  return {
    entries,
    lookupsPerSecond,
    untidyLookupsPerSecond,
    ropeLookupsPerSecond,
    mapGetsPerSecond,
    buildMs,
  };
}

/**
 * Lookups per second of the blacklist mirror on 500k entries (mixed hits and misses, identifiers in
 * machine form, after warm-up): the mirror figure of `pnpm bench:sync`'s last line.
 *
 * @example
 * const perSecond = await measureMirrorLookups(); // ≥ 1,000,000 is the target
 */
export async function measureMirrorLookups(options: MirrorLookupsOptions = {}): Promise<number> {
  return (await benchMirrorLookups(options)).lookupsPerSecond;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await benchMirrorLookups();
  const n = (value: number) => Math.round(value).toLocaleString('en-US');
  process.stdout.write(
    `context: bare Map.get ${n(result.mapGetsPerSecond)} gets/s on the same keys; untidy input ${n(result.untidyLookupsPerSecond)} lookups/s; rope keys ${n(result.ropeLookupsPerSecond)} lookups/s; index built in ${n(result.buildMs)} ms\n`,
  );
  process.stdout.write(`mirror: ${Math.round(result.lookupsPerSecond)} lookups/s on 500k entries\n`);
}
