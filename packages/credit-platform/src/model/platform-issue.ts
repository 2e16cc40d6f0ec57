import { type EnvelopeIssue, envelopeIssueSchema } from '@credit-bridge/core';
import type { z } from 'zod';

/** One problem the platform reports: a machine code, the field concerned (a wire name, parameter or header) and a message. */
export type PlatformIssue = EnvelopeIssue;

/** The contract's `Issue` (core's, shared with the exchange platform's envelope). */
export const platformIssueSchema: z.ZodType<PlatformIssue> = envelopeIssueSchema;
