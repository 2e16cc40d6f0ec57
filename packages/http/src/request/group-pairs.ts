/**
 * Query pairs back into a query record, in first-seen order, keeping a repeated parameter as an array.
 *
 * @example
 * groupPairs([['a', '1'], ['b', '2'], ['a', '3']]); // [['a', ['1', '3']], ['b', '2']]
 */
export function groupPairs(pairs: readonly (readonly [string, string])[]): [string, string | string[]][] {
  const grouped = new Map<string, string[]>();
  for (const [name, value] of pairs) grouped.set(name, [...(grouped.get(name) ?? []), value]);
  return Array.from(grouped, ([name, values]) => [
    name,
    values.length === 1 ? (values[0] as string) : values,
  ]);
}
