import type { ExchangePlatformProfile } from '@credit-bridge/core';
import type { ExchangePlatform } from '../../platform/create-exchange-platform.js';
import type { ExchangeDepartment } from '../../state/exchange/exchange-departments.js';
import type { InputContext } from '../request-input.js';

/** What an exchange operation gets: the platform, the caller's department and the request's parts. */
export interface ExchangeContext extends InputContext {
  readonly profile: ExchangePlatformProfile;
  readonly platform: ExchangePlatform;
  /** The department the signing app key acts for. */
  readonly department: ExchangeDepartment;
  /** Decoded path parameters. */
  readonly params: Readonly<Record<string, string>>;
  readonly header: (name: string) => string | undefined;
}
