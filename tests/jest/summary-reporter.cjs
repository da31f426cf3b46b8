// A jest reporter that writes only what scripts/test.mjs counts: per file its status and each test's
// status and name. Jest's own --json serialises raw error objects, and one error that refers to itself
// (e.g. a failed spawnSync) makes it throw and write nothing, hiding which tests failed.
const fs = require('node:fs');

class SummaryReporter {
  constructor() {
    // Set by scripts/test.mjs (the jest CLI cannot pass a reporter options).
    this.file = process.env.MSB_SUMMARY_FILE;
  }

  onRunComplete(_contexts, results) {
    const summary = {
      success: results.success,
      numPassedTests: results.numPassedTests,
      numFailedTests: results.numFailedTests,
      testResults: results.testResults.map((file) => ({
        name: file.testFilePath,
        status: file.testExecError || file.numFailingTests > 0 ? 'failed' : 'passed',
        // How long the file took, for the slowest-files list scripts/test.mjs prints (not a test).
        ms: file.perfStats ? file.perfStats.end - file.perfStats.start : 0,
        assertionResults: file.testResults.map((t) => ({ status: t.status, fullName: t.fullName })),
      })),
    };
    if (this.file) fs.writeFileSync(this.file, JSON.stringify(summary));
  }
}

module.exports = SummaryReporter;
