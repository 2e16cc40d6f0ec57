import { type Answer, successAnswer } from '../answer.js';
import type { ExchangeContext } from './exchange-context.js';

/**
 * `getCatalog`: 200 `{ items }`, the resources as the contract's `CatalogResource` (what the platform holds
 * of each, `recordCount` and `updatedAt`, is state for the admin API: the contract has no place for it).
 */
export function getCatalog(context: ExchangeContext): Answer {
  const items = context.platform.state
    .catalog()
    .map(({ recordCount: _count, updatedAt: _at, ...resource }) => resource);
  return successAnswer(context, { items });
}
