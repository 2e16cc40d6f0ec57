#!/usr/bin/env bash
# Installs everything credit-bridge needs on a fresh machine: the pinned pnpm and every dependency from the
# lockfile. Used by the README's two commands and by CI (.ci/run), so all three install the same way.
set -euo pipefail
cd "$(dirname "$0")/.."

PNPM_VERSION=12.4.2
if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null)" != "$PNPM_VERSION" ]; then
  npm install --global "pnpm@$PNPM_VERSION"
fi

# better-sqlite3 builds from source here (its prebuilt binaries live on a host these machines cannot reach),
# and pnpm's node-gyp finds the local Node headers only through this variable (not .npmrc, not the workspace file).
if [ -z "${npm_config_nodedir:-}" ]; then
  node_prefix=$(dirname "$(dirname "$(command -v node)")")
  if [ -f "$node_prefix/include/node/node.h" ]; then export npm_config_nodedir="$node_prefix"; fi
fi

echo "node $(node --version), pnpm $(pnpm --version), nodedir ${npm_config_nodedir:-unset}"
pnpm install --frozen-lockfile
