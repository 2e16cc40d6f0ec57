import type { FixtureFactory } from './exchange-fixture.js';
import { faultsSuite } from './suites/faults-suite.js';
import { inboxSuite } from './suites/inbox-suite.js';
import { profileSuite } from './suites/profile-suite.js';
import { publishSuite } from './suites/publish-suite.js';
import { querySuite } from './suites/query-suite.js';

/**
 * The adapter suite, written once against a fixture factory: the test files run it in-process (msw) and
 * over real HTTP (the standalone mock), so both transports are held to the same assertions.
 */
export function exchangeSuite(factory: FixtureFactory): void {
  publishSuite(factory);
  inboxSuite(factory);
  querySuite(factory);
  faultsSuite(factory);
  profileSuite(factory);
}
