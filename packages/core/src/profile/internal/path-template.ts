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
