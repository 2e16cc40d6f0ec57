import { describe } from 'vitest';
import { overHttp } from './support/exchange-fixture.js';
import { exchangeSuite } from './support/exchange-suite.js';

describe('exchange platform adapter, over real HTTP against the standalone mock', () => {
  exchangeSuite(overHttp);
});
