import { z } from 'zod';

/** One problem the platform reports: a machine code, the field concerned (a wire name, parameter or header) and a message. */
export interface PlatformIssue {
  code: string;
  field?: string | undefined;
  message: string;
}

/** The contract's `Issue`. */
export const platformIssueSchema: z.ZodType<PlatformIssue> = z.object({
  code: z.string().regex(/^E_[A-Z0-9_]+$/),
  field: z.string().max(200).optional(),
  message: z.string().max(1000),
});
