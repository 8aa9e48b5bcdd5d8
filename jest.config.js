/** Unit and integration tests. Browser e2e tests live in test/e2e and run through jest too,
 * with their own environment (node) and a longer timeout. Tests that need a DOM declare
 * `@jest-environment jsdom` in their docblock. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  // The suite runs on 2 busy cores (CI runs it in parallel with browsers and LibreOffice): a test that
  // reads or writes a whole .xlsx can pass 5 s there without anything being wrong.
  testTimeout: 20_000,
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: { jsx: 'react-jsx', module: 'commonjs', moduleResolution: 'node10', esModuleInterop: true, isolatedModules: true, ignoreDeprecations: '6.0' }, diagnostics: false }],
  },
  moduleNameMapper: {
    '^office-addin-manifest$': '<rootDir>/test/stubs/office-addin-manifest.js',
    '\\.(css|png|svg)$': '<rootDir>/test/stubs/asset.js',
  },
};
