import { z } from 'zod';
import type { ExchangeCaller } from '../internal/create-exchange-caller.js';
import { type CatalogResource, catalogResourceSchema } from '../model/catalog-resource.js';

const catalogSchema = z.strictObject({ items: z.array(catalogResourceSchema) });

/**
 * `catalog`: the resources that can be published and queried (资源目录), with their message types,
 * providers, sharing conditions and columns, validated against the contract.
 *
 * @example
 * const resources = await client.catalog();
 * const penalties = resources.find((resource) => resource.messageType === 'XZCF')?.resourceCode; // 'WH-XZCF'
 */
export async function catalog(
  caller: ExchangeCaller,
  options: { signal?: AbortSignal | undefined } = {},
): Promise<CatalogResource[]> {
  const answer = await caller.json({
    op: 'getCatalog',
    operation: 'catalog',
    signal: options.signal,
    data: catalogSchema,
  });
  return answer.data.items;
}
