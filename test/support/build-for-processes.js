// Jest's global setup: the project's code built once, as `npm run build:server` builds it, for the
// tests that start it in a process of its own (the service, the command-line tools, crash children).
// Each such process then starts from JavaScript, as production starts, instead of transpiling every
// file it loads again (two seconds or more a process, well over a hundred processes a run).
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '../..');
const OUT = path.join(ROOT, '.test-build');

module.exports = async function buildForProcesses() {
  fs.rmSync(OUT, { recursive: true, force: true });
  execFileSync(
    process.execPath,
    [require.resolve('@swc/cli/bin/swc.js'), 'src', 'projections', 'test/robustness/children', '-d', OUT, '--copy-files', '--quiet'],
    { cwd: ROOT, stdio: 'inherit' },
  );
  process.env.THIDUA_TEST_BUILD = OUT;
};
