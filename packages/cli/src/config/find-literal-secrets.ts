import { formatConfigPath } from './format-config-path.js';

// Keys whose value is a credential; `appKey` names the app and is not one.
const SECRET_KEY =
  /secret|password|passwd|passphrase|token|credential|private[-_]?key|sm4[-_]?key|api[-_]?key/i;
// Under these keys the keys are data (source column titles, code words), not settings.
const DATA_MAPS = new Set(['columns', 'synonyms', 'values', 'constants']);

/** A secret written into a config file, by where it is (never by its value). */
export interface LiteralSecret {
  readonly path: readonly (string | number)[];
  /** `platforms.credit.appSecret`. */
  readonly where: string;
}

/**
 * Finds every secret-looking key (`secret`, `appSecret`, `password`, `token`, `privateKey`, …) whose
 * value is written out rather than referenced as `{ env: NAME }`. Config files end up in version
 * control and backups; secrets must come from the environment.
 *
 * @example
 * findLiteralSecrets({ platforms: { credit: { appSecret: 'abc' } } });
 * // [{ path: ['platforms', 'credit', 'appSecret'], where: 'platforms.credit.appSecret' }]
 */
export function findLiteralSecrets(config: unknown): LiteralSecret[] {
  const found: LiteralSecret[] = [];
  const visit = (value: unknown, path: (string | number)[]): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        visit(item, [...path, index]);
      });
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const parent = path.at(-1);
    if (typeof parent === 'string' && DATA_MAPS.has(parent)) return;
    for (const [key, child] of Object.entries(value)) {
      const childPath = [...path, key];
      if (SECRET_KEY.test(key) && isLiteral(child)) {
        found.push({ path: childPath, where: formatConfigPath(childPath) });
      } else visit(child, childPath);
    }
  };
  visit(config, []);
  return found;
}

function isLiteral(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.length > 0;
  return typeof value !== 'object';
}
