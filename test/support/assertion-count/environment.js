// Jest's Node environment, which writes the number of assertions a test file ran (counted by
// setup.js) as one JSON line to the file THIDUA_ASSERTION_COUNTS names, once all its hooks have run.
const fs = require('node:fs');
const path = require('node:path');
const { TestEnvironment } = require('jest-environment-node');

const ROOT = path.resolve(__dirname, '../../..');

module.exports = class CountingEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.testPath = context.testPath;
  }

  async teardown() {
    const assertions = this.global.__assertionsInFile ?? 0;
    const line = JSON.stringify({ file: path.relative(ROOT, this.testPath), assertions });
    fs.appendFileSync(process.env.THIDUA_ASSERTION_COUNTS, `${line}\n`);
    await super.teardown();
  }
};
