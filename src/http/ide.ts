import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, FastifyRequest, RawReplyDefaultExpression, RawRequestDefaultExpression, RouteHandlerMethod } from 'fastify';

const asset = (pkg: string, file: string) => path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);

// A Map, not an object: a path like /ide/constructor must not find Object.prototype's members.
const ASSETS = new Map<string, { file: string; type: string }>(
  Object.entries({
    'react.js': { file: asset('react', 'umd/react.production.min.js'), type: 'text/javascript' },
    'react-dom.js': { file: asset('react-dom', 'umd/react-dom.production.min.js'), type: 'text/javascript' },
    'graphiql.js': { file: asset('graphiql', 'dist/index.umd.js'), type: 'text/javascript' },
    'graphiql.css': { file: asset('graphiql', 'dist/style.css'), type: 'text/css' },
  }),
);

/**
 * The page's script. Every request needs a token: without one, GraphiQL would greet the user with
 * the refused schema request, so it asks for the schema only once the Headers tab holds a bearer
 * token, and the first query explains where a token comes from.
 */
const SCRIPT = (endpoint: string) => `
    const fetcher = GraphiQL.createFetcher({ url: '${endpoint}' });
    const hint = [
      '# Mỗi yêu cầu cần một token. Tạo token cho máy chủ cục bộ (trong thư mục dự án):',
      '#   npm run -s token -- --role ADMIN --sub ten-cua-ban --name "Họ và tên"',
      '# rồi dán vào thẻ Headers bên dưới: {"Authorization": "Bearer <token>"}',
      '# (vai trò khác: COUNCIL, CLUSTER_OFFICER, UNIT_OFFICER, AUDITOR; xem docs/officers-and-councils.md, "Who may do what").',
      '',
    ].join('\\n');
    const tokenIn = (headers) => {
      try {
        const match = /^Bearer\\s+(\\S+)$/.exec(JSON.parse(headers || '{}').Authorization || '');
        return match ? match[1] : null;
      } catch {
        return null;
      }
    };
    const root = ReactDOM.createRoot(document.getElementById('ide'));
    let token = tokenIn(localStorage.getItem('graphiql:headers'));
    let settle;
    const render = (schema) =>
      root.render(
        React.createElement(GraphiQL, {
          fetcher,
          defaultHeaders: JSON.stringify({ Authorization: 'Bearer ' }, null, 2),
          shouldPersistHeaders: true,
          defaultEditorToolsVisibility: token ? undefined : 'headers',
          // null: do not ask for the schema; undefined: ask for it (again, after a null).
          schema,
          // Once the headers stop changing (a paste, or the end of typing), a new token asks for
          // the schema again; half a token would only be refused.
          onEditHeaders: (headers) => {
            clearTimeout(settle);
            settle = setTimeout(() => {
              const typed = tokenIn(headers);
              if (typed === token) return;
              token = typed;
              render(null);
              if (token) setTimeout(() => render(undefined));
            }, 500);
          },
          defaultQuery: hint + '{\\n  clusterYear(clusterId: "mh-cum-1", year: 2023) {\\n    cluster { name }\\n    chair { name }\\n    members { name }\\n  }\\n}\\n',
        }),
      );
    render(token ? undefined : null);`;

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
  <script>${SCRIPT(endpoint)}
  </script>
</body>
</html>`;

/** A browser's navigation to the endpoint: it gets the IDE's page, and nothing is run. */
export function asksForPage(request: FastifyRequest): boolean {
  return (request.method === 'GET' || request.method === 'HEAD') && (request.headers.accept ?? '').includes('text/html');
}

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
  graphqlGet: RouteHandlerMethod<FastifyInstance['server'], RawRequestDefaultExpression, RawReplyDefaultExpression, Route>,
): void {
  const page = PAGE(endpoint);
  app.get<Route>(endpoint, async function (request, reply) {
    if (!asksForPage(request)) return graphqlGet.call(this, request, reply);
    reply.type('text/html; charset=utf-8');
    return page;
  });
  app.get<{ Params: { file: string } }>(`${endpoint}/ide/:file`, (request, reply) => {
    const found = ASSETS.get(request.params.file);
    if (!found) return reply.callNotFound();
    return reply.type(found.type).header('cache-control', 'public, max-age=86400').send(fs.createReadStream(found.file));
  });
}
