import { jestEsmPreset } from '../../scripts/jest-preset.mjs';

// The browser journey: the real API (serving the built web app) in a child process, driven by
// Debian's Chromium through playwright-core. One worker: the journeys share that one server.
export default jestEsmPreset({
  testMatch: ['<rootDir>/e2e/**/*.e2e.ts'],
  globalSetup: '<rootDir>/e2e/global-setup.ts',
  globalTeardown: '<rootDir>/e2e/global-teardown.ts',
  maxWorkers: 1,
  testTimeout: 120_000,
});
