import { redact, redactText } from '@credit-bridge/core';

const MAX_SNIPPET = 300;

/**
 * The start of a body, safe for a message or a log: JSON goes through `redact` (so names beside a
 * natural-person category and keys such as `idNumber` are masked), any other text through `redactText`.
 */
export function maskedSnippet(body: Uint8Array | string | unknown, max = MAX_SNIPPET): string {
  const text =
    typeof body === 'string'
      ? body
      : body instanceof Uint8Array
        ? new TextDecoder('utf-8', { fatal: false }).decode(body)
        : (JSON.stringify(body) ?? String(body));
  let masked: string;
  try {
    masked = JSON.stringify(redact(JSON.parse(text) as unknown));
  } catch {
    masked = redactText(text);
  }
  return masked.length > max ? `${masked.slice(0, max)}…` : masked;
}
