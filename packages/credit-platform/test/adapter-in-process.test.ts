import { describe } from 'vitest';
import { adapterSuite } from './support/adapter-suite.js';
import { inProcess } from './support/platform-fixture.js';

describe('credit platform adapter, in-process against the msw handlers', () => {
  adapterSuite(inProcess);
});
