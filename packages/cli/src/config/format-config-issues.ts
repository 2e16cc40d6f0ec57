import { z } from 'zod';
import { closestWord } from './closest-word.js';

/** One problem in a config, at the path a person can find it. */
export interface ConfigIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

type Issue = z.core.$ZodIssue;

/**
 * Turns zod's issues into one readable problem per place: an unknown key names the key (and the key
 * it was probably meant to be), an unknown transform or option names the value, and of a union's
 * alternatives only the one the value was meant to be is reported. Values are never copied when the
 * issue is about a secret.
 *
 * @example
 * formatConfigIssues(configSchema.safeParse(raw, { reportInput: true }).error.issues, configSchema);
 */
export function formatConfigIssues(issues: readonly Issue[], schema: z.ZodType): ConfigIssue[] {
  return issues.flatMap((issue) => describe(issue, [], schema));
}

function describe(issue: Issue, prefix: readonly PropertyKey[], schema: z.ZodType): ConfigIssue[] {
  const path = [...prefix, ...issue.path].filter((key): key is string | number => typeof key !== 'symbol');
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const suggestion = closestWord(key, knownKeysAt(schema, path));
        const hint = suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`;
        return { path: [...path, key], message: `unknown key${hint}` };
      });
    case 'invalid_union': {
      const discriminator = (issue as { discriminator?: string }).discriminator;
      if (discriminator !== undefined) return [unknownDiscriminator(issue, path, input)];
      if (input === undefined) return [{ path, message: 'required' }];
      const branches = issue.errors.filter(
        (branch) => !branch.every((inner) => inner.code === 'invalid_type' && inner.path.length === 0),
      );
      const [chosen] = branches;
      if (branches.length === 1 && chosen !== undefined)
        return chosen.flatMap((inner) => describe(inner, path, schema));
      const expected = issue.errors.flatMap((branch) =>
        branch.flatMap((inner) => (inner.code === 'invalid_type' ? [inner.expected] : [])),
      );
      return [{ path, message: `expected ${[...new Set(expected)].join(' or ')}, got ${typeName(input)}` }];
    }
    case 'invalid_type':
      return [
        input === undefined
          ? { path, message: 'required' }
          : { path, message: `expected ${issue.expected}, got ${typeName(input)}` },
      ];
    case 'invalid_value': {
      if (input === undefined) return [{ path, message: 'required' }];
      const options = issue.values.map((value) => String(value));
      const suggestion = typeof input === 'string' ? closestWord(input, options) : undefined;
      const hint = suggestion === undefined ? '' : `; did you mean "${suggestion}"?`;
      return [{ path, message: `${JSON.stringify(input)} is not one of ${options.join(', ')}${hint}` }];
    }
    default:
      return [{ path, message: issue.message.replace(/^Invalid input: /, '') }];
  }
}

// A transform is identified by its `type`: the problem is reported at the column that names it, as
// `columns.罚款金额: unknown transform "amout"`.
function unknownDiscriminator(issue: Issue, path: (string | number)[], input: unknown): ConfigIssue {
  const options = ((issue as { options?: unknown[] }).options ?? []).map(String);
  const value = typeof input === 'object' && input !== null ? (input as Record<string, unknown>).type : input;
  const at = path.lastIndexOf('transform');
  const what = at >= 0 ? 'transform' : 'type';
  const suggestion = typeof value === 'string' ? closestWord(value, options) : undefined;
  const hint = suggestion === undefined ? `one of ${options.join(', ')}` : `did you mean "${suggestion}"?`;
  return {
    path: at >= 0 ? path.slice(0, at) : path.filter((key) => key !== 'type'),
    message: `unknown ${what} ${JSON.stringify(value)} (${hint})`,
  };
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}

function knownKeysAt(schema: z.ZodType, path: readonly (string | number)[]): string[] {
  let current: z.ZodType[] = [schema];
  for (const key of path) current = current.flatMap((node) => childrenOf(node, key));
  return current.flatMap((node) => {
    const object = unwrap(node);
    return object instanceof z.ZodObject ? Object.keys(object.shape) : [];
  });
}

function childrenOf(node: z.ZodType, key: string | number): z.ZodType[] {
  const inner = unwrap(node);
  if (inner instanceof z.ZodUnion)
    return inner.options.flatMap((option) => childrenOf(option as z.ZodType, key));
  if (inner instanceof z.ZodArray) return [inner.element as z.ZodType];
  if (inner instanceof z.ZodRecord) return [inner.valueType as z.ZodType];
  if (inner instanceof z.ZodObject) {
    const child = (inner.shape as Record<string, z.ZodType>)[String(key)];
    return child === undefined ? [] : [child];
  }
  return [];
}

function unwrap(node: z.ZodType): z.ZodType {
  let current = node;
  while (current instanceof z.ZodOptional || current instanceof z.ZodNullable)
    current = current.unwrap() as z.ZodType;
  return current;
}
