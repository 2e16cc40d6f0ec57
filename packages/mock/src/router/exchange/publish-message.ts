import { shanghaiSeconds } from '../../state/credit/shanghai-seconds.js';
import type { PublishOutcome } from '../../state/exchange/exchange-types.js';
import { readEnvelopeHeader } from '../../state/exchange/read-envelope-header.js';
import { type Answer, failureAnswer } from '../answer.js';
import type { JournalExtras } from '../journal-request.js';
import { payloadTooLargeAnswer, readContentType, unsupportedMediaTypeAnswer } from '../request-input.js';
import type { Handled } from '../serve-request.js';
import type { ExchangeContext } from './exchange-context.js';

const REFUSAL_MESSAGES: Readonly<Record<string, string>> = {
  E_XML_MALFORMED: 'the message is not well-formed XML',
  E_XML_DOCTYPE: 'DOCTYPE is not allowed',
  E_XML_SCHEMA: 'the Header does not match exchange-envelope.xsd',
};

/**
 * `publishMessage`: an XML message of at most the profile's size, `application/xml` with a declared
 * encoding among the profile's charsets (and a `charset`, when given, naming the same); 200 with the
 * RECEIPT message, or a JSON error when no receipt can be addressed (400 `E_XML_*`, 409 for a
 * `messageId` published before with other bytes, 413, 415).
 */
export function publishMessage(context: ExchangeContext): Handled {
  const { profile, platform, body } = context;
  const declared = readEnvelopeHeader(body);
  const journal: JournalExtras = {
    requestBody: { ...declared.fields, encoding: declared.encoding, bytes: body.length },
    ...(declared.fields.messageId === undefined ? {} : { messageId: declared.fields.messageId }),
  };
  const refused = checkRequest(context, declared.encoding);
  if (refused !== undefined) return { answer: refused, journal };
  const outcome = platform.state.publish(context.department.code, body);
  if (outcome.kind === 'receipt') {
    const answer: Answer & { replayed?: boolean } = {
      response: {
        status: 200,
        headers: { 'content-type': profile.contentTypes.receipt, 'x-request-id': context.requestId },
        body: outcome.receipt,
      },
      logicalStatus: 200,
      ...(outcome.replayed ? { replayed: true } : {}),
    };
    return { answer, journal: { ...journal, messageId: outcome.messageId, receiptStatus: outcome.status } };
  }
  return { answer: failureOf(context, outcome), journal };
}

function checkRequest(context: ExchangeContext, encoding: string): Answer | undefined {
  const { profile, body, header } = context;
  if (body.length > profile.limits.maxBodyBytes)
    return payloadTooLargeAnswer(context, profile.limits.maxBodyBytes);
  const sent = header('content-type') ?? '';
  const contentType = readContentType(sent);
  const wanted = readContentType(profile.contentTypes.message).mediaType;
  if (contentType.mediaType !== wanted) {
    const got = sent === '' ? 'no Content-Type' : `got ${sent.slice(0, 100)}`;
    return unsupportedMediaTypeAnswer(context, `Content-Type must be ${wanted}`, 'Content-Type', got);
  }
  const charsets: readonly string[] = profile.charsets;
  if (!charsets.includes(encoding)) {
    return unsupportedMediaTypeAnswer(
      context,
      `encoding must be ${charsets.join(', ')}`,
      'encoding',
      `got ${encoding.slice(0, 40)}`,
    );
  }
  if (contentType.charset !== undefined && contentType.charset.toUpperCase() !== encoding) {
    return unsupportedMediaTypeAnswer(
      context,
      'the charset of Content-Type must name the encoding of the XML declaration',
      'charset',
      `charset ${contentType.charset.slice(0, 40)}, declared ${encoding}`,
    );
  }
  return undefined;
}

function failureOf(context: ExchangeContext, outcome: Exclude<PublishOutcome, { kind: 'receipt' }>): Answer {
  if (outcome.kind === 'mismatch') {
    return failureAnswer(context, {
      status: 409,
      gateway: 'failure',
      errorCode: 'E_IDEMPOTENCY_MISMATCH',
      message: 'messageId already used with a different message',
      details: [
        {
          code: 'E_IDEMPOTENCY_MISMATCH',
          field: 'messageId',
          message: `first published ${shanghaiSeconds(outcome.firstPublishedAt)}`,
        },
      ],
    });
  }
  const { code, issue } = outcome;
  switch (code) {
    case 'E_PAYLOAD_TOO_LARGE':
      return payloadTooLargeAnswer(context, context.profile.limits.maxBodyBytes);
    case 'E_UNSUPPORTED_MEDIA_TYPE':
      return unsupportedMediaTypeAnswer(
        context,
        'the XML encoding is not supported',
        'encoding',
        issue.message,
      );
    case 'E_XML_MALFORMED':
    case 'E_XML_DOCTYPE':
    case 'E_XML_SCHEMA':
      return failureAnswer(context, {
        status: 400,
        gateway: 'dataError',
        errorCode: code,
        message: REFUSAL_MESSAGES[code] ?? issue.message,
        details: [issue],
      });
  }
}
