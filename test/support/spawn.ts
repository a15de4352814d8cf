import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');

/** The project's code built by Jest's global setup (test/support/build-for-processes.js). */
function built(file: string): string {
  const build = process.env.THIDUA_TEST_BUILD;
  if (!build) throw new Error('the project is not built for processes: run the tests through jest, whose global setup builds it');
  return path.join(build, file.replace(/\.ts$/, '.js'));
}

/**
 * Runs a file of the project (named by its TypeScript source) in its own Node process, from the
 * JavaScript built once for the run, as production runs it: with the test runner's environment
 * minus its NODE_ENV=test, which production never sets.
 */
export function spawnProgram(file: string, args: string[], env: Record<string, string> = {}): ChildProcess {
  const { NODE_ENV: _testRunner, ...inherited } = process.env;
  return spawn(process.execPath, [built(file), ...args], {
    cwd: ROOT,
    env: { ...inherited, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Collects a child's stdout as JSON lines, complete lines only. */
export function jsonLines(child: ChildProcess): unknown[] {
  const lines: unknown[] = [];
  let buffer = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const parts = buffer.split('\n');
    buffer = parts.pop()!;
    for (const line of parts) if (line.trim()) lines.push(JSON.parse(line));
  });
  return lines;
}

export const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) =>
    child.exitCode !== null || child.signalCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code)),
  );

/** Runs a project file to its end; its exit code and every non-empty line it printed (stdout and stderr). */
export async function runToExit(file: string, env: Record<string, string>): Promise<{ code: number | null; lines: string[] }> {
  const child = spawnProgram(file, [], env);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await exited(child);
  return { code, lines: output.trim().split('\n') };
}
