import {
  CREDIT_PLATFORM_OPERATION_METHODS,
  type CreditPlatformOperation,
} from './credit-platform-operations.js';
import type { CreditPlatformProfile } from './credit-platform-profile.js';
import {
  type CompiledPathTemplate,
  compareSpecificity,
  compilePathTemplate,
} from './internal/path-template.js';

/** An operation recognised from a request line, with its decoded path parameters. */
export interface PathMatch {
  readonly op: CreditPlatformOperation;
  readonly params: Readonly<Record<string, string>>;
}

interface Route {
  readonly op: CreditPlatformOperation;
  readonly method: string;
  readonly compiled: CompiledPathTemplate;
}

const compiledRoutes = new WeakMap<CreditPlatformProfile, readonly Route[]>();

/**
 * Recognises the operation a request addresses under a profile: the method and the raw path (as sent,
 * without the query) against every operation's template. A literal segment wins over a placeholder, so
 * `/api/v1/credit-repairs/changes` is the feed, not the repair called `changes`. Path parameters are
 * percent-decoded. `undefined` when nothing matches (or a parameter does not decode).
 *
 * @example
 * matchPath(DEFAULT_CREDIT_PLATFORM_PROFILE, 'GET', '/api/v1/credit-reports/tasks/3f1c2b7a');
 * // { op: 'reportTask', params: { taskId: '3f1c2b7a' } }
 */
export function matchPath(
  profile: CreditPlatformProfile,
  method: string,
  path: string,
): PathMatch | undefined {
  const wanted = method.toUpperCase();
  for (const route of routesOf(profile)) {
    if (route.method !== wanted) continue;
    const match = route.compiled.regex.exec(path);
    if (match === null) continue;
    const params: Record<string, string> = {};
    try {
      route.compiled.params.forEach((name, index) => {
        params[name] = decodeURIComponent(match[index + 1] as string);
      });
    } catch {
      return undefined;
    }
    return { op: route.op, params };
  }
  return undefined;
}

function routesOf(profile: CreditPlatformProfile): readonly Route[] {
  let routes = compiledRoutes.get(profile);
  if (routes === undefined) {
    routes = (Object.entries(profile.paths) as [CreditPlatformOperation, string][])
      .map(([op, template]) => ({
        op,
        method: CREDIT_PLATFORM_OPERATION_METHODS[op],
        compiled: compilePathTemplate(template),
      }))
      .sort((a, b) => compareSpecificity(a.compiled, b.compiled));
    compiledRoutes.set(profile, routes);
  }
  return routes;
}
