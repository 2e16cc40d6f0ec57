import { closeSync, openSync, readSync } from 'node:fs';

/**
 * The 100 bytes where SQLite keeps a file's header, read without opening it as a database (the magic
 * string, `user_version` at offset 60 and `application_id` at 68, big-endian), and how many of them
 * the file has: past a shorter file's end the bytes are zero.
 *
 * @example
 * readSqliteHeader('state.db').header.readUInt32BE(60); // the file's schema version
 */
export function readSqliteHeader(path: string): { header: Buffer; length: number } {
  const header = Buffer.alloc(100);
  const fd = openSync(path, 'r');
  try {
    return { header, length: readSync(fd, header, 0, 100, 0) };
  } finally {
    closeSync(fd);
  }
}
