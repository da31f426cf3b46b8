// Loads built function bundles as an instance's cold start does (wx-server-sdk first, then index.js) and
// prints, per function, which npm packages ran while loading (`started`) among those it can see
// (`wrapped`). esbuild wraps a CommonJS package's files in `__commonJS`, and every module reached only by
// a dynamic import in `__esm`, and runs each on first use; the probe records each first run. An ES-module
// package that a bundle imports statically is inlined without a wrapper, so it runs unseen: the test
// therefore checks that the packages it asks about are wrapped.
// Usage: node start-probe.cjs <functionsDir> <name>…
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');

// [a wrapper in use, the line of its helper to hook, the hook]
const HOOKS = [
  ['= __esm({', 'var __esm = (fn, res) => function __init() {\n', '  if (fn) globalThis.__started.push(__getOwnPropNames(fn)[0]);\n'],
  [
    '= __commonJS({',
    'var __commonJS = (cb, mod) => function __require() {\n',
    '  if (!mod) globalThis.__started.push(__getOwnPropNames(cb)[0]);\n',
  ],
];
const WRAPPER = /= __(?:commonJS|esm)\(\{\n\s+"([^"]+)"/g;

const [dir, ...names] = process.argv.slice(2);
const packageOf = (file) => (file.match(/node_modules\/((@[^/]+\/)?[^/]+)/) ?? [])[1];
const packages = (files) => [...new Set(files.map(packageOf).filter(Boolean))].sort();
require(require.resolve('wx-server-sdk', { paths: [dir] }));
const report = {};
for (const name of names) {
  const file = path.join(dir, name, 'index.js');
  let source = fs.readFileSync(file, 'utf8');
  // esbuild emits only the helpers a bundle uses; one in use that reads otherwise than expected (a new
  // esbuild) would leave the probe blind, so it stops instead.
  for (const [used, at, hook] of HOOKS) {
    if (!source.includes(used)) continue;
    if (source.split(at).length !== 2) throw new Error(`${name}: esbuild's helper not found once: ${at.trim()}`);
    source = source.replace(at, at + hook);
  }
  globalThis.__started = [];
  const m = new Module(file, module);
  m.filename = file;
  m.paths = Module._nodeModulePaths(path.dirname(file));
  m._compile(source, file);
  report[name] = { started: packages(globalThis.__started), wrapped: packages([...source.matchAll(WRAPPER)].map((x) => x[1])) };
}
process.stdout.write(JSON.stringify(report));
