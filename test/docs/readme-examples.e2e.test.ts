import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { exited, ROOT } from '../support/spawn';
import { expiringDates, graphqlOperations, isEmptyAnswer, readmeBlocks } from './readme-blocks';

/**
 * Every shell and GraphQL example of the README, in order, against the service started as
 * production starts it (`node dist/src/main.js`, no NODE_ENV) on a fresh SQLite store with the demo
 * data. DOC_TEST_README points it at another copy of the README (to see it fail on a broken example).
 */
const README = process.env.DOC_TEST_README ?? path.join(ROOT, 'README.md');
const blocks = readmeBlocks(README);

describe(`the examples of ${path.basename(README)} work as written`, () => {
  let dataDir: string;
  let server: ChildProcess;
  let baseUrl: string;
  let env: NodeJS.ProcessEnv;
  let adminToken: string;
  let rootBefore: Set<string>;
  const shellState = () => path.join(dataDir, 'shell-variables.sh');

  beforeAll(async () => {
    rootBefore = new Set(fs.readdirSync(ROOT));
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-doc-test-'));
    const { NODE_ENV: _testRunner, ...inherited } = process.env;
    env = { ...inherited, THIDUA_STORE: `sqlite:${path.join(dataDir, 'thidua.db')}`, PORT: '0', LOG_LEVEL: 'info' };
    execFileSync('npm', ['run', '-s', 'build:server'], { cwd: ROOT, env, stdio: 'ignore' });
    server = spawn(process.execPath, ['dist/src/main.js'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    baseUrl = await new Promise<string>((resolve, reject) => {
      let output = '';
      server.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const ready = /GraphQL ready at (http:\/\/localhost:\d+)\/graphql/.exec(output);
        if (ready) resolve(ready[1]);
      });
      server.once('exit', (code) => reject(new Error(`the service exited (${code}) before it was ready:\n${output}`)));
    });
    adminToken = execFileSync(process.execPath, ['dist/src/cli/token.js', '--role', 'ADMIN', '--sub', 'doc-test'], { cwd: ROOT, env })
      .toString()
      .trim();
  }, 180_000);

  afterAll(async () => {
    if (server) {
      server.kill('SIGTERM');
      await exited(server);
    }
    // Files the examples wrote into the project folder (exports, backups), as they do for a reader;
    // only names the examples mention, since other tests may be writing there meanwhile.
    const shellText = blocks
      .filter((block) => block.language === 'sh')
      .map((block) => block.code)
      .join('\n');
    for (const entry of fs.readdirSync(ROOT))
      if (!rootBefore.has(entry) && shellText.includes(entry)) fs.rmSync(path.join(ROOT, entry), { recursive: true, force: true });
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  /**
   * A subscription answers only when something changes, so it is checked for what can be known
   * at once: the service accepts it over WebSocket (no error within a second), and whatever it
   * sends in that second is not empty.
   */
  const subscriptionProblem = (query: string) =>
    new Promise<string | null>((resolve) => {
      const client = createClient({
        url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${adminToken}` },
        retryAttempts: 0,
      });
      const finish = (problem: string | null) => {
        clearTimeout(accepted);
        unsubscribe();
        void client.dispose();
        resolve(problem);
      };
      const accepted = setTimeout(() => finish(null), 1000);
      const unsubscribe = client.subscribe(
        { query },
        {
          next: (result) => {
            if (result.errors) finish(JSON.stringify(result.errors));
            else if (isEmptyAnswer(result.data)) finish(`an empty answer: ${JSON.stringify(result.data)}`);
          },
          error: (error) => finish(JSON.stringify(error instanceof Error ? error.message : error)),
          complete: () => undefined,
        },
      );
    });

  it('has examples to run', () => {
    expect(blocks.filter((block) => !block.skip).length).toBeGreaterThan(5);
  });

  for (const block of blocks) {
    const name = `${block.language} block at line ${block.line}`;
    if (block.skip) {
      it.skip(`${name} (skipped: ${block.skip})`, () => undefined);
      continue;
    }
    if (block.language === 'sh')
      it(`${name} exits 0`, () => {
        const code = block.code.replaceAll('http://localhost:4000', baseUrl).replace(/(^|\s)\.\/data\b/g, `$1${dataDir}`);
        // Variables a block sets ($TOKEN) are carried to the next, as in one terminal.
        const script = `set -a\n[ -f "${shellState()}" ] && source "${shellState()}"\nset -euo pipefail\n${code}\nexport -p > "${shellState()}"\n`;
        try {
          execFileSync('bash', ['-c', script], { cwd: ROOT, env, stdio: 'pipe' });
        } catch (error) {
          const { status, stdout, stderr } = error as { status: number; stdout: Buffer; stderr: Buffer };
          throw new Error(
            `README line ${block.line}: exited ${status}\n${code}\n--- stdout\n${stdout.toString()}\n--- stderr\n${stderr.toString()}`,
          );
        }
      }, 120_000);
    else
      it(`${name} answers every operation without errors and not empty`, async () => {
        for (const query of graphqlOperations(block.code)) {
          if (/^subscription\b/.test(query)) {
            const problem = await subscriptionProblem(query);
            if (problem) throw new Error(`README line ${block.line}: ${query}\nanswered ${problem}`);
            continue;
          }
          const response = await fetch(`${baseUrl}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
            body: JSON.stringify({ query }),
          });
          const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
          const problem = body.errors
            ? JSON.stringify(body.errors)
            : isEmptyAnswer(body.data)
              ? `an empty answer: ${JSON.stringify(body.data)}`
              : null;
          if (problem) throw new Error(`README line ${block.line}: ${query}\nanswered ${problem}`);
        }
      }, 30_000);
  }
});

describe(`the examples of ${path.basename(README)} cannot expire`, () => {
  it('no subscription names a fixed date or time, and no other example a time still to come', () => {
    const expiring = blocks
      .filter((block) => block.language === 'graphql')
      .flatMap((block) =>
        graphqlOperations(block.code).flatMap((query) => expiringDates(query).map((date) => `line ${block.line}: ${date}`)),
      );
    expect(expiring).toEqual([]);
  });
});
