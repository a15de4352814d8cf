import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, RouteHandlerMethod } from 'fastify';

const asset = (pkg: string, file: string) => path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);

const ASSETS: Record<string, { file: string; type: string }> = {
  'react.js': { file: asset('react', 'umd/react.production.min.js'), type: 'text/javascript' },
  'react-dom.js': { file: asset('react-dom', 'umd/react-dom.production.min.js'), type: 'text/javascript' },
  'graphiql.js': { file: asset('graphiql', 'dist/index.umd.js'), type: 'text/javascript' },
  'graphiql.css': { file: asset('graphiql', 'dist/style.css'), type: 'text/css' },
};

const PAGE = (endpoint: string) => `<!doctype html>
<html lang="vi">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Thi đua: GraphQL</title>
  <link rel="stylesheet" href="${endpoint}/ide/graphiql.css">
  <style>html, body, #ide { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="ide"></div>
  <script src="${endpoint}/ide/react.js"></script>
  <script src="${endpoint}/ide/react-dom.js"></script>
  <script src="${endpoint}/ide/graphiql.js"></script>
  <script>
    const fetcher = GraphiQL.createFetcher({ url: '${endpoint}' });
    // Header values must be ASCII (fetch refuses others), so the hint is in English.
    const headers = JSON.stringify({ Authorization: 'Bearer PASTE-TOKEN-FROM(npm run token -- --role ADMIN --sub your-name)' }, null, 2);
    ReactDOM.createRoot(document.getElementById('ide')).render(
      React.createElement(GraphiQL, {
        fetcher,
        defaultHeaders: headers,
        shouldPersistHeaders: true,
        defaultQuery: '{\\n  clusterGraph(year: 2022) {\\n    nodes { key kind label }\\n    edges { kind source target }\\n  }\\n}\\n',
      }),
    );
  </script>
</body>
</html>`;

/** Apollo's Fastify handler replies with a string body. */
type Route = { Reply: string };

/**
 * GraphiQL served from the installed packages, so the IDE works with no internet (Apollo's
 * default landing page loads its code from a CDN). A browser's GET of the endpoint gets the page;
 * any other GET goes to GraphQL.
 */
export function registerIde(
  app: FastifyInstance,
  endpoint: string,
  graphqlGet: RouteHandlerMethod<FastifyInstance['server'], any, any, Route>,
): void {
  const page = PAGE(endpoint);
  app.get<Route>(endpoint, async function (request, reply) {
    const accept = request.headers.accept ?? '';
    if (!accept.includes('text/html')) return graphqlGet.call(this, request, reply);
    reply.type('text/html; charset=utf-8');
    return page;
  });
  app.get<{ Params: { file: string } }>(`${endpoint}/ide/:file`, (request, reply) => {
    const found = ASSETS[request.params.file];
    if (!found) return reply.code(404).send({ error: 'not found' });
    return reply
      .type(found.type)
      .header('cache-control', 'public, max-age=86400')
      .send(fs.createReadStream(found.file));
  });
}
