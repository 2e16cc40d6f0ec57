import type { CreditPlatform } from '../../platform/create-credit-platform.js';
import type { EnvelopeContext } from '../answer.js';

/** What an operation handler gets: the platform, the request's parts, and the envelope context. */
export interface OperationContext extends EnvelopeContext {
  readonly platform: CreditPlatform;
  /** Decoded path parameters. */
  readonly params: Readonly<Record<string, string>>;
  /** Decoded query pairs in the order sent. */
  readonly query: readonly (readonly [string, string])[];
  readonly header: (name: string) => string | undefined;
  readonly body: Uint8Array;
}
