import { createTsupConfig } from '../../tsup.config.base.ts';

export default createTsupConfig({
  entry: {
    index: 'src/index.ts',
    'bin/credit-bridge': 'src/bin/credit-bridge.ts',
  },
  // Loads TypeScript configs only where it is installed (an optional peer): never bundled.
  external: ['tsx'],
});
