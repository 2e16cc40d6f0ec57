import { readFileSync } from 'node:fs';
import { validateXML } from 'xmllint-wasm';

const XSD = readFileSync(
  new URL('../../../../docs/contracts/exchange-envelope.xsd', import.meta.url),
  'utf8',
);

/** The encoding named in an XML declaration, upper-cased; `UTF-8` when there is none. */
function declaredEncoding(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.subarray(0, 200)).toString('latin1');
  return (/^<\?xml[^>]*\sencoding=["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1] ?? 'UTF-8').toUpperCase();
}

/**
 * Validates messages against exchange-envelope.xsd with libxml2 (xmllint-wasm), all in one run; returns
 * the problems, each prefixed with the message's name. The wasm build reads UTF-8 only, so a message in
 * another declared encoding is decoded and re-declared as UTF-8 first (as test/contracts/support does).
 */
export async function xsdProblems(
  messages: readonly { name: string; bytes: Uint8Array }[],
): Promise<string[]> {
  if (messages.length === 0) return ['no messages to validate'];
  const xml = messages.map(({ name, bytes }, index) => {
    const encoding = declaredEncoding(bytes);
    const contents =
      encoding === 'UTF-8'
        ? Buffer.from(bytes).toString('utf8')
        : new TextDecoder(encoding.toLowerCase(), { fatal: true })
            .decode(bytes)
            .replace(/encoding=["'][^"']+["']/, 'encoding="UTF-8"');
    return { fileName: `${index}-${name.replace(/[^A-Za-z0-9._-]/g, '_')}.xml`, contents };
  });
  const result = await validateXML({ xml, schema: [{ fileName: 'exchange-envelope.xsd', contents: XSD }] });
  return result.valid ? [] : result.errors.map((error) => `${error.loc?.fileName ?? ''}: ${error.message}`);
}
