import type { z } from 'zod';
import type { IssueCollector } from './issue-collector.js';
import { readPath } from './read-path.js';

type ZodIssue = z.core.$ZodIssue;

/** Adds the zod issues of a failed parse to the collector under the toolkit's codes. */
export function addZodIssues(
  collector: IssueCollector,
  input: unknown,
  zodIssues: readonly ZodIssue[],
): void {
  for (const issue of zodIssues) {
    const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        collector.add([...path, key], 'E_UNKNOWN_FIELD', 'is not a field of this record');
      continue;
    }
    const missing = readPath(input, path) === undefined;
    collector.add(path, codeOf(issue, missing), missing ? 'is required' : issue.message);
  }
}

function codeOf(issue: ZodIssue, missing: boolean): string {
  if (missing) return 'E_REQUIRED';
  switch (issue.code) {
    case 'invalid_type':
      return 'E_TYPE';
    case 'invalid_value':
      return 'E_ENUM';
    case 'invalid_union':
      return 'discriminator' in issue ? 'E_ENUM' : 'E_TYPE';
    case 'too_big':
      return issue.origin === 'string' || issue.origin === 'array' ? 'E_TOO_LONG' : 'E_RANGE';
    case 'too_small':
      return issue.origin === 'string' || issue.origin === 'array' ? 'E_REQUIRED' : 'E_RANGE';
    case 'invalid_format':
    case 'not_multiple_of':
      return 'E_FORMAT';
    case 'custom': {
      const code = issue.params?.code;
      return typeof code === 'string' ? code : 'E_FORMAT';
    }
    case 'invalid_key':
    case 'invalid_element':
    case 'unrecognized_keys':
      return 'E_TYPE';
  }
}
