import { describe } from 'vitest';
import { inProcess } from './support/exchange-fixture.js';
import { exchangeSuite } from './support/exchange-suite.js';

describe('exchange platform adapter, in-process against the msw handlers', () => {
  exchangeSuite(inProcess);
});
