// Component tests (tests/components/*.test.tsx): jest 30, jsdom, @testing-library/react, with Taro's
// React components (the H5 web components) and a small @tarojs/taro mock. `npx jest -c jest.components.config.js`.
/** @type {import('jest').Config} */
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/src', '<rootDir>/tests'],
  testMatch: ['<rootDir>/tests/components/**/*.test.tsx'],
  modulePathIgnorePatterns: ['<rootDir>/tests/out/'],
  transform: {
    // .mjs too: Taro's components import swiper's ES build.
    '^.+\\.(m?js|tsx?)$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2020' }, module: { type: 'commonjs' } },
    ],
  },
  // Taro's components ship as ES modules (with their own nested node_modules): compile them too.
  transformIgnorePatterns: ['^(?!.*/node_modules/(@tarojs|@stencil|swiper|ssr-window|dom7)/).*/node_modules/'],
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/src/$1',
    '^@tarojs/components$': '@tarojs/components/lib/react',
    '^@tarojs/taro$': '<rootDir>/tests/components/taro.ts',
    '\\.(css|scss)$': '<rootDir>/tests/components/style.ts',
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
};
