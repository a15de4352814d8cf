import fs from 'node:fs';
import path from 'node:path';

/** The folder holding package.json, whether this code runs from src/ (tests) or dist/src/ (built). */
export function projectRoot(from = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

/**
 * The JavaScript of one of the project's modules (its path without the extension) for a worker
 * thread: beside it once built; running from the TypeScript sources (the tests), in the build the
 * test run made once (THIDUA_TEST_BUILD), so a thread starts in milliseconds instead of compiling
 * every file it loads for a second or more; else null, and the thread compiles as it loads.
 */
export function builtModule(modulePath: string, runningFrom = __filename): string | null {
  if (!runningFrom.endsWith('.ts')) return `${modulePath}.js`;
  const build = process.env.THIDUA_TEST_BUILD;
  return build ? `${path.join(build, path.relative(projectRoot(), modulePath))}.js` : null;
}
