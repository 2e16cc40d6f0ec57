import { describe } from 'vitest';
import { adapterSuite } from './support/adapter-suite.js';
import { overHttp } from './support/platform-fixture.js';

describe('credit platform adapter, over real HTTP against the standalone mock', () => {
  adapterSuite(overHttp);
});
