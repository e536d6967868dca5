// Four projects: node (functions, emulator, tools), web (React in jsdom), e2e (H5 build in Chromium),
// weapp (the WeChat build: WXML/WXSS compilers, every page rendered by exparser in jsdom, package rules).
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2022' }, module: { type: 'commonjs' } }];
const moduleNameMapper = {
  '^@/(.*)$': '<rootDir>/src/$1',
  '^#types/(.*)$': '<rootDir>/types/$1',
};
// htmlparser2 and the packages it brings (in its own node_modules) are ES modules only: swc turns them
// into CommonJS like the project's own files; every other package is loaded as published.
const transformIgnorePatterns = ['^(?!.*/node_modules/htmlparser2/).*/node_modules/'];
const common = { transform: { '^.+\\.(t|j)sx?$': swc }, transformIgnorePatterns, moduleNameMapper, rootDir: __dirname };

module.exports = {
  testTimeout: 30000,
  projects: [
    {
      ...common,
      displayName: 'node',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/src/', '<rootDir>/test/e2e/', '<rootDir>/test/weapp/'],
      globalSetup: '<rootDir>/test/support/build-functions.ts',
    },
    {
      ...common,
      displayName: 'web',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/src/**/*.test.{ts,tsx}'],
      setupFilesAfterEnv: ['<rootDir>/test/support/web-setup.ts'],
      moduleNameMapper: {
        ...moduleNameMapper,
        '^@tarojs/taro$': '<rootDir>/test/support/taro-stub.ts',
        '^@tarojs/components$': '<rootDir>/test/support/taro-components.tsx',
        '\\.(css|scss)$': '<rootDir>/test/support/style-stub.ts',
      },
    },
    {
      ...common,
      displayName: 'e2e',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/test/e2e/support/global-setup.ts',
    },
    {
      ...common,
      displayName: 'weapp',
      // node: the logic layer runs in its own vm context without window; the render layer gets a jsdom of its own.
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/weapp/**/*.test.ts'],
      globalSetup: '<rootDir>/test/weapp/support/global-setup.ts',
    },
  ],
};
