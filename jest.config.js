/** Jest 30 in ESM mode (run with NODE_OPTIONS=--experimental-vm-modules, see package.json). */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^#event-store$': '<rootDir>/libs/event-store/src/index.ts',
    '^#domain$': '<rootDir>/libs/domain/src/index.ts',
    '^#projections$': '<rootDir>/libs/projections/src/index.ts',
    '^#dispute-bundle$': '<rootDir>/libs/dispute-bundle/src/index.ts',
    '^#command-handling$': '<rootDir>/libs/command-handling/src/index.ts',
    '^#service-config$': '<rootDir>/libs/service-config/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }],
  },
  testMatch: ['<rootDir>/{apps,libs,test}/**/*.spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  testTimeout: 60000,
  // Two workers on the 2-core CI machine: many suites wait on child processes, timers or HTTP.
  maxWorkers: 2,
};
