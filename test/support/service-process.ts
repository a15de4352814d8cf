import type { ChildProcess } from 'node:child_process';
import { exited, spawnTs } from './spawn';
import type { GraphQLResponse } from './service';

/** The service as production runs it (src/main.ts in a process of its own, no NODE_ENV=test), reached over HTTP. */
export interface ServiceProcess {
  child: ChildProcess;
  url: string;
  /** Everything the process wrote to stdout (its JSON log lines). */
  logs(): string;
  post(body: unknown, headers?: Record<string, string>): Promise<GraphQLResponse & { text: string }>;
  gql(query: string, variables?: Record<string, unknown>, token?: string, headers?: Record<string, string>): Promise<GraphQLResponse>;
  stop(): Promise<number | null>;
}

/** Starts a service process on a free port with `env`; resolves once it serves, rejects with its output if it exits first. */
export async function startServiceProcess(env: Record<string, string>, token: string): Promise<ServiceProcess> {
  const child = spawnTs('src/main.ts', [], { NODE_ENV: 'development', PORT: '0', LOG_LEVEL: 'info', ...env });
  let logs = '';
  child.stdout!.on('data', (chunk: Buffer) => (logs += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (logs += chunk.toString()));
  const deadline = Date.now() + 60_000;
  let port: string | undefined;
  while (!(port = /GraphQL ready at http:\/\/localhost:(\d+)/.exec(logs)?.[1])) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the service did not start: ${logs}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const url = `http://127.0.0.1:${port}/graphql`;
  const post = async (body: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers }, body: JSON.stringify(body) });
    const text = await response.text();
    return { status: response.status, text, ...(JSON.parse(text) as object) };
  };
  // Under-pressure reports the start-up's long compile as event-loop delay for its first samples: a
  // balancer would hold traffic back until the replica answers; so does this.
  while ((await post({ query: '{ __typename }' }).catch(() => ({ status: 0 }))).status !== 200) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the service does not answer: ${logs}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    child,
    url,
    logs: () => logs,
    post,
    gql: (query, variables = {}, asToken = token, headers = {}) => post({ query, variables }, { ...headers, authorization: `Bearer ${asToken}` }),
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited(child);
    },
  };
}
