import { createTsupConfig } from '../../tsup.config.base.ts';

export default createTsupConfig({
  entry: {
    index: 'src/index.ts',
    vitest: 'src/vitest/index.ts',
    'bin/credit-bridge-mock': 'src/bin/credit-bridge-mock.ts',
  },
});
