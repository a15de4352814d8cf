import { spawnSync } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium: the browser tests drive it, since no browser download works on these machines. */
const CHROMIUM = '/usr/bin/chromium';

/**
 * Fails the test file at once, with one line that says what to install, when a program it needs is
 * missing: otherwise a missing tool shows as a bare ENOENT followed by errors that point elsewhere.
 */
export function requirePrograms(programs: string[], install: string): void {
  const missing = programs.filter((program) => spawnSync('sh', ['-c', `command -v ${program}`]).status !== 0);
  if (missing.length > 0) throw new Error(`${missing.join(', ')} not found: ${install} (.ci/run installs it when missing)`);
}

/** Headless Chromium with the flags this machine's closed network needs (no background connections, no QUIC). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** At module load, so a machine without Chromium fails the suite before it starts a service. */
export const requireChromium = () => requirePrograms([CHROMIUM], 'apt-get install chromium');
