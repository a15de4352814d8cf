// Layer rules of /work/shared/architecture.md as they fit this tree; `npm run lint:layers` checks them in CI.
// Paths are relative to the repository root. The composition root (src/main.ts, src/config.ts, src/app.ts,
// src/cli, src/demo) may import everything.
const app = '^(src|projections)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'src/domain holds deciders and event types: no I/O, no framework, nothing of the app outside itself.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: app, pathNot: '^src/domain/' },
    },
    {
      name: 'domain-has-no-packages',
      comment: 'The domain stays free of frameworks and I/O: only Node built-ins it computes with (crypto for ids).',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'] },
    },
    {
      name: 'eventstore-knows-no-app',
      comment: 'The store port and its adapters import nothing of the app: no domain, no config.',
      severity: 'error',
      from: { path: '^src/eventstore/' },
      to: { path: app, pathNot: '^src/eventstore/' },
    },
    {
      name: 'commands-use-domain-and-port',
      comment: 'The command pipeline reads and appends through the port; it never names an adapter.',
      severity: 'error',
      from: { path: '^src/commands/' },
      to: {
        path: app,
        pathNot: ['^src/commands/', '^src/domain/', '^src/eventstore/'],
      },
    },
    {
      name: 'commands-not-adapters',
      severity: 'error',
      from: { path: '^src/commands/' },
      to: { path: '^src/eventstore/(sqlite|postgres|kurrentdb)/|^src/eventstore/open-store' },
    },
    {
      name: 'projections-use-domain-and-port',
      comment: 'Read models are reducers over the global log: domain event types and the store port only.',
      severity: 'error',
      from: { path: '^projections/' },
      to: { path: app, pathNot: ['^projections/', '^src/domain/', '^src/eventstore/'] },
    },
    {
      name: 'projections-not-adapters',
      severity: 'error',
      from: { path: '^projections/' },
      to: { path: '^src/eventstore/(sqlite|postgres|kurrentdb)/|^src/eventstore/open-store' },
    },
    {
      name: 'graphql-uses-commands-projections-domain',
      comment: 'src/graphql is the schema and its resolvers; the HTTP server that mounts it lives in src/http.',
      severity: 'error',
      from: { path: '^src/graphql/' },
      to: {
        path: app,
        pathNot: [
          '^src/(graphql|commands|domain|auth|authorization)/',
          '^projections/',
          // The port's types (events, positions, the conflict error), never an adapter.
          '^src/eventstore/(port|errors|read-positions)\\.ts$',
          // Documented exception: resolvers read the service through the `App` type of the composition root
          // (`app.store`, `app.models`, ...). Narrowing each resolver to the ports it uses is the "App is a bag"
          // item of issue 21, a redesign of its own; the import is type-only and makes no cycle.
          '^src/app\\.ts$',
          // Documented exception: the auditors' queries (`verifyLog`, the start-up check's findings) answer with
          // the audit verifier itself, so that the API and `npm run verify` can never disagree.
          '^src/audit/(verify-log|startup-check)\\.ts$',
        ],
      },
    },
    {
      name: 'http-uses-the-layers-below',
      comment: 'src/http: the server, its routes and request identity, over graphql, auth, commands, projections, spreadsheets, reports.',
      severity: 'error',
      from: { path: '^src/http/' },
      to: {
        path: app,
        pathNot: [
          '^src/(http|graphql|auth|authorization|commands|spreadsheets|reports|audit|ops)/',
          '^projections/',
          '^src/domain/shared/',
          '^src/eventstore/(port|errors)\\.ts$',
          // The composition root's pieces the server is built from: the service (`App`), its settings' types, the logger.
          '^src/(app|config|logger|project-root)\\.ts$',
          // Documented exception: the shared rate-limit table lives in the PostgreSQL store's schema, so the
          // limiter takes that schema's name from the adapter rather than repeating it.
          '^src/eventstore/postgres/postgres-event-store\\.ts$',
        ],
      },
    },
    {
      name: 'nothing-imports-entry-points',
      comment: 'main.ts and the command-line tools are entry points: nothing imports them.',
      severity: 'error',
      from: {},
      to: { path: '^src/(main|cli/)' },
    },
    {
      name: 'no-layer-imports-http',
      comment: 'Only src/http itself and the composition root (src/main.ts) may import src/http (tests and bench are outside the layers).',
      severity: 'error',
      from: { path: app, pathNot: ['^src/http/', '^src/main\\.ts$'] },
      to: { path: '^src/http/' },
    },
    {
      name: 'no-circular-files',
      comment: 'No file reaches itself through its imports.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-folder-cycles',
      comment: 'No folder depends on a folder that depends back on it.',
      severity: 'error',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|web)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    moduleSystems: ['es6', 'cjs'],
  },
};
