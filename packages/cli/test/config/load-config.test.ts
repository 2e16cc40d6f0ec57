import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isCreditBridgeError } from '@credit-bridge/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/index.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cb-config-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function write(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

async function failure(
  path: string,
): Promise<{ code: string; message: string; details: Record<string, unknown> }> {
  try {
    await loadConfig({ path, cwd: dir });
  } catch (error) {
    if (isCreditBridgeError(error))
      return { code: error.code, message: error.message, details: { ...error.details } };
    throw error;
  }
  throw new Error('the config was accepted');
}

const PLATFORM = `platforms:
  credit:
    baseUrl: http://127.0.0.1:4010
    appKey: demo-app
    appSecret: { env: CB_TEST_SECRET }
`;

describe('loadConfig', () => {
  it('resolves defaults and paths beside the file', async () => {
    const path = await write(
      'sync.yaml',
      `${PLATFORM}streams:
  - name: penalties
    recordType: penalty
    source: { kind: csv, path: exports/处罚.csv }
    sinks: [{ platform: credit }]
`,
    );
    const config = await loadConfig({ path: 'sync.yaml', cwd: dir });
    expect(config.file).toBe(path);
    expect(config.statePath).toBe(join(dir, 'credit-bridge-state.sqlite'));
    expect(config.outputDir).toBe(join(dir, 'credit-bridge-out'));
    expect(config.deadLettersPath).toBe(join(dir, 'credit-bridge-out', 'dead-letters.jsonl'));
    expect(config.streams[0]?.source).toEqual({ kind: 'csv', path: join(dir, 'exports', '处罚.csv') });
    expect(config.config.streams?.[0]?.source.path).toBe(join(dir, 'exports', '处罚.csv'));
    expect(config.mirror).toEqual({});
  });

  it('points at the exact path of an unknown transform, with its line and the likely word', async () => {
    const path = await write(
      'sync.yaml',
      `${PLATFORM}streams:
  - { name: a, recordType: license, source: { kind: csv, path: a.csv }, sinks: [{ platform: credit }] }
  - name: b
    recordType: penalty
    source: { kind: csv, path: b.csv }
    sinks: [{ platform: credit }]
    mapping:
      columns:
        罚款金额:
          field: fineFen
          transform: { type: amout, unit: yuan }
`,
    );
    const { code, message, details } = await failure(path);
    expect(code).toBe('E_CONFIG');
    expect(message).toContain(
      'streams[1].mapping.columns.罚款金额: unknown transform "amout" (did you mean "amount"?) (line 14)',
    );
    expect(details.issues).toEqual([
      {
        where: 'streams[1].mapping.columns.罚款金额',
        message: 'unknown transform "amout" (did you mean "amount"?)',
        line: 14,
      },
    ]);
  });

  it('names unknown keys, wrong values and missing fields, each at its own path', async () => {
    const path = await write(
      'sync.yaml',
      `platforms:
  credit: { baseUrl: 'ftp://x', appKey: k }
streams:
  - name: p
    recordType: penalti
    sorce: { kind: csv, path: a.csv }
    sinks: [{ platform: exchange }]
`,
    );
    const { message } = await failure(path);
    expect(message).toContain('5 problems');
    expect(message).toContain('platforms.credit.baseUrl: Invalid URL (line 2)');
    expect(message).toContain(
      'streams[0].recordType: "penalti" is not one of penalty, license, blacklist, repair; did you mean "penalty"? (line 5)',
    );
    expect(message).toContain('streams[0].source: required (line 4)');
    expect(message).toContain('streams[0].sorce: unknown key (did you mean "source"?) (line 6)');
    expect(message).toContain('streams[0].sinks[0].receiverCode: required (line 7)');
  });

  it('checks mapping targets and transforms against the record type, at the key that holds them', async () => {
    const path = await write(
      'sync.json',
      JSON.stringify({
        streams: [
          {
            name: 'p',
            recordType: 'penalty',
            source: { kind: 'csv', path: 'a.csv' },
            sinks: [{ platform: 'credit' }],
            mapping: {
              columns: {
                案件编号: 'recrdId',
                处罚日期: { field: 'decisionDate', transform: { type: 'amount', unit: 'yuan' } },
              },
              constants: { sourceSystm: 'x' },
            },
          },
        ],
      }),
    );
    const { message } = await failure(path);
    expect(message).toMatch(/streams\[0\]\.mapping\.columns\.案件编号: "recrdId" is no field/);
    expect(message).toMatch(/streams\[0\]\.mapping\.columns\.处罚日期: a amount transform cannot feed/);
    expect(message).toMatch(
      /streams\[0\]\.mapping\.constants\.sourceSystm: "sourceSystm" is no field of penalty/,
    );
  });

  it('refuses a config that holds a secret, naming where and never the value', async () => {
    const path = await write(
      'sync.yaml',
      `platforms:
  credit:
    baseUrl: http://127.0.0.1:4010
    appKey: demo-app
    appSecret: s3cr3t-value-123
  exchange:
    baseUrl: http://127.0.0.1:4010
    appKey: demo-app
    password: 42
`,
    );
    const { code, message, details } = await failure(path);
    expect(code).toBe('E_CONFIG_SECRET');
    expect(message).toContain('platforms.credit.appSecret: a secret may not be written in a config file');
    expect(message).toContain('(line 5)');
    expect(message).toContain('platforms.exchange.password');
    expect(JSON.stringify(details)).not.toContain('s3cr3t');
    expect(message).not.toContain('s3cr3t');
  });

  it('reports YAML syntax and duplicate keys with their line', async () => {
    const path = await write('bad.yaml', 'streams:\n  - type: penalty\n    type: license\n');
    const { code, message } = await failure(path);
    expect(code).toBe('E_CONFIG_SYNTAX');
    expect(message).toMatch(/unique.*\(line 3\)/i);
  });

  it('loads a module config written with defineConfig and validates it the same way', async () => {
    const cli = new URL('../../src/index.ts', import.meta.url).href;
    const good = await write(
      'good.config.mjs',
      `import { defineConfig } from '${cli}';\nexport default defineConfig({ output: 'out', streams: [] });\n`,
    );
    const config = await loadConfig({ path: good, cwd: dir });
    expect(config.outputDir).toBe(join(dir, 'out'));
    const bad = await write('bad.config.mjs', "export default { streams: [], token: 'abc' };\n");
    expect((await failure(bad)).code).toBe('E_CONFIG_SECRET');
  });

  it('loads a TypeScript config', async () => {
    const cli = new URL('../../src/index.ts', import.meta.url).href;
    const file = await write(
      'credit-bridge.config.ts',
      `import { defineConfig } from '${cli}';\nconst output: string = 'ts-out';\nexport default defineConfig({ output });\n`,
    );
    expect((await loadConfig({ path: file, cwd: dir })).outputDir).toBe(join(dir, 'ts-out'));
  });

  it('finds the default config in the working directory and says what to do when there is none', async () => {
    const missing = await loadConfig({ cwd: dir }).catch((error: unknown) => error);
    expect(isCreditBridgeError(missing) && missing.code).toBe('E_CONFIG_NOT_FOUND');
    await write('credit-bridge.config.yaml', 'state: state/cb.sqlite\n');
    const config = await loadConfig({ cwd: dir });
    expect(config.statePath).toBe(join(dir, 'state', 'cb.sqlite'));
  });

  it('refuses two streams with one name and sinks on platforms not configured', async () => {
    const stream = (name: string) =>
      `  - { name: ${name}, recordType: penalty, source: { kind: csv, path: a.csv }, sinks: [{ platform: credit }] }\n`;
    const path = await write('sync.yaml', `streams:\n${stream('a')}${stream('a')}`);
    const { message } = await failure(path);
    expect(message).toContain('streams[1].name: "a" names two streams (line 3)');
    expect(message).toContain('streams[0].sinks[0].platform: platforms.credit is not configured (line 2)');
  });
});
