export {
  type MockPlatforms,
  type SetupMockPlatformsOptions,
  setupMockPlatforms,
  type TestHooks,
} from './setup-mock-platforms.js';
