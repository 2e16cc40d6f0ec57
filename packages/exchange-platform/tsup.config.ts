import { createTsupConfig } from '../../tsup.config.base.ts';

export default createTsupConfig({ entry: { index: 'src/index.ts' } });
