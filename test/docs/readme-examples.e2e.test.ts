import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { exited, ROOT } from '../support/spawn';
import { documentedFiles, expiringDates, graphqlOperations, isEmptyAnswer, readmeBlocks, type ReadmeBlock } from './readme-blocks';

/**
 * Every shell and GraphQL example of the README and of docs/, file by file in that order, against
 * one service started as production starts it (`node dist/src/main.js`, no NODE_ENV) on a fresh
 * SQLite store with the demo data. So the examples of one page must not collide with another's
 * (each names its own new units and years). Shell variables are carried from block to block within
 * a page, as in one terminal; a page of docs/ starts with `$TOKEN` set to an ADMIN token, as the
 * README's *Start it* leaves it. DOC_TEST_FILES (paths, comma-separated) runs other copies instead,
 * to see the test fail on a broken example.
 */
const FILES = process.env.DOC_TEST_FILES?.split(',').map((file) => path.resolve(file)) ?? documentedFiles(ROOT);
const pages = FILES.map((file) => ({ file, name: path.relative(ROOT, file), blocks: readmeBlocks(file) }));
const shellText = pages
  .flatMap((page) => page.blocks)
  .filter((block) => block.language === 'sh')
  .map((block) => block.code)
  .join('\n');

describe('the examples of the README and docs/ work as written', () => {
  let dataDir: string;
  let server: ChildProcess;
  let baseUrl: string;
  let env: NodeJS.ProcessEnv;
  let adminToken: string;
  let rootBefore: Set<string>;
  const shellState = (page: number) => path.join(dataDir, `shell-variables-${page}.sh`);

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
    // The README mints its own token; a page of docs/ begins where the README's *Start it* ends.
    pages.forEach((page, index) => {
      if (path.basename(page.file) !== 'README.md') fs.writeFileSync(shellState(index), `TOKEN='${adminToken}'\n`);
    });
  }, 180_000);

  afterAll(async () => {
    if (server) {
      server.kill('SIGTERM');
      await exited(server);
    }
    // Files the examples wrote into the project folder (exports, backups), as they do for a reader;
    // only names the examples mention, since other tests may be writing there meanwhile.
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

  /** What is wrong with one operation's answer, or null. */
  const operationProblem = async (query: string): Promise<string | null> => {
    if (/^subscription\b/.test(query)) return subscriptionProblem(query);
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    if (body.errors) return JSON.stringify(body.errors);
    return isEmptyAnswer(body.data) ? `an empty answer: ${JSON.stringify(body.data)}` : null;
  };

  /** Runs a shell block under bash -euo pipefail, with the variables the page's earlier blocks set. */
  const runShell = (block: ReadmeBlock, page: number, where: string) => {
    const code = block.code.replaceAll('http://localhost:4000', baseUrl).replace(/(^|\s)\.\/data\b/g, `$1${dataDir}`);
    const state = shellState(page);
    const script = `set -a\n[ -f "${state}" ] && source "${state}"\nset -euo pipefail\n${code}\nexport -p > "${state}"\n`;
    try {
      execFileSync('bash', ['-c', script], { cwd: ROOT, env, stdio: 'pipe' });
    } catch (error) {
      const { status, stdout, stderr } = error as { status: number; stdout: Buffer; stderr: Buffer };
      throw new Error(`${where}: exited ${status}\n${code}\n--- stdout\n${stdout.toString()}\n--- stderr\n${stderr.toString()}`);
    }
  };

  it('has examples to run', () => {
    expect(pages.flatMap((page) => page.blocks).filter((block) => !block.skip).length).toBeGreaterThan(5);
  });

  pages.forEach((page, index) =>
    describe(page.name, () => {
      for (const block of page.blocks) {
        const name = `${block.language} block at line ${block.line}`;
        const where = `${page.name}:${block.line}`;
        if (block.skip) it.skip(`${name} (skipped: ${block.skip})`, () => undefined);
        else if (block.language === 'sh') it(`${name} exits 0`, () => runShell(block, index, where), 120_000);
        else
          it(`${name} answers every operation without errors and not empty`, async () => {
            for (const query of graphqlOperations(block.code)) {
              const problem = await operationProblem(query);
              if (problem) throw new Error(`${where}: ${query}\nanswered ${problem}`);
            }
          }, 30_000);
      }
    }),
  );
});

describe('the examples of the README and docs/ cannot expire', () => {
  it('no subscription names a fixed date or time, and no other example a time still to come', () => {
    const expiring = pages.flatMap((page) =>
      page.blocks
        .filter((block) => block.language === 'graphql')
        .flatMap((block) =>
          graphqlOperations(block.code).flatMap((query) => expiringDates(query).map((date) => `${page.name}:${block.line}: ${date}`)),
        ),
    );
    expect(expiring).toEqual([]);
  });
});
