import path from 'node:path';
import type { StoreSettings } from './eventstore/open-store';

/** A setting that cannot work: the process stops at start-up and says which and why. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export type StoreConfig = StoreSettings;

export interface AuthConfig {
  issuer: string;
  audience: string;
  algorithms: string[];
  /** Where verification keys come from: a JWKS URL, a public key file, or the local dev key in the data directory. */
  keys: { kind: 'jwks'; url: URL } | { kind: 'public-key-file'; file: string } | { kind: 'local'; file: string | null };
  /** The longest lifetime (`exp - iat`) an accepted token may have, in seconds. */
  maxLifetimeSeconds: number;
}

/** When the service sheds load (503 OVERLOADED) instead of queueing requests until memory runs out. */
export interface SheddingConfig {
  maxEventLoopDelayMs: number;
  maxHeapUsedBytes: number;
}

export interface Config {
  port: number;
  /** The interface to listen on: loopback unless told otherwise (the Dockerfile sets 0.0.0.0). */
  host: string;
  production: boolean;
  store: StoreConfig;
  /** Folder for files the service keeps beside its store (the local signing key). */
  dataDir: string | null;
  auth: AuthConfig;
  /** How long a query waits for the read models to include the caller's own last write. */
  readYourWritesTimeoutMs: number;
  /** A signed audit checkpoint every this many events (and at each year's finalization). */
  checkpointEvery: number;
  /** A signed checkpoint at most this long after any write, so the unsigned tail is bounded in time too. */
  checkpointWithinMs: number;
  /** How often the whole audit chain is verified again (it is also verified once after every start). */
  fullVerificationEveryMs: number;
  /** Schema introspection: on in development, off in production unless asked for. */
  introspection: boolean;
  /** Requests per minute one caller (one token, or one address without a token) may send. */
  rateLimitPerMinute: number;
  /** How long a stop lets requests in flight finish before it cancels them. */
  drainMs: number;
  /** Load the demo data from the ceremony reports into an empty store at start-up. */
  demo: boolean;
  shedding: SheddingConfig;
  /** Stack traces (with the server's file paths) in error responses: only when explicitly asked for. */
  debugErrors: boolean;
  subscriptions: SubscriptionLimits;
  checkpointFeeds: CheckpointFeedLimits;
}

/** Bounds of the WebSocket subscriptions, so no client can make the service hold unbounded memory. */
export interface SubscriptionLimits {
  /** Signed-in WebSocket connections in all; one more is closed with 1013 (try again later). */
  maxConnections: number;
  /** How long a socket may stay open without a verified `connection_init`; then it is closed with 4408. */
  initTimeoutMs: number;
  /** Sockets not yet signed in, in all and from one address: counted apart, so they never take a signed-in slot. */
  maxUnauthenticated: number;
  maxUnauthenticatedPerAddress: number;
  /** Active subscriptions on one connection; one more is refused with TOO_MANY_SUBSCRIPTIONS. */
  maxPerConnection: number;
  /** Bytes waiting to be sent on one connection; past this the consumer is too slow and is dropped. */
  maxBufferedBytes: number;
  /** The longest a refused upgrade (429) is held before it is answered (0: at once), and how many are held at once, in all and from one address. */
  refusalHoldMs: number;
  maxHeldRefusals: number;
  maxHeldRefusalsPerAddress: number;
}

/**
 * Bounds of the public checkpoint feed (/audit/checkpoints/feed), which anyone may open without a
 * token: each feed holds a connection and its share of every checkpoint's delivery.
 */
export interface CheckpointFeedLimits {
  /** Feeds open at once from one address without a token; one more is refused (429 TOO_MANY_CHECKPOINT_FEEDS). */
  perAddress: number;
  /** Feeds open at once by one signed-in caller (a verified token's subject), wherever from. */
  perCaller: number;
  /** Feeds open at once without a token, from all addresses together; one more is refused (503 CHECKPOINT_FEEDS_BUSY). */
  anonymous: number;
}

type Env = Record<string, string | undefined>;

/** A whole-number setting, at least `min`; `unit` names what it counts, for the error message. */
function wholeNumber(env: Env, name: string, fallback: number, min: number, unit?: string): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || value < min)
    throw new ConfigError(`${name} must be a whole number${unit ? ` of ${unit}` : ''}, at least ${min}, got "${raw}"`);
  return value;
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name] ?? String(fallback);
  if (raw !== 'true' && raw !== 'false') throw new ConfigError(`${name} must be true or false`);
  return raw === 'true';
}

function parseHost(raw: string | undefined): string {
  if (raw === undefined || raw === '') return '127.0.0.1';
  if (!/^[A-Za-z0-9.:[\]-]+$/.test(raw))
    throw new ConfigError(`HOST must be an address or host name (127.0.0.1, 0.0.0.0, ::), got "${raw}"`);
  return raw;
}

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 4000;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port > 65535) throw new ConfigError(`PORT must be a whole number from 0 to 65535, got "${raw}"`);
  return port;
}

export function parseStore(raw: string | undefined): StoreConfig {
  const value = raw === undefined || raw === '' ? 'sqlite:./data/thidua.db' : raw;
  const sqlite = /^sqlite:(.+)$/.exec(value);
  if (sqlite) return { kind: 'sqlite', filename: sqlite[1] };
  if (/^postgres(ql)?:\/\/[^/?]+/.test(value)) return { kind: 'postgres', connectionString: value };
  if (/^(kurrentdb|esdb|kdb)(\+discover)?:\/\/[^/?]+/.test(value)) return { kind: 'kurrentdb', connectionString: value };
  throw new ConfigError(
    `THIDUA_STORE "${value}" is not supported: use sqlite:<file> (for example sqlite:./data/thidua.db), sqlite::memory:, ` +
      'a PostgreSQL URL (for example postgres://thidua@localhost:5432/thidua), or a KurrentDB connection string (for example kurrentdb://localhost:2113?tls=false)',
  );
}

function parseAuth(env: Env, production: boolean, dataDir: string | null): AuthConfig {
  const issuer = env.THIDUA_JWT_ISSUER;
  const audience = env.THIDUA_JWT_AUDIENCE;
  const algorithms = (env.THIDUA_JWT_ALGORITHMS ?? 'EdDSA')
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  const known = ['EdDSA', 'ES256', 'ES384', 'RS256', 'RS384', 'RS512', 'PS256'];
  const unknown = algorithms.filter((a) => !known.includes(a));
  if (algorithms.length === 0 || unknown.length > 0)
    throw new ConfigError(`THIDUA_JWT_ALGORITHMS must list asymmetric algorithms among ${known.join(', ')}`);

  let keys: AuthConfig['keys'];
  if (env.THIDUA_JWT_JWKS_URL) {
    let url: URL;
    try {
      url = new URL(env.THIDUA_JWT_JWKS_URL);
    } catch {
      throw new ConfigError(`THIDUA_JWT_JWKS_URL "${env.THIDUA_JWT_JWKS_URL}" is not a URL`);
    }
    if (production && url.protocol !== 'https:') throw new ConfigError('THIDUA_JWT_JWKS_URL must use https in production');
    keys = { kind: 'jwks', url };
  } else if (env.THIDUA_JWT_PUBLIC_KEY_FILE) {
    keys = { kind: 'public-key-file', file: env.THIDUA_JWT_PUBLIC_KEY_FILE };
  } else if (production) {
    throw new ConfigError('In production set THIDUA_JWT_JWKS_URL or THIDUA_JWT_PUBLIC_KEY_FILE: the local dev key is not for production');
  } else {
    keys = { kind: 'local', file: dataDir && path.join(dataDir, 'jwt-signing-key.json') };
  }
  if (production && (!issuer || !audience))
    throw new ConfigError('In production set THIDUA_JWT_ISSUER and THIDUA_JWT_AUDIENCE to pin who may issue tokens for whom');
  const maxLifetimeMinutes = wholeNumber(env, 'THIDUA_JWT_MAX_LIFETIME_MINUTES', 12 * 60, 1, 'minutes');
  return {
    issuer: issuer ?? 'thidua-local',
    audience: audience ?? 'thidua',
    algorithms,
    keys,
    maxLifetimeSeconds: maxLifetimeMinutes * 60,
  };
}

/** Keys live beside an SQLite file; with a server store (or to share them between replicas) THIDUA_DATA_DIR names the folder. */
function dataDirFor(store: StoreConfig, raw: string | undefined): string | null {
  if (raw) return path.resolve(raw);
  if (store.kind !== 'sqlite') return path.resolve('data');
  return store.filename === ':memory:' ? null : path.dirname(path.resolve(store.filename));
}

/** Reads the configuration from the environment; every bad value is a ConfigError naming the variable. */
export function loadConfig(env: Env = process.env, args: string[] = []): Config {
  const production = env.NODE_ENV === 'production';
  const parsed = parseStore(env.THIDUA_STORE);
  const store: StoreConfig =
    parsed.kind === 'postgres'
      ? { ...parsed, queryTimeoutMs: wholeNumber(env, 'THIDUA_POSTGRES_TIMEOUT_MS', 10_000, 100, 'milliseconds') }
      : parsed;
  const dataDir = dataDirFor(store, env.THIDUA_DATA_DIR);
  const timeout = Number(env.THIDUA_READ_YOUR_WRITES_TIMEOUT_MS ?? 5000);
  if (!Number.isFinite(timeout) || timeout < 0)
    throw new ConfigError('THIDUA_READ_YOUR_WRITES_TIMEOUT_MS must be a number of milliseconds');
  return {
    port: parsePort(env.PORT),
    host: parseHost(env.HOST),
    production,
    store,
    dataDir,
    auth: parseAuth(env, production, dataDir),
    readYourWritesTimeoutMs: timeout,
    checkpointEvery: wholeNumber(env, 'THIDUA_CHECKPOINT_EVERY', 1000, 1, 'events'),
    checkpointWithinMs: wholeNumber(env, 'THIDUA_CHECKPOINT_WITHIN_SECONDS', 60, 1, 'seconds') * 1000,
    fullVerificationEveryMs: wholeNumber(env, 'THIDUA_FULL_VERIFICATION_EVERY_SECONDS', 3600, 1, 'seconds') * 1000,
    introspection: flag(env, 'THIDUA_INTROSPECTION', !production),
    rateLimitPerMinute: wholeNumber(env, 'THIDUA_RATE_LIMIT_PER_MINUTE', 1200, 1, 'requests'),
    drainMs: wholeNumber(env, 'THIDUA_DRAIN_SECONDS', 10, 1, 'seconds') * 1000,
    demo: !args.includes('--no-demo') && env.THIDUA_DEMO !== 'false',
    shedding: {
      maxEventLoopDelayMs: wholeNumber(env, 'THIDUA_SHED_EVENT_LOOP_DELAY_MS', 1000, 1, 'milliseconds'),
      maxHeapUsedBytes: wholeNumber(env, 'THIDUA_SHED_HEAP_MB', 1536, 1, 'MiB') * 1024 ** 2,
    },
    debugErrors: flag(env, 'THIDUA_DEBUG_ERRORS', false),
    subscriptions: {
      maxConnections: wholeNumber(env, 'THIDUA_WS_MAX_CONNECTIONS', 2000, 1, 'connections'),
      initTimeoutMs: wholeNumber(env, 'THIDUA_WS_INIT_TIMEOUT_MS', 3000, 100, 'milliseconds'),
      maxUnauthenticated: wholeNumber(env, 'THIDUA_WS_MAX_UNAUTHENTICATED', 500, 1, 'connections'),
      maxUnauthenticatedPerAddress: wholeNumber(env, 'THIDUA_WS_MAX_UNAUTHENTICATED_PER_ADDRESS', 20, 1, 'connections'),
      maxPerConnection: wholeNumber(env, 'THIDUA_WS_MAX_SUBSCRIPTIONS', 20, 1, 'subscriptions'),
      maxBufferedBytes: wholeNumber(env, 'THIDUA_WS_MAX_BUFFERED_BYTES', 1024 * 1024, 1024, 'bytes'),
      refusalHoldMs: wholeNumber(env, 'THIDUA_WS_REFUSAL_HOLD_MS', 5000, 0, 'milliseconds'),
      maxHeldRefusals: wholeNumber(env, 'THIDUA_WS_MAX_HELD_REFUSALS', 4000, 0, 'sockets'),
      maxHeldRefusalsPerAddress: wholeNumber(env, 'THIDUA_WS_MAX_HELD_REFUSALS_PER_ADDRESS', 2000, 0, 'sockets'),
    },
    checkpointFeeds: {
      perAddress: wholeNumber(env, 'THIDUA_CHECKPOINT_FEEDS_PER_ADDRESS', 4, 1, 'feeds'),
      perCaller: wholeNumber(env, 'THIDUA_CHECKPOINT_FEEDS_PER_CALLER', 4, 1, 'feeds'),
      anonymous: wholeNumber(env, 'THIDUA_CHECKPOINT_FEEDS_ANONYMOUS', 100, 1, 'feeds'),
    },
  };
}
