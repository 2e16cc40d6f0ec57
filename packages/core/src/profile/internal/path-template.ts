const PARAM = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

/** A path template turned into an anchored regular expression. */
export interface CompiledPathTemplate {
  readonly template: string;
  readonly regex: RegExp;
  /** Parameter names in order of appearance. */
  readonly params: readonly string[];
  /** Per segment: 0 literal, 1 holds a parameter; the lexically smaller array is the more specific. */
  readonly specificity: readonly number[];
}

/**
 * What is wrong with a path template, if anything: it must start with `/`, hold no query, fragment,
 * whitespace or empty segment, and use `{name}` placeholders only, each name once.
 */
export function pathTemplateProblems(template: string): string[] {
  const problems: string[] = [];
  if (!template.startsWith('/')) problems.push('must start with "/"');
  if (/[?#\s]/.test(template)) problems.push('must not contain "?", "#" or whitespace');
  if (template.length > 1 && template.slice(1).split('/').includes('')) problems.push('has an empty segment');
  if (/[{}]/.test(template.replace(PARAM, '')))
    problems.push('has a "{" or "}" outside a {name} placeholder');
  const params = templateParams(template);
  if (new Set(params).size !== params.length) problems.push('repeats a placeholder');
  return problems;
}

/** The placeholder names of a template, in order. */
export function templateParams(template: string): string[] {
  return Array.from(template.matchAll(PARAM), (match) => match[1] as string);
}

/** Compiles a template (assumed valid) into a matcher. */
export function compilePathTemplate(template: string): CompiledPathTemplate {
  let source = '';
  let last = 0;
  for (const match of template.matchAll(PARAM)) {
    source += `${escapeRegExp(template.slice(last, match.index))}([^/]+)`;
    last = match.index + match[0].length;
  }
  source += escapeRegExp(template.slice(last));
  const specificity = template
    .split('/')
    .slice(1)
    .map((segment) => (segment.includes('{') ? 1 : 0));
  return { template, regex: new RegExp(`^${source}$`), params: templateParams(template), specificity };
}

/** Orders compiled templates so that literal segments win over placeholders at the same position. */
export function compareSpecificity(a: CompiledPathTemplate, b: CompiledPathTemplate): number {
  const length = Math.max(a.specificity.length, b.specificity.length);
  for (let index = 0; index < length; index += 1) {
    const difference = (a.specificity[index] ?? 0) - (b.specificity[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** The template with every placeholder replaced by `{}`: two templates with equal shapes are ambiguous. */
export function templateShape(template: string): string {
  return template.replace(PARAM, '{}');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An operation recognised from a request line, with its decoded path parameters. */
export interface OperationMatch<Op extends string> {
  readonly op: Op;
  readonly params: Readonly<Record<string, string>>;
}

interface Route {
  readonly op: string;
  readonly method: string;
  readonly compiled: CompiledPathTemplate;
}

// Keyed by a profile's (frozen) `paths` object, so each profile compiles its templates once.
const routeTables = new WeakMap<object, readonly Route[]>();

/**
 * Recognises the operation a request line addresses among `paths`: the method (case-insensitive) and the
 * raw path against every template, the more specific first (a literal segment wins over a placeholder).
 * Path parameters are percent-decoded; `undefined` when nothing matches or a parameter does not decode.
 */
export function matchOperationPath<Op extends string>(
  paths: Readonly<Record<Op, string>>,
  methods: Readonly<Record<Op, string>>,
  method: string,
  path: string,
): OperationMatch<Op> | undefined {
  const wanted = method.toUpperCase();
  for (const route of routesOf(paths, methods)) {
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
    return { op: route.op as Op, params };
  }
  return undefined;
}

/**
 * Fills a template's `{param}` placeholders with the percent-encoded values; `missing` is called (and
 * must throw) for a placeholder without a value or with an empty one.
 */
export function fillPathTemplate(
  template: string,
  params: Readonly<Record<string, string>>,
  missing: (name: string) => never,
): string {
  return template.replace(PARAM, (_placeholder, name: string) => {
    const value = params[name];
    if (value === undefined || value === '') return missing(name);
    return encodeURIComponent(value);
  });
}

function routesOf(paths: Readonly<Record<string, string>>, methods: Readonly<Record<string, string>>) {
  let routes = routeTables.get(paths);
  if (routes === undefined) {
    routes = Object.entries(paths)
      .map(([op, template]) => ({
        op,
        method: methods[op] ?? 'GET',
        compiled: compilePathTemplate(template),
      }))
      .sort((a, b) => compareSpecificity(a.compiled, b.compiled));
    routeTables.set(paths, routes);
  }
  return routes;
}
