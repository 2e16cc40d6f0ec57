import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { CreditBridgeError } from '@credit-bridge/core';

/**
 * What identifies a file's content: `sha256:<hex>` of every byte (a checkpoint is a row number, which
 * means nothing in another file). SHA-256 here only recognises a file again; nothing is signed with it.
 *
 * @example
 * await fingerprintFile('处罚2026-03.csv'); // 'sha256:9f86d0…'
 */
export async function fingerprintFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }))
      hash.update(chunk as Buffer);
  } catch (cause) {
    throw new CreditBridgeError({
      code: 'E_SOURCE_READ',
      message: `[runSync] cannot read ${path}: ${(cause as NodeJS.ErrnoException).code ?? 'error'}`,
      details: { path },
      cause,
    });
  }
  return `sha256:${hash.digest('hex')}`;
}
