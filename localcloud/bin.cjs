#!/usr/bin/env node
// The `localcloud` command (package.json "bin"): runs localcloud/cli.ts through tsx. See localcloud/README.md.
require('tsx/cjs/api').register();
require('./cli.ts')
  .main(process.argv.slice(2))
  .catch((err) => {
    console.error(`localcloud: ${(err && err.stack) || err}`);
    process.exit(1);
  });
