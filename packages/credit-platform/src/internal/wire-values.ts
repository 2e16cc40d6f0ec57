import { z } from 'zod';

// ISO 8601 with seconds and an offset; the contract writes +08:00, other offsets still read.
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;

/** A `date-time` of the contract. */
export const timestampSchema = z
  .string()
  .regex(ISO_TIMESTAMP, { message: 'an ISO 8601 date-time with an offset' });

/** A `date` of the contract: `YYYY-MM-DD`. */
export const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'a date YYYY-MM-DD' });

/** The contract's `Cursor`: an opaque position in a change feed. */
export const cursorSchema = z.string().regex(/^[A-Za-z0-9_-]{1,200}$/, { message: 'an opaque cursor' });

/** The contract's `Version` (a positive decimal string) read as the domain's number. */
export const versionSchema = z
  .string()
  .regex(/^[1-9][0-9]{0,15}$/, { message: 'a positive version as a decimal string' })
  .transform((text, context) => {
    const version = Number(text);
    if (Number.isSafeInteger(version)) return version;
    context.addIssue({ code: 'custom', message: 'a version within the safe integer range' });
    return z.NEVER;
  });
