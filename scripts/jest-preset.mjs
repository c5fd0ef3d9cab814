// One Jest setup for every workspace: native ESM (Nest 12 is ESM-only) with ts-jest transpiling
// TypeScript per file (isolatedModules), and `.js` import suffixes mapped back to the `.ts` sources.
export function jestEsmPreset(overrides = {}) {
  return {
    testEnvironment: 'node',
    extensionsToTreatAsEsm: ['.ts', '.tsx'],
    moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1', ...(overrides.moduleNameMapper ?? {}) },
    transform: {
      '^.+\\.tsx?$': ['ts-jest', { useESM: true, tsconfig: overrides.tsconfig ?? 'tsconfig.json' }],
    },
    testMatch: ['<rootDir>/src/**/__tests__/**/*.spec.ts'],
    ...Object.fromEntries(Object.entries(overrides).filter(([k]) => !['moduleNameMapper', 'tsconfig'].includes(k))),
  };
}
