import { EXCHANGE_MESSAGE_TYPES } from '@credit-bridge/core';
import { z } from 'zod';

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
// RFC 4648 §4 with padding, as the contract's `payload` says.
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** An opaque position in the inbox (`Cursor`). */
export const cursorSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,200}$/, { message: 'a cursor of 1–200 [A-Za-z0-9_-]' });

/** One inbox item (`InboxItem`): the listing's view of a message and its exact bytes in base64. */
export const inboxItemSchema = z.strictObject({
  cursor: cursorSchema,
  messageId: z.string().regex(UUID, { message: 'a UUID' }),
  correlationId: z.string().max(128).optional(),
  messageType: z.enum(EXCHANGE_MESSAGE_TYPES),
  senderCode: z.string().regex(/^[0-9A-Z]{18}$/),
  receiverCode: z.string().regex(/^[0-9A-Z]{18}$/),
  resourceCode: z
    .string()
    .regex(/^[A-Z0-9][A-Z0-9-]{2,63}$/)
    .optional(),
  sendTime: z.string().min(1),
  receivedAt: z.string().min(1),
  deliveryCount: z.number().int().min(1),
  contentType: z.string().min(1),
  payload: z.string().regex(BASE64, { message: 'base64 with padding (RFC 4648 §4)' }),
});

/** One inbox item, as listed. */
export type InboxItem = z.infer<typeof inboxItemSchema>;

/** The answer to an acknowledgement (`Ack`). */
export const ackSchema = z.strictObject({
  messageId: z.string().regex(UUID, { message: 'a UUID' }),
  acknowledgedAt: z.string().min(1),
});
