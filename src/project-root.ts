import fs from 'node:fs';
import path from 'node:path';

/** The folder holding package.json, whether this code runs from src/ (tests) or dist/src/ (built). */
export function projectRoot(from = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}
