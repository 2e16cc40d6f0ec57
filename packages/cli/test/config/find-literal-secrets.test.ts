import { describe, expect, it } from 'vitest';
import { findLiteralSecrets } from '../../src/config/find-literal-secrets.js';

describe('findLiteralSecrets', () => {
  it('finds every secret-looking key with a written value, in objects and lists', () => {
    const found = findLiteralSecrets({
      platforms: {
        credit: { appKey: 'public-name', appSecret: 'x' },
        exchange: { sm4Key: 'abc', apiToken: 7 },
      },
      hooks: [{ password: 'p' }, { privateKey: 'k', note: 'secret sauce' }],
    });
    expect(found.map((secret) => secret.where)).toEqual([
      'platforms.credit.appSecret',
      'platforms.exchange.sm4Key',
      'platforms.exchange.apiToken',
      'hooks[0].password',
      'hooks[1].privateKey',
    ]);
  });

  it('accepts references to the environment and leaves column titles and code words alone', () => {
    expect(
      findLiteralSecrets({
        platforms: { credit: { appSecret: { env: 'CREDIT_SECRET' } } },
        streams: [{ mapping: { columns: { token: 'recordId' }, synonyms: { kind: { secret: 'fine' } } } }],
        emptySecret: '',
        nullPassword: null,
      }),
    ).toEqual([]);
  });
});
