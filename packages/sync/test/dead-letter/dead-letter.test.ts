import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createRandom,
  generateIdNumber,
  generatePersonName,
  generateRecord,
  SYNTHETIC_TODAY,
} from '@credit-bridge/core/testing';
import { describe, expect, it } from 'vitest';
import {
  createDeadLetterWriter,
  type DeadLetter,
  mapRow,
  readDeadLetters,
  toDeadLetter,
  validateMapped,
} from '../../src/index.js';
import { collect, useTempDir } from '../support/temp-dir.js';

const tempDir = useTempDir();
const random = createRandom(99);
const AT = '2026-03-05T09:00:00.000+08:00';

describe('dead letters', () => {
  it('turn validation issues into masked, row-located lines and read back', async () => {
    const idNumber = generateIdNumber(random);
    const name = generatePersonName(random);
    const person = generateRecord('penalty', random);
    const fields = {
      RECORD_ID: person.recordId,
      CF_XDR_MC: name,
      CF_XDR_LB: '自然人',
      CF_XDR_ZJLX: '身份证',
      CF_XDR_ZJHM: `${idNumber.slice(0, 17)}${idNumber.endsWith('0') ? '1' : '0'}`,
    };
    const mapped = mapRow({ recordType: 'penalty' }, { source: '处罚.csv', rowNumber: 7, fields });
    if (!mapped.ok) throw new Error('mapping failed');
    const result = validateMapped('penalty', mapped.record, { today: SYNTHETIC_TODAY });
    expect(result.ok).toBe(false);
    const letter = toDeadLetter({
      row: { source: '处罚.csv', rowNumber: 7 },
      recordType: 'penalty',
      recordId: person.recordId,
      issues: result.ok
        ? []
        : [
            ...result.issues,
            { path: ['subject', 'idNumber'], code: 'E_TEST', message: `raw ${idNumber}`, value: idNumber },
          ],
      at: AT,
    });
    expect(letter).toMatchObject({
      source: '处罚.csv',
      rowNumber: 7,
      recordType: 'penalty',
      recordId: person.recordId,
      at: AT,
    });
    expect(letter.issues.map((issue) => issue.rule)).toContain('E_TEST');
    expect(
      letter.issues.every((issue) => typeof issue.field === 'string' && typeof issue.rule === 'string'),
    ).toBe(true);

    const path = join(tempDir(), 'out', 'rejects.jsonl');
    const writer = createDeadLetterWriter({ path });
    await writer.write(letter);
    const byHand: DeadLetter = {
      source: 'b.csv',
      rowNumber: 2,
      recordType: 'penalty',
      issues: [{ field: 'subject.idNumber', rule: 'E_X', message: `id ${idNumber}`, value: idNumber }],
      at: AT,
    };
    await writer.write(byHand);
    await writer.close();
    expect(writer.count).toBe(2);
    const text = readFileSync(path, 'utf8');
    expect(text.split('\n').filter(Boolean)).toHaveLength(2);
    expect(text).not.toContain(idNumber);
    expect(text).not.toContain(idNumber.slice(3, 14));
    expect(text).not.toContain(name);
    const back = await collect(readDeadLetters(path));
    expect(back.map((l) => [l.source, l.rowNumber])).toEqual([
      ['处罚.csv', 7],
      ['b.csv', 2],
    ]);
    expect(back[0]).toEqual(JSON.parse(JSON.stringify(letter)));
  });

  it('appends by default, replaces on request, and refuses a damaged reject file', async () => {
    const path = join(tempDir(), 'rejects.jsonl');
    const letter: DeadLetter = { source: 'a.csv', rowNumber: 1, recordType: 'license', issues: [], at: AT };
    for (const append of [true, true, false]) {
      const writer = createDeadLetterWriter({ path, append });
      await writer.write(letter);
      await writer.close();
    }
    expect(await collect(readDeadLetters(path))).toHaveLength(1);
    writeFileSync(path, `${JSON.stringify(letter)}\n{"source":1}\n`);
    await expect(collect(readDeadLetters(path))).rejects.toMatchObject({
      code: 'E_DEAD_LETTER_FORMAT',
      details: { line: 2 },
    });
  });
});
