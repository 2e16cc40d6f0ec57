/**
 * Writes a path into a config the way a person reads it: `streams[1].mapping.columns.罚款金额`; a key
 * that is not a plain word is quoted (`columns["罚款 (元)"]`).
 *
 * @example
 * formatConfigPath(['streams', 1, 'mapping', 'columns', '罚款金额']); // 'streams[1].mapping.columns.罚款金额'
 */
export function formatConfigPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (typeof key === 'symbol') text += `[${String(key)}]`;
    else if (/^[\p{L}_$][\p{L}\p{N}_$]*$/u.test(key)) text += text === '' ? key : `.${key}`;
    else text += `[${JSON.stringify(key)}]`;
  }
  return text === '' ? '(top level)' : text;
}
