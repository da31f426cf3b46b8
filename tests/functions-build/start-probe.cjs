// Loads built function bundles as an instance's cold start does (wx-server-sdk first, then index.js) and
// prints, per function, the npm packages whose code ran while loading. esbuild wraps each bundled module
// in `__commonJS` (a package's CommonJS file) or `__esm` (a module reached by a dynamic import) and runs
// it on first use; the probe records each first run. Usage: node start-probe.cjs <functionsDir> <name>…
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');

const HOOKS = [
  ['var __esm = (fn, res) => function __init() {\n', '  if (fn) globalThis.__started.push(__getOwnPropNames(fn)[0]);\n'],
  ['var __commonJS = (cb, mod) => function __require() {\n', '  if (!mod) globalThis.__started.push(__getOwnPropNames(cb)[0]);\n'],
];

const [dir, ...names] = process.argv.slice(2);
const packageOf = (file) => (file.match(/node_modules\/((@[^/]+\/)?[^/]+)/) ?? [])[1];
require(require.resolve('wx-server-sdk', { paths: [dir] }));
const report = {};
for (const name of names) {
  const file = path.join(dir, name, 'index.js');
  let source = fs.readFileSync(file, 'utf8');
  // esbuild emits only the helpers a bundle uses. If it changes how they read, the probe sees nothing:
  // the test expects dayjs (CommonJS, loaded by every function at start) in every report for that reason.
  for (const [at, hook] of HOOKS) source = source.replace(at, at + hook);
  globalThis.__started = [];
  const m = new Module(file, module);
  m.filename = file;
  m.paths = Module._nodeModulePaths(path.dirname(file));
  m._compile(source, file);
  report[name] = [...new Set(globalThis.__started.map(packageOf).filter(Boolean))].sort();
}
process.stdout.write(JSON.stringify(report));
