// Runs one async function with the REAL wx-server-sdk in a child process (the SDK reads process-wide env).
// argv[2]: the function's source; argv[3]: JSON argument. Prints the EJSON result after a marker line.
const cloud = require('wx-server-sdk');
const { EJSON } = require('bson');

process.on('unhandledRejection', (err) => {
  console.error('unhandled rejection in SDK child:', err);
  process.exit(3);
});

(async () => {
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });
  const db = cloud.database({ throwOnNotFound: false });
  const fn = eval('(' + process.argv[2] + ')');
  const arg = JSON.parse(process.argv[3] || 'null');
  let out;
  try {
    out = { ok: true, value: await fn({ cloud, db, _: db.command, $: db.command.aggregate, arg }) };
  } catch (err) {
    out = {
      ok: false,
      error: { message: String((err && (err.errMsg || err.message)) || err), code: err && err.errCode, raw: err && err.code },
    };
  }
  process.stdout.write('\n@@RESULT@@' + EJSON.stringify(out, { relaxed: true }) + '\n');
})();
