import type { FixtureFactory } from './platform-fixture.js';
import { authSuite } from './suites/auth-suite.js';
import { deadlinesSuite } from './suites/deadlines-suite.js';
import { faultsSuite } from './suites/faults-suite.js';
import { openApiSuite } from './suites/openapi-suite.js';
import { operationsSuite } from './suites/operations-suite.js';
import { renamedProfileSuite } from './suites/renamed-profile-suite.js';

/**
 * The adapter suite, written once against a fixture factory: the test files run it in-process (msw)
 * and over real HTTP (the standalone mock), so both transports are held to the same assertions.
 */
export function adapterSuite(factory: FixtureFactory): void {
  operationsSuite(factory);
  faultsSuite(factory);
  deadlinesSuite(factory);
  authSuite(factory);
  openApiSuite(factory);
  renamedProfileSuite(factory);
}
