#!/usr/bin/env node
// `acton-readiness`: starts the compiled command-line tool (build/tools/cli/main.js).
// Plain JavaScript so it runs straight after `npm ci && npm run build`.
'use strict';

const fs = require('fs');
const path = require('path');

const compiledMain = path.join(__dirname, '..', 'build', 'tools', 'cli', 'main.js');

if (fs.existsSync(compiledMain)) {
  require(compiledMain);
} else {
  process.stderr.write('acton-readiness: the command-line tool is not built yet: run npm run build first.\n');
  // 64: the tool cannot be used as called (BSD sysexits EX_USAGE), as for other usage problems.
  process.exitCode = 64;
}
