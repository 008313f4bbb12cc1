'use strict';
/**
 * `npm start`: builds only when a source changed since the last build (the large demo account is
 * part of the build), checking first that the preview's port is free so a busy port is reported
 * in a second rather than after a build; then starts the preview (build/tools/preview/main.js).
 */
const { spawnSync } = require('node:child_process');
const net = require('node:net');
const path = require('node:path');
const { changeSinceBuild } = require('./freshness');

const ROOT = path.join(__dirname, '..', '..');
/** As tools/preview/previewSettings.ts: the port when PORT is unset. */
const DEFAULT_PORT = 4300;

/** The port PORT names, or null when it is not a plain port number (the preview itself says why). */
function requestedPort(raw) {
  const trimmed = (raw ?? '').trim();
  if (trimmed === '') return DEFAULT_PORT;
  const port = /^\d{1,5}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  return port >= 1 && port <= 65535 ? port : null;
}

/** Resolves to the listen error's code, or null when the port could be listened on. */
function portProblem(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', (error) => resolve(error.code ?? error.message));
    probe.listen({ port, host: '127.0.0.1' }, () => probe.close(() => resolve(null)));
  });
}

function runNpmBuild() {
  // npm is npm.cmd on Windows, which Node only starts through a shell.
  const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  return result.status ?? 1;
}

async function main() {
  const port = requestedPort(process.env.PORT);
  const change = changeSinceBuild(ROOT);
  if (change !== null && port !== null) {
    const problem = await portProblem(port);
    if (problem === 'EADDRINUSE') {
      console.error(
        `Act-On Readiness preview: port ${port} is already in use (is another preview running?): ` +
          `stop that program, or pick another port, e.g. PORT=${port === DEFAULT_PORT ? port + 1 : DEFAULT_PORT} npm start.`,
      );
      process.exitCode = 1;
      return;
    }
  }
  if (change === null) {
    console.log('Act-On Readiness preview: no source changed since the last build; reusing it and its large demo account.');
  } else {
    const why = change.changed === null ? 'there is no build yet' : `${change.changed} changed since the last build`;
    console.log(`Act-On Readiness preview: building first (${why}).`);
    const status = runNpmBuild();
    if (status !== 0) {
      process.exitCode = status;
      return;
    }
  }
  // In this process, so Ctrl+C reaches the preview's own clean stop.
  require(path.join(ROOT, 'build', 'tools', 'preview', 'main.js'));
}

void main();
