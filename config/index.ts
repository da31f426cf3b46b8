import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';

/**
 * Taro build configuration (Taro 4.2.1, React, webpack5).
 *
 * Compile-time constants (see `defineConstants`):
 * - CLOUD_ENV: the WeChat Cloud environment id passed to `Taro.cloud.init` on weapp.
 *   Read from `process.env.CLOUD_ENV` when the build runs, e.g.
 *   `CLOUD_ENV=prod-abc123 npm run build:weapp`. Empty (the default) means
 *   "use the environment selected in WeChat DevTools".
 */
/** config/zod-client.ts is TypeScript outside src/: compiled like the sources. */
const zodClientCompiled = { include: [path.resolve(__dirname, 'zod-client.ts')] };

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'mashangban',
    date: '2025-1-1',
    designWidth: 750,
    deviceRatio: {
      640: 2.34 / 2,
      750: 1,
      375: 2,
      828: 1.81 / 2,
    },
    // MSB_SOURCE_ROOT / MSB_OUTPUT_ROOT let tests and the bench build elsewhere (e.g. the bare app).
    sourceRoot: process.env.MSB_SOURCE_ROOT ?? 'src',
    // weapp → dist/weapp (project.config.json's miniprogramRoot), h5 → dist/h5
    outputRoot: process.env.MSB_OUTPUT_ROOT ?? `dist/${process.env.TARO_ENV}`,
    // WeChat's screen reader attributes (aria-role, aria-label…) in the weapp templates: config/weapp-aria.ts.
    plugins: [path.resolve(__dirname, 'weapp-aria.ts')],
    defineConstants: {
      CLOUD_ENV: JSON.stringify(process.env.CLOUD_ENV ?? ''),
    },
    alias: {
      // `@/domain/...`, `@/components/...`: the same alias as tsconfig.json's `paths` (read by tsc,
      // tsx and dependency-cruiser).
      '@': path.resolve(__dirname, '..', 'src'),
      // The domain's schemas, built on zod/mini for the client (a third of classic zod's bytes):
      // see config/zod-client.ts. Cloud functions bundle classic zod (scripts/build-functions.ts).
      zod$: path.resolve(__dirname, 'zod-client.ts'),
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      compile: zodClientCompiled,
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
    h5: {
      compile: zodClientCompiled,
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        // px become rem; the root size follows the window's smaller side (20 px on a 375 px phone) and
        // is capped here, so a desk window (1366×768) reads like a large phone, not a phone at 2×.
        // Wide layouts (the centre's desk, a max content width) are the pages' own (src/styles).
        pxtransform: { enable: true, config: { maxRootSize: 22 } },
        cssModules: { enable: false },
      },
      webpackChain(chain) {
        // The React + Taro runtime alone is ~300 KiB; webpack's 244 KiB hint is noise here.
        chain.performance.maxEntrypointSize(512 * 1024).maxAssetSize(512 * 1024);
      },
    },
  };

  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig);
  }
  return merge({}, baseConfig, prodConfig);
});
