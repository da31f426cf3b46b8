// Jest test environment: jest-environment-node, except that test files run in Node's own realm, as they
// did under `node --test`, instead of in a vm context of their own.
//
// Why: Node's APIs (fetch's res.json(), fs.readdir, structuredClone, worker messages, Buffer) create their
// objects in the main realm. In jest's vm context `[]`, `{}` and `new Date()` come from other intrinsics,
// so node:assert's deepStrictEqual (which compares prototypes) and `instanceof` fail on equal values:
// a gateway answer `{ ok: true }` is not deep-strict-equal to the literal `{ ok: true }`.
//
// How: jest compiles every module with vm.compileFunction(code, params, { parsingContext }). For this
// environment's context, the parsing context is dropped, so the function is compiled in the main realm.
// Jest's module registry still gives each test file its own copies of modules; globals are the worker
// process's own, shared by the files that one worker runs one after the other.
const vm = require('node:vm');
const { TestEnvironment: NodeEnvironment } = require('jest-environment-node');
const { LegacyFakeTimers, ModernFakeTimers } = require('@jest/fake-timers');
const { ModuleMocker } = require('jest-mock');

const mainRealmContexts = new WeakSet();
const compileFunction = vm.compileFunction;
if (!compileFunction.mainRealm) {
  vm.compileFunction = Object.assign(
    function compileInMainRealm(code, params, options) {
      if (options && mainRealmContexts.has(options.parsingContext)) {
        const { parsingContext: _context, ...rest } = options;
        return compileFunction.call(this, code, params, rest);
      }
      return compileFunction.call(this, code, params, options);
    },
    { mainRealm: true },
  );
}

// jest-runner wraps `process.exit` and jest-runtime replaces `process.getBuiltinModule` for each test
// file, on what is here the worker's own `process`: each file's teardown puts the originals back.
const { exit: processExit, getBuiltinModule } = process;

const timerIdToRef = (id) => ({
  id,
  ref() {
    return this;
  },
  unref() {
    return this;
  },
});
const timerRefToId = (timer) => timer?.id;

class NodeRealmEnvironment extends NodeEnvironment {
  constructor(config, context) {
    super(config, context);
    mainRealmContexts.add(this.context);
    this.global = globalThis;
    const moduleMocker = new ModuleMocker(globalThis);
    this.moduleMocker = moduleMocker;
    const projectConfig = config.projectConfig;
    this.fakeTimers = new LegacyFakeTimers({
      config: projectConfig,
      global: globalThis,
      moduleMocker,
      timerConfig: { idToRef: timerIdToRef, refToId: timerRefToId },
    });
    this.fakeTimersModern = new ModernFakeTimers({ config: projectConfig, global: globalThis });
  }

  async setup() {
    await super.setup();
    this.ownGlobals = new Set(Reflect.ownKeys(globalThis));
  }

  // What a test file adds to the global goes with it, as it would with a context of its own. jest-circus
  // keeps its state and event handlers there (`Symbol.for('EVENT_HANDLERS')` is reused when present, and
  // each file pushes handlers that hold its whole module registry), and the wrapped `process.exit` of
  // each file called the previous file's: left in place, every file a worker ran stayed in memory
  // (660 MB of heap after 47 files).
  async teardown() {
    for (const key of Reflect.ownKeys(globalThis)) {
      if (!this.ownGlobals.has(key) && Object.getOwnPropertyDescriptor(globalThis, key)?.configurable) delete globalThis[key];
    }
    process.exit = processExit;
    if (getBuiltinModule) process.getBuiltinModule = getBuiltinModule;
    await super.teardown();
  }
}

module.exports = NodeRealmEnvironment;
module.exports.TestEnvironment = NodeRealmEnvironment;
