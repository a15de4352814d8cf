import path from 'node:path';
import express, { type Router } from 'express';

const asset = (pkg: string, file: string) => path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);

const ASSETS: Record<string, string> = {
  'react.js': asset('react', 'umd/react.production.min.js'),
  'react-dom.js': asset('react-dom', 'umd/react-dom.production.min.js'),
  'graphiql.js': asset('graphiql', 'dist/index.umd.js'),
  'graphiql.css': asset('graphiql', 'dist/style.css'),
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
    const headers = JSON.stringify({ Authorization: 'Bearer <dán token từ: npm run token -- --role ADMIN --sub ten-cua-ban>' }, null, 2);
    ReactDOM.createRoot(document.getElementById('ide')).render(
      React.createElement(GraphiQL, {
        fetcher,
        defaultHeaders: headers,
        shouldPersistHeaders: true,
        defaultQuery: '{\\n  clusterGraph(year: 2022) {\\n    nodes { id kind label }\\n    edges { kind source target }\\n  }\\n}\\n',
      }),
    );
  </script>
</body>
</html>`;

/**
 * GraphiQL served from the installed packages, so the IDE works with no internet (Apollo's
 * default landing page loads its code from a CDN).
 */
export function ideRouter(endpoint: string): Router {
  const router = express.Router();
  router.get(`${endpoint}/ide/:file`, (req, res, next) => {
    const file = ASSETS[req.params.file];
    if (!file) return next();
    res.sendFile(file, { maxAge: '1d' });
  });
  router.get(endpoint, (req, res, next) => {
    if (!req.accepts('html') || req.accepts(['json', 'html']) === 'json') return next();
    res.type('html').send(PAGE(endpoint));
  });
  return router;
}
