import { defineConfig, type Options } from 'tsup';

/**
 * The one build every package uses: ESM only, declarations, sourcemaps, Node 20.
 * A package passes its entry points (the public index and any subpaths).
 *
 * @example
 * export default createTsupConfig({ entry: { index: 'src/index.ts', testing: 'src/testing/index.ts' } });
 */
export function createTsupConfig(options: { entry: Record<string, string>; external?: string[] }) {
  const config: Options = {
    entry: options.entry,
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    dts: true,
    sourcemap: true,
    clean: true,
    splitting: true,
    treeshake: true,
    outDir: 'dist',
    ...(options.external ? { external: options.external } : {}),
  };
  return defineConfig(config);
}
