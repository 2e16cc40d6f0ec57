import { describe } from 'vitest';
import { mirrorSuite } from './support/mirror-suite.js';
import { inProcess } from './support/platform-fixture.js';

describe('blacklist mirror in-process, against the msw handlers', () => {
  mirrorSuite(inProcess);
});
