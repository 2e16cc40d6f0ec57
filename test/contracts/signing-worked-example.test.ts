import { execFile } from 'node:child_process';
import { createHash, createHmac } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { loadOpenApi, objectAt, ROOT_DIR, readContractText, stringAt } from './support/contracts.js';

const run = promisify(execFile);

interface WorkedExample {
  appKey: string;
  secret: string;
  timestamp: string;
  nonce: string;
  method: string;
  path: string;
  rawQuery: string;
  body: string;
  canonicalQuery: string;
  methods: Record<'HMAC-SM3' | 'HMAC-SHA256', { bodyHash: string; signature: string }>;
}

const example = JSON.parse(readContractText('examples/signing-worked-example.json')) as WorkedExample;
const guide = readFileSync(`${ROOT_DIR}docs/guides/signing-requests.md`, 'utf8');

// RFC 3986 §2.3: only the unreserved characters stay; hex digits upper case.
function encode(value: string): string {
  return [...Buffer.from(value, 'utf8')]
    .map((byte) => {
      const char = String.fromCharCode(byte);
      return /[A-Za-z0-9\-._~]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    })
    .join('');
}

// Written independently of the http package: split, decode, re-encode, sort by encoded name then value.
function canonicalQuery(rawQuery: string): string {
  if (rawQuery === '') return '';
  return rawQuery
    .split('&')
    .map((part) => {
      const at = part.indexOf('=');
      const [name, value] = at < 0 ? [part, ''] : [part.slice(0, at), part.slice(at + 1)];
      return [encode(decodeURIComponent(name)), encode(decodeURIComponent(value))] as const;
    })
    .sort(([n1, v1], [n2, v2]) => (n1 === n2 ? (v1 < v2 ? -1 : v1 > v2 ? 1 : 0) : n1 < n2 ? -1 : 1))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
}

const HASH = { 'HMAC-SM3': 'sm3', 'HMAC-SHA256': 'sha256' } as const;

function canonicalString(method: keyof typeof HASH): string {
  const bodyHash = createHash(HASH[method]).update(example.body, 'utf8').digest('hex');
  return [
    example.method,
    example.path,
    canonicalQuery(example.rawQuery),
    bodyHash,
    example.timestamp,
    example.nonce,
  ].join('\n');
}

describe('the signing worked example (docs/guides/signing-requests.md)', () => {
  it('has the canonical query the rules give', () => {
    expect(canonicalQuery(example.rawQuery)).toBe(example.canonicalQuery);
    expect(guide).toContain(`\n${example.canonicalQuery}\n`);
  });

  it.each(['HMAC-SM3', 'HMAC-SHA256'] as const)(
    '%s: body hash and signature recompute with node:crypto',
    (method) => {
      const documented = example.methods[method];
      expect(createHash(HASH[method]).update(example.body, 'utf8').digest('hex')).toBe(documented.bodyHash);
      const signature = createHmac(HASH[method], Buffer.from(example.secret, 'utf8'))
        .update(canonicalString(method), 'utf8')
        .digest('hex');
      expect(signature).toBe(documented.signature);
    },
  );

  it.each(['HMAC-SM3', 'HMAC-SHA256'] as const)(
    '%s: the guide shows the same canonical string and signature',
    (method) => {
      expect(guide).toContain(`\`\`\`\n${canonicalString(method)}\n\`\`\``);
      expect(guide).toContain(`\`\`\`\n${example.methods[method].signature}\n\`\`\``);
      expect(guide).toContain(example.body);
      expect(guide).toContain(`\`${example.appKey}\``);
      expect(guide).toContain(`\`${example.secret}\``);
    },
  );

  it('is repeated in the credit platform contract', () => {
    const description =
      stringAt(objectAt(loadOpenApi('credit-platform.openapi.yaml'), 'info'), 'description') ?? '';
    for (const method of ['HMAC-SM3', 'HMAC-SHA256'] as const) {
      expect(description).toContain(example.methods[method].signature);
    }
    expect(description).toContain(example.canonicalQuery);
    expect(description).toContain(`${example.path}?${example.rawQuery}`);
  });

  describe('the openssl commands of the guide', () => {
    const workDir = mkdtempSync(join(tmpdir(), 'cb-signing-'));
    afterAll(() => rmSync(workDir, { recursive: true, force: true }));

    it('print both documented signatures', async () => {
      const section = guide.slice(guide.indexOf('### Reproducing it with openssl'));
      const script = /```bash\n([\s\S]*?)```/.exec(section)?.[1];
      expect(script).toBeDefined();
      const { stdout } = await run('bash', ['-euo', 'pipefail', '-c', script ?? ''], {
        cwd: workDir,
        timeout: 10_000,
      });
      expect(stdout.trim().split('\n')).toEqual([
        example.methods['HMAC-SM3'].signature,
        example.methods['HMAC-SHA256'].signature,
      ]);
    });
  });
});
