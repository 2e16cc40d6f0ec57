import type { CreditPlatformProfile } from '@credit-bridge/core';
import type { CreditPlatform } from '../../platform/create-credit-platform.js';
import type { InputContext } from '../request-input.js';

/** What an operation handler gets: the platform, the request's parts, and the envelope context. */
export interface OperationContext extends InputContext {
  readonly profile: CreditPlatformProfile;
  readonly platform: CreditPlatform;
  /** Decoded path parameters. */
  readonly params: Readonly<Record<string, string>>;
  readonly header: (name: string) => string | undefined;
}
