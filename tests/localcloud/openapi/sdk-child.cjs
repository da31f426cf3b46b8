// Runs a snippet against the REAL wx-server-sdk in its own process (the SDK reads process.env and can kill the
// process on missing credentials). The snippet is the body of an async function (cloud, settle, require) whose
// return value is printed after a marker line as JSON.
const cloud = require('wx-server-sdk');

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });

const settle = (p) =>
  Promise.resolve(p).then(
    (value) => ({ ok: true, value }),
    (e) => ({ ok: false, error: { errCode: e && e.errCode, errMsg: e && e.errMsg, message: e && e.message } }),
  );

const AsyncFunction = (async () => undefined).constructor;
const body = process.env.LOCALCLOUD_TEST_SNIPPET || 'return null';

settle(new AsyncFunction('cloud', 'settle', 'require', body)(cloud, settle, require)).then((out) => {
  process.stdout.write(`\n@@RESULT@@${JSON.stringify(out)}\n`);
});
