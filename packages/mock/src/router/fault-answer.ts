import type { FaultSpec } from '../state/faults/fault.js';
import { type Answer, type EnvelopeContext, failureAnswer } from './answer.js';

const GATEWAY_PAGE = `<html>
<head><title>502 Bad Gateway</title></head>
<body>
<center><h1>502 Bad Gateway</h1></center>
<hr><center>nginx</center>
</body>
</html>
`;

/** Faults that lose the answer (or the request): everything but `latency` and `dribble`. */
export function losesAnswer(fault: FaultSpec): boolean {
  return fault.kind !== 'latency' && fault.kind !== 'dribble';
}

/**
 * The answer a fault gives. `real` is the answer the platform produced (fault timing `afterCommit`); without
 * it (timing `before`) the damaged faults start from a 200 failure envelope that says the platform never saw
 * the request.
 */
export function faultAnswer(context: EnvelopeContext, fault: FaultSpec, real: Answer | undefined): Answer {
  const retryAfter = (seconds: number | undefined): Record<string, string> =>
    seconds === undefined ? {} : { 'retry-after': String(seconds) };
  const base = (): Answer => {
    if (real !== undefined) return real;
    const unseen = failureAnswer(context, {
      status: 503,
      gateway: 'failure',
      errorCode: 'E_UNAVAILABLE',
      message: 'service unavailable',
    });
    return { ...unseen, response: { ...unseen.response, status: 200 } };
  };
  switch (fault.kind) {
    case 'status':
      return failureAnswer(context, {
        status: fault.status,
        gateway: 'failure',
        errorCode: fault.status === 500 ? 'E_INTERNAL' : 'E_UNAVAILABLE',
        message: fault.status === 500 ? 'internal error' : 'service unavailable',
        headers: retryAfter(fault.retryAfterSeconds),
      });
    case 'rate-limit':
      return failureAnswer(context, {
        status: 429,
        gateway: 'failure',
        errorCode: 'E_RATE_LIMITED',
        message: 'too many requests',
        headers: retryAfter(fault.retryAfterSeconds ?? 1),
      });
    case 'html-gateway':
      // The page comes from a gateway in front of the platform, so always-200 does not flatten it.
      return {
        logicalStatus: 502,
        response: {
          status: 502,
          headers: { 'content-type': 'text/html' },
          body: new TextEncoder().encode(GATEWAY_PAGE),
        },
      };
    case 'reset': {
      const answer = base();
      return { ...answer, response: { ...answer.response, fault: { kind: 'reset' } } };
    }
    case 'truncated': {
      const answer = base();
      const sendBytes = Math.floor(answer.response.body.length / 2);
      return { ...answer, response: { ...answer.response, fault: { kind: 'truncated', sendBytes } } };
    }
    case 'malformed-json': {
      const answer = base();
      return { ...answer, response: { ...answer.response, body: malformJson(answer.response.body) } };
    }
    case 'malformed-xml': {
      const answer = base();
      return { ...answer, response: { ...answer.response, body: malformXml(answer.response.body) } };
    }
    case 'latency':
      return base();
    case 'dribble': {
      const answer = base();
      const chunkBytes = fault.chunkBytes ?? 16;
      const intervalMs = fault.intervalMs ?? 50;
      return {
        ...answer,
        response: { ...answer.response, fault: { kind: 'dribble', chunkBytes, intervalMs } },
      };
    }
  }
}

// A trailing comma before the closing brace: almost JSON, which is what broken serialisers send.
function malformJson(body: Uint8Array): Uint8Array {
  const text = new TextDecoder().decode(body);
  const end = text.lastIndexOf('}');
  const damaged = end === -1 ? `${text},` : `${text.slice(0, end)},${text.slice(end)}`;
  return new TextEncoder().encode(damaged);
}

// The last end tag cut off (`</Message>` of a receipt): the root is never closed, as when a gateway or a
// serialiser stops early. A body without end tags (JSON) is damaged as malformed JSON.
function malformXml(body: Uint8Array): Uint8Array {
  const text = new TextDecoder().decode(body);
  const end = text.lastIndexOf('</');
  return end === -1 ? malformJson(body) : new TextEncoder().encode(text.slice(0, end));
}
