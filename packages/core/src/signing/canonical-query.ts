/** Query parameters in any of the shapes callers and servers hold them. */
export type QueryInput =
  | Readonly<Record<string, string | readonly string[]>>
  | URLSearchParams
  | Iterable<readonly [string, string]>;

/**
 * Percent-encodes per RFC 3986 §2.3: everything except the unreserved set `A-Z a-z 0-9 - . _ ~`.
 * `encodeURIComponent` leaves `!'()*` alone (they are reserved sub-delims), so they are escaped here.
 *
 * @example
 * percentEncode("a b*(c)"); // 'a%20b%2A%28c%29'
 */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** Flattens any query shape into `[name, value]` pairs; a repeated parameter gives one pair per value. */
export function queryPairs(query: QueryInput | undefined): [string, string][] {
  if (query === undefined) return [];
  if (query instanceof URLSearchParams || Symbol.iterator in query) {
    return Array.from(query as Iterable<readonly [string, string]>, ([name, value]) => [name, value]);
  }
  const pairs: [string, string][] = [];
  for (const [name, value] of Object.entries(query)) {
    if (typeof value === 'string') pairs.push([name, value]);
    else for (const item of value) pairs.push([name, item]);
  }
  return pairs;
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The canonical query of the signing contract: each `name=value` percent-encoded per RFC 3986, sorted by
 * encoded name then encoded value (code-unit order, which for encoded text is ASCII order), joined with `&`;
 * empty when none. The transport sends exactly this string, so what is signed is what goes on the wire.
 *
 * @example
 * canonicalQuery({ b: '2', a: ['y', 'x'] }); // 'a=x&a=y&b=2'
 */
export function canonicalQuery(query: QueryInput | undefined): string {
  return queryPairs(query)
    .map(([name, value]) => [percentEncode(name), percentEncode(value)] as const)
    .sort(
      ([nameA, valueA], [nameB, valueB]) =>
        compareCodeUnits(nameA, nameB) || compareCodeUnits(valueA, valueB),
    )
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
}
