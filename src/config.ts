import path from 'node:path';

/** A setting that cannot work: the process stops at start-up and says which and why. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export type StoreConfig =
  | { kind: 'sqlite'; filename: string }
  | { kind: 'postgres'; connectionString: string }
  | { kind: 'kurrentdb'; connectionString: string };

export interface AuthConfig {
  issuer: string;
  audience: string;
  algorithms: string[];
  /** Where verification keys come from: a JWKS URL, a public key file, or the local dev key in the data directory. */
  keys: { kind: 'jwks'; url: URL } | { kind: 'public-key-file'; file: string } | { kind: 'local'; file: string | null };
}

export interface Config {
  port: number;
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
  /** Load the demo data from the ceremony reports into an empty store at start-up. */
  demo: boolean;
}

type Env = Record<string, string | undefined>;

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 4000;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port > 65535)
    throw new ConfigError(`PORT must be a whole number from 0 to 65535, got "${raw}"`);
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
  const algorithms = (env.THIDUA_JWT_ALGORITHMS ?? 'EdDSA').split(',').map((a) => a.trim()).filter(Boolean);
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
  return { issuer: issuer ?? 'thidua-local', audience: audience ?? 'thidua', algorithms, keys };
}

/** Keys live beside an SQLite file; with a server store (or to share them between replicas) THIDUA_DATA_DIR names the folder. */
function dataDirFor(store: StoreConfig, raw: string | undefined): string | null {
  if (raw) return path.resolve(raw);
  if (store.kind !== 'sqlite') return path.resolve('data');
  return store.filename === ':memory:' ? null : path.dirname(path.resolve(store.filename));
}

function wholeSeconds(env: Env, name: string, fallback: number): number {
  const seconds = Number(env[name] ?? fallback);
  if (!Number.isInteger(seconds) || seconds < 1) throw new ConfigError(`${name} must be a whole number of seconds, at least 1`);
  return seconds;
}

/** Reads the configuration from the environment; every bad value is a ConfigError naming the variable. */
export function loadConfig(env: Env = process.env, args: string[] = []): Config {
  const production = env.NODE_ENV === 'production';
  const store = parseStore(env.THIDUA_STORE);
  const dataDir = dataDirFor(store, env.THIDUA_DATA_DIR);
  const timeout = Number(env.THIDUA_READ_YOUR_WRITES_TIMEOUT_MS ?? 5000);
  if (!Number.isFinite(timeout) || timeout < 0)
    throw new ConfigError('THIDUA_READ_YOUR_WRITES_TIMEOUT_MS must be a number of milliseconds');
  const checkpointEvery = Number(env.THIDUA_CHECKPOINT_EVERY ?? 1000);
  if (!Number.isInteger(checkpointEvery) || checkpointEvery < 1)
    throw new ConfigError('THIDUA_CHECKPOINT_EVERY must be a whole number of events, at least 1');
  const checkpointWithin = wholeSeconds(env, 'THIDUA_CHECKPOINT_WITHIN_SECONDS', 60);
  const fullVerificationEvery = wholeSeconds(env, 'THIDUA_FULL_VERIFICATION_EVERY_SECONDS', 3600);
  const introspection = env.THIDUA_INTROSPECTION ?? String(!production);
  if (introspection !== 'true' && introspection !== 'false')
    throw new ConfigError('THIDUA_INTROSPECTION must be true or false');
  const rateLimit = Number(env.THIDUA_RATE_LIMIT_PER_MINUTE ?? 1200);
  if (!Number.isInteger(rateLimit) || rateLimit < 1)
    throw new ConfigError('THIDUA_RATE_LIMIT_PER_MINUTE must be a whole number of requests, at least 1');
  return {
    port: parsePort(env.PORT),
    production,
    store,
    dataDir,
    auth: parseAuth(env, production, dataDir),
    readYourWritesTimeoutMs: timeout,
    checkpointEvery,
    checkpointWithinMs: checkpointWithin * 1000,
    fullVerificationEveryMs: fullVerificationEvery * 1000,
    introspection: introspection === 'true',
    rateLimitPerMinute: rateLimit,
    demo: !args.includes('--no-demo') && env.THIDUA_DEMO !== 'false',
  };
}
