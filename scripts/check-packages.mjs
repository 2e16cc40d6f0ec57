#!/usr/bin/env node
// Asserts the architecture in STYLE.md from every package.json and every source import, then checks the
// packed artifacts with publint and attw. Run after `pnpm build` (the `check` script does both).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const SCOPE = '@credit-bridge/';

// An arrow means "may import". Nothing imports cli.
const ALLOWED_INTERNAL = {
  core: [],
  http: ['core'],
  'credit-platform': ['core', 'http'],
  'exchange-platform': ['core', 'http'],
  sync: ['core', 'http', 'credit-platform', 'exchange-platform'],
  mock: ['core'],
  cli: ['core', 'http', 'credit-platform', 'exchange-platform', 'sync', 'mock'],
};
// Third-party packages that belong to one layer: anywhere else they blur the architecture.
const OWNED_EXTERNAL = {
  axios: ['http'],
  'p-retry': ['http'],
  msw: ['mock'],
  'better-sqlite3': ['sync'],
  pg: ['sync'],
  'fast-xml-parser': ['core'],
};

const problems = [];
const packagesDir = join(root, 'packages');
const packages = readdirSync(packagesDir).filter((name) => statSync(join(packagesDir, name)).isDirectory());
const manifests = new Map(
  packages.map((name) => [name, JSON.parse(readFileSync(join(packagesDir, name, 'package.json'), 'utf8'))]),
);
// A subpath is public when the target package's exports map names it (e.g. `@credit-bridge/core/testing`).
const isPublicSubpath = (pkg, subpath) => Boolean(manifests.get(pkg)?.exports?.[`./${subpath}`]);

for (const name of packages) {
  const dir = join(packagesDir, name);
  const manifest = manifests.get(name);
  const allowed = ALLOWED_INTERNAL[name];
  if (!allowed) {
    problems.push(`packages/${name}: not in the architecture table of scripts/check-packages.mjs (STYLE.md)`);
    continue;
  }
  if (manifest.name !== `${SCOPE}${name}`) problems.push(`packages/${name}: name must be ${SCOPE}${name}`);
  if (manifest.type !== 'module') problems.push(`${manifest.name}: must be "type": "module"`);
  if (manifest.sideEffects !== false) problems.push(`${manifest.name}: must declare "sideEffects": false`);
  if (manifest.engines?.node !== '>=20.19') problems.push(`${manifest.name}: engines.node must be ">=20.19"`);

  const deps = { ...manifest.dependencies, ...manifest.peerDependencies, ...manifest.optionalDependencies };
  for (const dep of Object.keys(deps)) {
    if (dep.startsWith(SCOPE)) {
      const target = dep.slice(SCOPE.length);
      if (!allowed.includes(target))
        problems.push(`${manifest.name} may not depend on ${dep} (STYLE: dependency direction)`);
    } else if (OWNED_EXTERNAL[dep] && !OWNED_EXTERNAL[dep].includes(name) && name !== 'cli') {
      problems.push(
        `${manifest.name} may not depend on ${dep}: it belongs to ${OWNED_EXTERNAL[dep].join(', ')}`,
      );
    }
  }

  for (const file of sourceFiles(join(dir, 'src'))) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/(?:from|import)\s*\(?\s*['"](@credit-bridge\/[^'"]+)['"]/g)) {
      const spec = match[1];
      const [, pkg, ...rest] = spec.split('/');
      const where = relative(root, file);
      if (rest.length > 0 && !isPublicSubpath(pkg, rest.join('/')))
        problems.push(`${where}: deep import ${spec}`);
      if (pkg !== name && !(`${SCOPE}${pkg}` in deps))
        problems.push(`${where}: imports ${SCOPE}${pkg} without declaring it`);
    }
  }
}

for (const name of packages) {
  const dir = join(packagesDir, name);
  run('publint', ['exec', 'publint', '--strict', dir]);
  run('attw', ['exec', 'attw', '--pack', dir, '--profile', 'esm-only', '--format', 'table-flipped']);
}

if (problems.length > 0) {
  process.stderr.write(
    `check: ${problems.length} problem(s)\n${problems.map((p) => `  - ${p}`).join('\n')}\n`,
  );
  process.exit(1);
}
process.stdout.write(
  `check: ${packages.length} packages follow the dependency graph; publint and attw are clean\n`,
);

function run(label, args) {
  const result = spawnSync('pnpm', args, { cwd: root, encoding: 'utf8' });
  if (result.status !== 0)
    problems.push(
      `${label} ${relative(root, args.find((a) => a.startsWith(packagesDir)) ?? '')}:\n${result.stdout}${result.stderr}`,
    );
}

function* sourceFiles(dir) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|mts|js|mjs)$/.test(entry.name)) yield path;
  }
}
