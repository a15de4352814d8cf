// `npm run build:server`, which every command-line script runs first: compiles src/, projections/
// and bench/ into dist/ with swc, unless nothing it reads changed since the last build. Compiling
// costs a second and a half a call; looking costs milliseconds, and a change anywhere rebuilds all.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const SOURCES = ['src', 'projections', 'bench'];
const STAMP = path.join(ROOT, 'dist', '.server-built');

/** The latest modification time under `entry` (a file or a folder), in milliseconds. */
function latest(entry) {
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(entry).reduce((newest, name) => Math.max(newest, latest(path.join(entry, name))), stat.mtimeMs);
}

const built = fs.existsSync(STAMP) ? fs.statSync(STAMP).mtimeMs : -Infinity;
const changed = Math.max(...[...SOURCES, '.swcrc', 'package-lock.json'].map((entry) => latest(path.join(ROOT, entry))));
if (changed >= built) {
  const startedAt = new Date();
  execFileSync(process.execPath, [require.resolve('@swc/cli/bin/swc.js'), ...SOURCES, '-d', 'dist', '--copy-files', '--quiet'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  // Stamped with the time the compile began: a file saved during it is older than its output but newer than this.
  fs.writeFileSync(STAMP, '');
  fs.utimesSync(STAMP, startedAt, startedAt);
}
