import { z } from 'zod';
import { timestampSchema, usccSchema } from '../../model/field-schemas.js';
import { EXCHANGE_MESSAGE_TYPES } from './exchange-message-type.js';
import { EXCHANGE_LIMITS } from './exchange-namespace.js';

/** The digest algorithms of `Header/digestAlgorithm`. */
export const EXCHANGE_DIGEST_ALGORITHMS = ['SM3', 'SHA-256'] as const;

/** One of {@link EXCHANGE_DIGEST_ALGORITHMS}. */
export type ExchangeDigestAlgorithm = (typeof EXCHANGE_DIGEST_ALGORITHMS)[number];

/** A count of records or results: 0–500 (the schema's `RecordCount`). */
export const exchangeCountSchema = z.number().int().nonnegative().max(EXCHANGE_LIMITS.maxRecords);

// The patterns are the simple types of exchange-envelope.xsd (Uuid, CorrelationId, RegionCode, …).
const shape = {
  messageId: z
    .string()
    .regex(/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/, {
      message: 'must be a UUID',
    }),
  correlationId: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, {
      message: 'must be 1–128 ASCII letters, digits, ".", "_", ":" or "-"',
    })
    .optional(),
  messageType: z.enum(EXCHANGE_MESSAGE_TYPES),
  schemaVersion: z.string().regex(/^1\.[0-9]{1,3}$/, { message: 'must be 1.x' }),
  senderCode: usccSchema,
  receiverCode: usccSchema,
  regionCode: z.string().regex(/^[0-9]{6}$/, { message: 'must be a six-digit GB/T 2260 code' }),
  /** `xs:dateTime` in China Standard Time, always `+08:00`. */
  sendTime: timestampSchema,
  recordCount: exchangeCountSchema,
  bodyDigest: z.string().regex(/^[0-9a-f]{64}$/, { message: 'must be 64 lower-case hex characters' }),
  digestAlgorithm: z.enum(EXCHANGE_DIGEST_ALGORITHMS),
  resourceCode: z
    .string()
    .regex(/^[A-Z0-9][A-Z0-9-]{2,63}$/, { message: 'must be 3–64 upper-case letters, digits or "-"' })
    .optional(),
};

/**
 * A message `Header` as read from the wire (exchange-envelope.md, "Header"), elements in schema order.
 *
 * @example
 * exchangeHeaderSchema.safeParse(header).success;
 */
export const exchangeHeaderSchema = z.strictObject(shape);

/** A message header as received: every element of the schema, typed. */
export type ExchangeHeader = z.infer<typeof exchangeHeaderSchema>;

/** The header elements in the order the schema's `xs:sequence` fixes. */
export const EXCHANGE_HEADER_ELEMENTS = Object.keys(shape) as readonly (keyof ExchangeHeader)[];

/**
 * What a sender chooses of a header. The codec fills in the rest: `messageType` (from the message),
 * `schemaVersion` (`1.0`), `recordCount`, `bodyDigest` and `digestAlgorithm`.
 *
 * @example
 * exchangeHeaderInputSchema.parse({ messageId, senderCode, receiverCode, regionCode: '420111', sendTime });
 */
export const exchangeHeaderInputSchema = exchangeHeaderSchema.omit({
  messageType: true,
  schemaVersion: true,
  recordCount: true,
  bodyDigest: true,
  digestAlgorithm: true,
});

/** The header fields a sender provides to `encodeExchangeMessage`. */
export type ExchangeHeaderInput = z.infer<typeof exchangeHeaderInputSchema>;
