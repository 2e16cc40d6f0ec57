import type { XmlScan } from './scan-xml-document.js';

/**
 * The byte range of the Body element as sent, `<` of its start tag through `>` of its end tag
 * (exchange-envelope.md, "Body digest"). The scan counted `<` characters; the byte 0x3C is `<` in
 * UTF-8 and in GB18030 and never part of a multi-byte sequence, so the n-th `<` of the text is the
 * n-th 0x3C of the bytes.
 */
export function locateBodyBytes(bytes: Uint8Array, scan: XmlScan): { start: number; end: number } {
  let start = -1;
  for (let seen = 0; seen <= scan.bodyStartLt; seen += 1) start = bytes.indexOf(0x3c, start + 1);
  // The end tag is near the end of the message: count back from there.
  let endLt = bytes.length;
  for (let seen = scan.ltCount; seen > scan.bodyEndLt; seen -= 1) endLt = bytes.lastIndexOf(0x3c, endLt - 1);
  return { start, end: endLt + scan.bodyEndTagLength };
}
