import { createHash } from 'node:crypto';
import { validateXML } from 'xmllint-wasm';
import { readContractText } from './contracts.js';

/** The encoding named in the XML declaration, upper-cased; `UTF-8` when there is none. */
export function declaredEncoding(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.subarray(0, 200)).toString('latin1');
  const match = /^<\?xml[^>]*\sencoding=["']([A-Za-z0-9._-]+)["']/.exec(head);
  return (match?.[1] ?? 'UTF-8').toUpperCase();
}

/** The message as text, decoded with its declared encoding. */
export function decodeMessage(bytes: Uint8Array): string {
  return new TextDecoder(declaredEncoding(bytes).toLowerCase(), { fatal: true }).decode(bytes);
}

/**
 * The byte range of the Body element as sent: from the `<` of its start tag through the `>` of its end
 * tag (exchange-envelope.md, "Body digest"). Searching the Latin-1 view is safe for UTF-8, GB18030 and
 * GBK: none of their multi-byte sequences contains the byte `<`.
 */
export function bodyRange(bytes: Uint8Array): { start: number; end: number; qname: string } {
  const view = Buffer.from(bytes).toString('latin1');
  const open = /<((?:[A-Za-z_][\w.-]*:)?Body)>/.exec(view);
  if (!open?.[1]) throw new Error('no Body start tag');
  const qname = open[1];
  const close = view.indexOf(`</${qname}>`, open.index);
  if (close < 0) throw new Error(`no </${qname}> end tag`);
  return { start: open.index, end: close + qname.length + 3, qname };
}

/** Hex SM3 or SHA-256 of the Body bytes. */
export function bodyDigest(bytes: Uint8Array, algorithm: string): string {
  const { start, end } = bodyRange(bytes);
  const hash = algorithm === 'SM3' ? 'sm3' : 'sha256';
  return createHash(hash).update(bytes.subarray(start, end)).digest('hex');
}

/** The text of the first element with this local name (any prefix), or undefined. */
export function elementText(text: string, localName: string): string | undefined {
  return new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${localName}>([^<]*)</`).exec(text)?.[1];
}

/** How many start tags of this local name (any prefix) the text has. */
export function countElements(text: string, localName: string): number {
  return text.match(new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${localName}>`, 'g'))?.length ?? 0;
}

const xsd = readContractText('exchange-envelope.xsd');

/**
 * Validates a message against exchange-envelope.xsd with libxml2 (xmllint-wasm). The wasm build reads
 * UTF-8 only, so a message in another declared encoding is decoded and re-declared as UTF-8 first; its
 * digest is checked on the original bytes elsewhere.
 */
export async function validateAgainstXsd(bytes: Uint8Array, fileName: string): Promise<string[]> {
  const encoding = declaredEncoding(bytes);
  const contents =
    encoding === 'UTF-8'
      ? Buffer.from(bytes).toString('utf8')
      : decodeMessage(bytes).replace(/encoding=["'][^"']+["']/, 'encoding="UTF-8"');
  const result = await validateXML({
    xml: [{ fileName, contents }],
    schema: [{ fileName: 'exchange-envelope.xsd', contents: xsd }],
  });
  return result.valid ? [] : result.errors.map((error) => error.message);
}
