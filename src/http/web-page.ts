import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { projectRoot } from '../project-root';

/**
 * The reference client at `/`: the page built by Vite from `web/` (on `npm ci`, `npm run build`),
 * served by the service itself so it works with no internet.
 */
export async function registerWebPage(app: FastifyInstance): Promise<void> {
  const root = path.join(projectRoot(), 'web', 'dist');
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    app.get('/', async (_request, reply) =>
      reply.code(503).type('text/plain; charset=utf-8').send('Trang web chưa được build: chạy npm run build:web.'),
    );
    return;
  }
  await app.register(fastifyStatic, { root, prefix: '/', index: 'index.html', wildcard: false });
}
