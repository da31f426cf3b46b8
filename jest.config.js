// Jest projects. `unit`: pure tests (seconds); `components`: page components in jsdom with Taro's React
// components (run with `unit`). `slow`: local cloud, functions, security suites, run in
// parallel. `e2e`: the browser walks, two at a time. `serial`: Taro builds, kill -9 and timing-sensitive
// suites, run one file at a time (scripts/test.mjs runs it with --runInBand). `weapp`: miniprogram-simulate in jsdom, also serial.
// TypeScript is compiled by swc for modern Node: no helpers and no regenerator, so `fn.toString()` of a
// test callback (tests/helpers/sdk.ts runs it in a child process) stays plain, self-contained code.

/** Pure tests: the `unit` project. Folders end with '/'. */
const UNIT = [
  'tests/domain/',
  'tests/services/',
  'tests/pages/',
  'tests/docs/',
  'tests/jest/',
  'tests/functions-build/function-config.test.ts',
  'tests/functions/collections.test.ts',
  'tests/functions/sheets.test.ts',
  'tests/localcloud/tree-index.test.ts',
  'tests/localcloud/openapi/openapi-units.test.ts',
  'tests/localcloud/storage/storage-units.test.ts',
];

/** The browser walks: two files at a time (each its own local cloud and Chromium; one shared H5 build). */
const E2E = ['tests/e2e/'];

/** One test file at a time: builds, kill -9, timing. */
const SERIAL = [
  'tests/build/',
  'tests/security/faults.test.ts',
  'tests/localcloud/durability.test.ts',
  'tests/localcloud/host/pool.test.ts',
];

const WEAPP = ['tests/weapp/'];

const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      externalHelpers: false,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
    swcrc: false,
  },
];

const glob = (p) => `<rootDir>/${p}${p.endsWith('/') ? '**/*.test.ts' : ''}`;
const regex = (p) => `<rootDir>/${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;

const common = {
  rootDir: __dirname,
  roots: ['<rootDir>/tests'],
  transform: { '^.+\\.(ts|tsx)$': swc },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'cjs', 'json'],
  // The sources' `@/` alias (tsconfig paths, Taro's alias).
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1' },
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/out/', '<rootDir>/tests/fixtures/'],
  modulePathIgnorePatterns: ['<rootDir>/tests/out/', '<rootDir>/dist/', '<rootDir>/build/', '<rootDir>/.localcloud/'],
  // jest-environment-node, run in Node's own realm: see the file.
  testEnvironment: '<rootDir>/tests/jest/node-realm-environment.cjs',
  setupFiles: ['<rootDir>/tests/jest/setup-env.ts'],
};

/**
 * Component tests (tests/components/*.test.tsx): jsdom, @testing-library/react, Taro's React components
 * (the H5 web components, shipped as ES modules: compiled too) and a small @tarojs/taro mock.
 */
const components = {
  rootDir: __dirname,
  displayName: 'components',
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/src', '<rootDir>/tests'],
  testMatch: ['<rootDir>/tests/components/**/*.test.tsx'],
  modulePathIgnorePatterns: common.modulePathIgnorePatterns,
  transform: { '^.+\\.(m?js|tsx?)$': swc },
  // echarts and zrender ship ES modules too (the charts: tests/components/chart-canvas.test.tsx).
  transformIgnorePatterns: ['^(?!.*/node_modules/(@tarojs|@stencil|swiper|ssr-window|dom7|echarts|zrender)/).*/node_modules/'],
  moduleNameMapper: {
    // Styles first: `@/styles/controls.scss` must not resolve to the stylesheet itself.
    '\\.(css|scss)$': '<rootDir>/tests/components/style.ts',
    '^@/(.*)$': '<rootDir>/src/$1',
    '^@tarojs/components$': '@tarojs/components/lib/react',
    '^@tarojs/taro$': '<rootDir>/tests/components/taro.ts',
  },
  // Compile-time constants Taro's build defines (config/index.ts and Taro's own).
  globals: {
    ENABLE_INNER_HTML: true,
    ENABLE_ADJACENT_HTML: true,
    ENABLE_SIZE_APIS: true,
    ENABLE_TEMPLATE_CONTENT: true,
    ENABLE_CLONE_NODE: true,
    ENABLE_CONTAINS: true,
    ENABLE_MUTATION_OBSERVER: true,
    __TARO_FRAMEWORK__: 'react',
    // Taro's web components define themselves (as the H5 build does).
    DEPRECATED_ADAPTER_COMPONENT: false,
    CLOUD_ENV: '',
  },
  setupFiles: ['<rootDir>/tests/components/setup.ts'],
  // A whole page (数据看板: three charts and seven tables) renders in seconds on a busy machine; the tests count, not time.
  setupFilesAfterEnv: ['<rootDir>/tests/components/timeout.ts'],
};

/** Generous per-test limits for the slow projects (node's runner had --test-timeout=600000). */
const slowSetup = ['<rootDir>/tests/jest/slow-timeout.ts'];

module.exports = {
  projects: [
    { ...common, displayName: 'unit', testMatch: UNIT.map(glob) },
    components,
    {
      ...common,
      displayName: 'slow',
      testMatch: ['<rootDir>/tests/**/*.test.ts'],
      testPathIgnorePatterns: [...common.testPathIgnorePatterns, ...[...UNIT, ...E2E, ...SERIAL, ...WEAPP].map(regex)],
      setupFilesAfterEnv: slowSetup,
    },
    { ...common, displayName: 'e2e', testMatch: E2E.map(glob), setupFilesAfterEnv: slowSetup },
    { ...common, displayName: 'serial', testMatch: SERIAL.map(glob), setupFilesAfterEnv: slowSetup },
    { ...common, displayName: 'weapp', testMatch: WEAPP.map(glob), testEnvironment: 'jsdom', setupFilesAfterEnv: slowSetup },
  ],
};
