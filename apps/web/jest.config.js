import { jestEsmPreset } from '../../scripts/jest-preset.mjs';

// Component tests: the shared ESM preset, in a browser-like DOM.
export default jestEsmPreset({
  testEnvironment: '<rootDir>/src/test/jsdom-environment.js',
  testMatch: ['<rootDir>/src/**/__tests__/**/*.spec.{ts,tsx}'],
  setupFilesAfterEnv: ['<rootDir>/src/test/setup.ts'],
  moduleNameMapper: { '\\.css$': '<rootDir>/src/test/style-stub.js' },
});
