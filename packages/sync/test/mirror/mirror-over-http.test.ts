import { describe } from 'vitest';
import { mirrorSuite } from './support/mirror-suite.js';
import { overHttp } from './support/platform-fixture.js';

describe('blacklist mirror over real sockets, against the standalone mock', () => {
  mirrorSuite(overHttp);
});
