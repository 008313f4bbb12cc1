// Turns a Jest JSON report (`jest --json`) into the list coveringTestSequencer.js reads: for each
// test file, relative to the project, the sha1 of its content and the full names of its tests.
//   node tools/mutation/recordTestNames.js <jest-report.json> <test-names.json>
const { readFileSync, writeFileSync } = require('fs');
const { relative, resolve } = require('path');
const { sha1 } = require('./coveringTestSequencer');

const [reportPath, outPath] = process.argv.slice(2);
if (!reportPath || !outPath) {
  console.error('usage: node tools/mutation/recordTestNames.js <jest-report.json> <test-names.json>');
  process.exit(64);
}
const report = JSON.parse(readFileSync(reportPath, 'utf8'));
if (!report.success) {
  console.error(`${reportPath}: the Jest run before mutation testing failed; fix the tests first.`);
  process.exit(1);
}
const root = resolve(__dirname, '..', '..');
const files = {};
for (const suite of report.testResults) {
  files[relative(root, suite.name)] = {
    sha1: sha1(readFileSync(suite.name, 'utf8')),
    names: suite.assertionResults.map((test) => test.fullName),
  };
}
writeFileSync(outPath, `${JSON.stringify({ files }, null, 1)}\n`);
console.log(`${Object.keys(files).length} test files, ${report.numTotalTests} tests listed in ${outPath}`);
