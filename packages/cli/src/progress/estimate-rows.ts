import { open } from 'node:fs/promises';

/**
 * Estimates a CSV or JSONL file's data rows by counting line feeds (less the header for CSV), for the
 * progress bar and ETA: fast (the bytes are only scanned), and exact unless fields hold line breaks.
 * Undefined for other formats or an unreadable file.
 *
 * @example
 * await estimateRows('/data/处罚.csv', 'csv'); // 5000
 */
export async function estimateRows(
  path: string,
  format: 'csv' | 'jsonl' | 'xlsx',
): Promise<number | undefined> {
  if (format === 'xlsx') return undefined;
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(path, 'r');
    const buffer = Buffer.allocUnsafe(1 << 20);
    let lines = 0;
    let last = 0x0a;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      for (let index = 0; index < bytesRead; index += 1) if (buffer[index] === 0x0a) lines += 1;
      last = buffer[bytesRead - 1] ?? last;
    }
    if (last !== 0x0a) lines += 1;
    return Math.max(0, format === 'csv' ? lines - 1 : lines);
  } catch {
    return undefined;
  } finally {
    await handle?.close();
  }
}
