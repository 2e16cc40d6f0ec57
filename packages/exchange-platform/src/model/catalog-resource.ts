import { EXCHANGE_MESSAGE_TYPES } from '@credit-bridge/core';
import { z } from 'zod';

/** One resource of the catalog (资源目录), the contract's `CatalogResource`. */
export const catalogResourceSchema = z.strictObject({
  /** E.g. `WH-XZCF`: what `publish` names as `resourceCode`. */
  resourceCode: z.string().regex(/^[A-Z0-9][A-Z0-9-]{2,63}$/),
  name: z.string().max(200),
  description: z.string().max(2000).optional(),
  messageType: z.enum(EXCHANGE_MESSAGE_TYPES),
  schemaVersion: z.string().regex(/^1\.[0-9]{1,3}$/),
  /** USCC of the department that maintains the resource. */
  providerCode: z.string().regex(/^[0-9A-Z]{18}$/),
  providerName: z.string().max(200),
  updateCycle: z.enum(['realtime', 'daily', 'weekly', 'monthly']).optional(),
  /** 无条件共享 or 有条件共享 (a query needs purpose and authorisation). */
  sharing: z.enum(['unconditional', 'conditional']).optional(),
  /** Wire names of the record columns. */
  fields: z.array(z.string().regex(/^[A-Z][A-Z0-9_]*$/)),
});

/** One resource of the catalog. */
export type CatalogResource = z.infer<typeof catalogResourceSchema>;
