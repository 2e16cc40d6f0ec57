import { describe } from 'vitest';
import { overHttp } from '../mirror/support/platform-fixture.js';
import { reconcileSuite } from './support/reconcile-suite.js';

describe('reconciliation over real sockets, against the standalone mock', () => {
  reconcileSuite(overHttp);
});
