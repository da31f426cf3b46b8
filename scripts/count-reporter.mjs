// A node:test reporter that counts passed and failed tests (not suites) and writes `passed failed` as JSON.
export default async function* countReporter(source) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const failures = [];
  for await (const event of source) {
    const d = event.data ?? {};
    if (d.details?.type === 'suite') continue;
    if (event.type === 'test:pass') {
      if (d.skip || d.todo) skipped++;
      else passed++;
    } else if (event.type === 'test:fail') {
      failed++;
      failures.push(`${d.file ?? ''} › ${d.name}`);
    }
  }
  yield JSON.stringify({ passed, failed, skipped, failures }) + '\n';
}
