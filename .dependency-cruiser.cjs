// Layer rules of /work/shared/architecture.md as they fit this tree; `npm run lint:layers` checks them in CI.
// Paths are relative to the repository root. The composition root (src/main.ts, src/serve.ts, src/config.ts,
// src/app.ts, src/cli, src/demo) may import everything.
const app = '^(src|projections)/';
// The slices: one folder per stream family, each holding domain/, its command handlers and graphql/.
const slice = '^src/(unit|cluster|scorecard|catalogue|records|awards)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'kernel-is-the-ground-floor',
      comment: 'src/kernel (ids, dates, actor, errors, metadata, the event union) imports nothing of the app above it.',
      severity: 'error',
      from: { path: '^src/kernel/' },
      to: { path: app, pathNot: '^src/kernel/' },
    },
    {
      name: 'domain-is-pure',
      comment:
        "A slice's domain (deciders, commands, events, errors) reads only the kernel and other slices' domains: no I/O, no framework. " +
        "src/domain lists the slices' events, codes and upcasters once.",
      severity: 'error',
      from: { path: [`${slice}domain/`, '^src/domain/'] },
      to: { path: app, pathNot: ['^src/kernel/', `${slice}domain/`] },
    },
    {
      name: 'domain-has-no-packages',
      comment: 'The domain stays free of frameworks and I/O: only Node built-ins it computes with (crypto for ids).',
      severity: 'error',
      from: { path: [`${slice}domain/`, '^src/kernel/', '^src/domain/'] },
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
      name: 'older-formats-only-in-the-upgrade',
      comment:
        'The older link formats and SQLite layouts (src/eventstore/upgrade/) are read by the upgrade alone (npm run migrate); ' +
        'everything else knows the one format, through src/eventstore/chain.ts.',
      severity: 'error',
      from: { path: app, pathNot: ['^src/eventstore/upgrade/', '^src/ops/upgrade\\.ts$', '^src/cli/migrate\\.ts$'] },
      to: { path: '^src/eventstore/upgrade/' },
    },
    {
      name: 'commands-use-domain-and-port',
      comment: "The command pipeline reads and appends through the port; it knows the kernel and the deciders, never a slice's API.",
      severity: 'error',
      from: { path: '^src/commands/' },
      to: {
        path: app,
        pathNot: ['^src/commands/', '^src/kernel/', '^src/domain/', `${slice}domain/`, '^src/eventstore/'],
      },
    },
    {
      name: 'handlers-use-pipeline-domain-and-port',
      comment: "A slice's command handlers (the .ts files at the slice's top) run its deciders through the pipeline.",
      severity: 'error',
      from: { path: `${slice}[^/]+\\.ts$` },
      to: {
        path: app,
        pathNot: ['^src/commands/', '^src/kernel/', `${slice}domain/`, `${slice}[^/]+\\.ts$`, '^src/eventstore/(port|errors)\\.ts$'],
      },
    },
    {
      name: 'no-adapters-below-the-composition-root',
      severity: 'error',
      from: { path: ['^src/commands/', '^projections/', slice] },
      to: { path: '^src/eventstore/(sqlite|postgres|kurrentdb)/|^src/eventstore/open-store' },
    },
    {
      name: 'projections-use-domain-and-port',
      comment: 'Read models are reducers over the global log: the kernel, domain event types and the store port only.',
      severity: 'error',
      from: { path: '^projections/' },
      to: { path: app, pathNot: ['^projections/', '^src/kernel/', '^src/domain/', `${slice}domain/`, '^src/eventstore/'] },
    },
    {
      name: 'graphql-kit-below-the-slices',
      comment: "src/graphql is the kit every slice's API uses (context, errors, ids, pages, reads at a position): it knows no slice's API.",
      severity: 'error',
      from: { path: '^src/graphql/' },
      to: { path: ['^src/api/', `${slice}graphql/`, '^src/audit/graphql/'] },
    },
    {
      name: 'slice-api-uses-the-layers-below',
      comment: "A slice's GraphQL types and resolvers: its slice, other slices' read side, the kit, the pipeline, the projections.",
      severity: 'error',
      from: { path: [`${slice}graphql/`, '^src/audit/graphql/'] },
      to: {
        path: app,
        pathNot: [
          slice,
          '^src/(graphql|commands|kernel|domain|auth|authorization)/',
          '^src/audit/',
          '^projections/',
          // The port's types (events, positions, the conflict error), never an adapter.
          '^src/eventstore/(port|errors|read-positions)\\.ts$',
        ],
      },
    },
    {
      name: 'http-uses-the-layers-below',
      comment: 'src/http: the server, its routes and request identity, over the API, auth, commands, projections, spreadsheets, reports.',
      severity: 'error',
      from: { path: '^src/http/' },
      to: {
        path: app,
        pathNot: [
          '^src/(http|api|graphql|auth|authorization|commands|spreadsheets|reports|audit|ops|kernel|domain)/',
          slice,
          '^projections/',
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
      comment:
        'Only src/http itself and the composition root (src/main.ts, src/serve.ts) may import src/http (tests and bench are outside the layers).',
      severity: 'error',
      from: { path: app, pathNot: ['^src/http/', '^src/(main|serve)\\.ts$'] },
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
