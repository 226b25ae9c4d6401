/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    // The add-in's Office.js side (and its tests) compiles with the Office and DOM types.
    '/(src|test)/(office|auth|launch-event)/.+\\.tsx?$|/src/taskpane/outlook-services\\.ts$': [
      'ts-jest',
      { tsconfig: '<rootDir>/tsconfig.addin.json' },
    ],
    '^.+\\.tsx?$': 'ts-jest',
  },
  moduleNameMapper: {
    '^office-addin-manifest$': '<rootDir>/test/office/support/office-app-hosts.js',
  },
  testTimeout: 30000,
};
