import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CreditBridgeError } from '@credit-bridge/core';
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { configError } from './config-error.js';

/** A config file's content before validation, and a way to find the line of a path in it. */
export interface ConfigFileContent {
  readonly raw: unknown;
  /** The 1-based line of a path (YAML and JSON files only). */
  lineOf(path: readonly (string | number)[]): number | undefined;
}

const MODULE_EXTENSIONS = new Set(['.js', '.mjs', '.ts', '.mts']);

/**
 * Reads a config file: YAML or JSON through one YAML 1.2 parser (duplicate keys are errors; syntax
 * errors name line and column), or a JavaScript/TypeScript module's default export. A TypeScript
 * config loads where TypeScript can run (under tsx, as in the workspace) or through `tsx` when it is
 * installed.
 *
 * @example
 * const { raw } = await readConfigFile('/etc/credit-bridge/sync.yaml');
 */
export async function readConfigFile(file: string): Promise<ConfigFileContent> {
  const extension = extname(file).toLowerCase();
  if (MODULE_EXTENSIONS.has(extension)) return { raw: await importConfig(file), lineOf: () => undefined };
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new CreditBridgeError({
      code: 'E_CONFIG_NOT_FOUND',
      message: `config ${file} cannot be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      cause: error,
    });
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter, prettyErrors: true });
  if (document.errors.length > 0) {
    throw configError(
      file,
      document.errors.map((error) => ({
        path: [],
        message: error.message.split('\n')[0] ?? error.code,
        ...(error.linePos === undefined ? {} : { line: error.linePos[0].line }),
      })),
      'E_CONFIG_SYNTAX',
    );
  }
  return {
    raw: document.toJS(),
    lineOf(path) {
      // The line of the key that holds the value (where a person looks), else of the nearest parent.
      for (let length = path.length; length > 0; length -= 1) {
        const parent = length === 1 ? document.contents : document.getIn(path.slice(0, length - 1), true);
        const key = path[length - 1];
        let node: unknown;
        if (isMap(parent))
          node = parent.items.find((pair) => isScalar(pair.key) && pair.key.value === key)?.key;
        else if (isSeq(parent) && typeof key === 'number') node = parent.items[key];
        if (isNode(node) && node.range !== undefined && node.range !== null) {
          return lineCounter.linePos(node.range[0]).line;
        }
      }
      return undefined;
    },
  };
}

async function importConfig(file: string): Promise<unknown> {
  const url = pathToFileURL(file).href;
  let module: { default?: unknown };
  try {
    module = (await import(url)) as { default?: unknown };
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'ERR_UNKNOWN_FILE_EXTENSION') throw loadFailure(file, error);
    module = await importTypeScript(file, url);
  }
  if (module.default === undefined) {
    throw new CreditBridgeError({
      code: 'E_CONFIG',
      message: `config ${file}: export the config as the module's default export (export default defineConfig({ … }))`,
    });
  }
  return module.default;
}

async function importTypeScript(file: string, url: string): Promise<{ default?: unknown }> {
  let tsImport: (specifier: string, parent: string) => Promise<unknown>;
  try {
    ({ tsImport } = await import('tsx/esm/api'));
  } catch (error) {
    throw new CreditBridgeError({
      code: 'E_CONFIG',
      message: `config ${file}: a TypeScript config needs tsx (pnpm add -D tsx), or write it as .mjs or YAML`,
      cause: error,
    });
  }
  try {
    return (await tsImport(url, import.meta.url)) as { default?: unknown };
  } catch (error) {
    throw loadFailure(file, error);
  }
}

function loadFailure(file: string, error: unknown): CreditBridgeError {
  return new CreditBridgeError({
    code: 'E_CONFIG',
    message: `config ${file} failed to load: ${error instanceof Error ? error.message : String(error)}`,
    cause: error,
  });
}
