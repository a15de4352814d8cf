import 'reflect-metadata';
import { createApp, type App } from '../../src/app';
import type { ThiduaClaims } from '../../src/auth/claims';
import { createVerifier, signLocalToken } from '../../src/auth/tokens';
import { loadConfig } from '../../src/config';
import { createHttpService } from '../../src/graphql/server';
import { createLogger } from '../../src/logger';

export interface GraphQLResponse {
  status: number;
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

export interface TestService {
  url: string;
  app: App;
  token(sub: string, claims: ThiduaClaims): Promise<string>;
  post(body: unknown, token?: string, headers?: Record<string, string>): Promise<GraphQLResponse>;
  gql(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse>;
  stop(): Promise<void>;
}

/** The real service over real HTTP on a loopback port, on an in-memory store. */
export async function startService(env: Record<string, string> = {}): Promise<TestService> {
  const config = loadConfig({ THIDUA_STORE: 'sqlite::memory:', PORT: '0', ...env });
  const app = await createApp(config);
  const service = await createHttpService(app, await createVerifier(config.auth), createLogger('silent'));
  const port = await service.listen(0);
  const url = `http://127.0.0.1:${port}/graphql`;
  const adminToken = await signLocalToken(config.auth, 'admin-test', { role: 'ADMIN' as never, name: 'Quản trị' });

  const post = async (body: unknown, token?: string, headers: Record<string, string> = {}) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
        ...headers,
      },
      body: JSON.stringify(body),
    });
    return { status: response.status, ...((await response.json()) as object) };
  };

  return {
    url,
    app,
    token: (sub, claims) => signLocalToken(config.auth, sub, claims),
    post,
    gql: (query, variables = {}, token = adminToken) => post({ query, variables }, token),
    async stop() {
      await service.stop();
      await app.close();
    },
  };
}
