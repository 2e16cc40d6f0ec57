/** A path into a record, as in `ValidationIssue.path`. */
export type IssuePath = readonly (string | number)[];

/** The value at `path` in an unknown input, or `undefined`. */
export function readPath(input: unknown, path: IssuePath): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** The string at `path`, or `undefined` when it is absent or not a string. */
export function readString(input: unknown, path: IssuePath): string | undefined {
  const value = readPath(input, path);
  return typeof value === 'string' ? value : undefined;
}

/** The array at `path`, or an empty array. */
export function readArray(input: unknown, path: IssuePath): readonly unknown[] {
  const value = readPath(input, path);
  return Array.isArray(value) ? value : [];
}
