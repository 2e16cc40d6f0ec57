/** The value at a dotted path (`subject.uscc`), or `undefined` when any step is missing. */
export function getPath(source: unknown, path: string): unknown {
  return getPathSteps(source, path.split('.'));
}

/** {@link getPath} with the path already split into its steps (`['subject', 'uscc']`). */
export function getPathSteps(source: unknown, steps: readonly string[]): unknown {
  let current: unknown = source;
  for (const key of steps) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** Sets the value at a dotted path, creating plain objects on the way. */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  setPathSteps(target, path.split('.'), value);
}

/** {@link setPath} with the path already split into its steps. */
export function setPathSteps(
  target: Record<string, unknown>,
  steps: readonly string[],
  value: unknown,
): void {
  let current = target;
  const last = steps.length - 1;
  for (let step = 0; step < last; step += 1) {
    const key = steps[step] as string;
    const next = current[key];
    if (typeof next === 'object' && next !== null && !Array.isArray(next)) {
      current = next as Record<string, unknown>;
    } else {
      const created: Record<string, unknown> = {};
      current[key] = created;
      current = created;
    }
  }
  current[steps[last] as string] = value;
}
