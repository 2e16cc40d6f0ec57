import { describe } from 'vitest';
import { inProcess } from '../mirror/support/platform-fixture.js';
import { reconcileSuite } from './support/reconcile-suite.js';

describe('reconciliation in-process, against the msw handlers', () => {
  reconcileSuite(inProcess);
});
