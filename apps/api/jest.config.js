import { jestEsmPreset } from '../../scripts/jest-preset.mjs';

export default jestEsmPreset({
  testMatch: ['<rootDir>/src/**/__tests__/**/*.spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.mjs',
  globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
  // Integration specs boot Nest and hash passwords; a slow shared CI box needs headroom.
  testTimeout: 60_000,
  maxWorkers: 2,
});
