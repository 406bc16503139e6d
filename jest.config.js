/** One runner for everything: unit, integration (local mode over HTTP) and browser tests. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } } },
    ],
  },
  testTimeout: 30000,
  // Jest's resolver does not read the package's "./*" export pattern; Node and webpack do.
  moduleNameMapper: {
    '^chrono-node/en$': '<rootDir>/node_modules/chrono-node/dist/cjs/locales/en/index.js',
  },
  // These language packages ship only ES modules; Jest runs CommonJS, so they are compiled too.
  transformIgnorePatterns: ['/node_modules/(?!(?:stemmer|syllable|flesch-kincaid)/)'],
  globalSetup: '<rootDir>/test/global-setup.ts',
};
