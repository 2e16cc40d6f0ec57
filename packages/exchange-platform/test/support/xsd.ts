import { readFileSync } from 'node:fs';
import { validateXML } from 'xmllint-wasm';

const xsd = readFileSync(
  new URL('../../../../docs/contracts/exchange-envelope.xsd', import.meta.url),
  'utf8',
);

/** The encoding named in the XML declaration, upper-cased; `UTF-8` when there is none. */
export function declaredEncoding(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.subarray(0, 200)).toString('latin1');
  return (/^<\?xml[^>]*\sencoding=["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1] ?? 'UTF-8').toUpperCase();
}

/**
 * Validates messages against exchange-envelope.xsd with libxml2 (xmllint-wasm), one call for all. The
 * wasm build reads UTF-8 only, so a message in another declared encoding is decoded and re-declared as
 * UTF-8 first (its digest is checked on the original bytes by the codec).
 */
export async function xsdErrors(messages: readonly Uint8Array[]): Promise<string[]> {
  if (messages.length === 0) return [];
  const xml = messages.map((bytes, index) => {
    const encoding = declaredEncoding(bytes);
    const contents =
      encoding === 'UTF-8'
        ? Buffer.from(bytes).toString('utf8')
        : new TextDecoder(encoding.toLowerCase(), { fatal: true })
            .decode(bytes)
            .replace(/encoding=["'][^"']+["']/, 'encoding="UTF-8"');
    return { fileName: `message-${index}.xml`, contents };
  });
  const result = await validateXML({ xml, schema: [{ fileName: 'exchange-envelope.xsd', contents: xsd }] });
  return result.valid ? [] : result.errors.map((error) => error.message);
}
