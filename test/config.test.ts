import path from 'node:path';
import { ConfigError, loadConfig } from '../src/config';

describe('configuration from the environment', () => {
  it('defaults to port 4000 on the loopback interface and the SQLite file under ./data', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(config.store).toEqual({ kind: 'sqlite', filename: './data/thidua.db' });
  });

  it('takes a KurrentDB connection string, keeping the keys in THIDUA_DATA_DIR (./data by default)', () => {
    const config = loadConfig({ THIDUA_STORE: 'kurrentdb://kurrentdb:2113?tls=false', THIDUA_DATA_DIR: '/srv/thidua' });
    expect(config.store).toEqual({ kind: 'kurrentdb', connectionString: 'kurrentdb://kurrentdb:2113?tls=false' });
    expect(config.dataDir).toBe('/srv/thidua');
    expect(loadConfig({ THIDUA_STORE: 'kurrentdb+discover://a:2113,b:2113,c:2113' }).store.kind).toBe('kurrentdb');
    expect(config.auth.keys.kind).toBe('local');
  });

  it('takes a PostgreSQL URL (postgres:// or postgresql://), keeping the keys in ./data unless THIDUA_DATA_DIR says', () => {
    const config = loadConfig({ THIDUA_STORE: 'postgres://thidua:secret@db:5432/thidua' });
    expect(config.store).toEqual({ kind: 'postgres', connectionString: 'postgres://thidua:secret@db:5432/thidua', queryTimeoutMs: 10_000 });
    expect(loadConfig({ THIDUA_STORE: 'postgres://db/thidua', THIDUA_POSTGRES_TIMEOUT_MS: '2500' }).store).toMatchObject({
      queryTimeoutMs: 2500,
    });
    expect(config.dataDir).toBe(path.resolve('data'));
    expect(loadConfig({ THIDUA_STORE: 'postgresql://db/thidua', THIDUA_DATA_DIR: '/srv/keys' })).toMatchObject({
      store: { kind: 'postgres', connectionString: 'postgresql://db/thidua' },
      dataDir: '/srv/keys',
    });
  });

  it.each([
    [{ PORT: 'abc' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ PORT: '-1' }, /PORT/],
    [{ THIDUA_STORE: 'mysql://x' }, /THIDUA_STORE/],
    [{ THIDUA_STORE: 'postgres://' }, /THIDUA_STORE/],
    [{ THIDUA_STORE: 'sqlite:' }, /THIDUA_STORE/],
    [{ THIDUA_JWT_ALGORITHMS: 'HS256' }, /THIDUA_JWT_ALGORITHMS/],
    [{ THIDUA_JWT_JWKS_URL: 'not a url' }, /THIDUA_JWT_JWKS_URL/],
    [{ HOST: 'every interface' }, /HOST/],
    [{ THIDUA_JWT_MAX_LIFETIME_MINUTES: '0' }, /THIDUA_JWT_MAX_LIFETIME_MINUTES/],
    [{ THIDUA_JWT_MAX_LIFETIME_MINUTES: '12h' }, /THIDUA_JWT_MAX_LIFETIME_MINUTES/],
    [{ THIDUA_SHED_HEAP_MB: '-5' }, /THIDUA_SHED_HEAP_MB/],
    [{ THIDUA_SHED_EVENT_LOOP_DELAY_MS: 'x' }, /THIDUA_SHED_EVENT_LOOP_DELAY_MS/],
    [{ THIDUA_DEBUG_ERRORS: 'yes' }, /THIDUA_DEBUG_ERRORS/],
    [{ THIDUA_RATE_LIMIT_PER_MINUTE: '1.5' }, /THIDUA_RATE_LIMIT_PER_MINUTE/],
    [{ THIDUA_CHECKPOINT_FEEDS_PER_ADDRESS: '0' }, /THIDUA_CHECKPOINT_FEEDS_PER_ADDRESS must be a whole number of feeds, at least 1/],
    [{ THIDUA_CHECKPOINT_FEEDS_ANONYMOUS: 'many' }, /THIDUA_CHECKPOINT_FEEDS_ANONYMOUS/],
    [{ THIDUA_STORE: 'postgres://db/thidua', THIDUA_POSTGRES_TIMEOUT_MS: '10s' }, /THIDUA_POSTGRES_TIMEOUT_MS/],
    [{ NODE_ENV: 'production' }, /THIDUA_JWT_JWKS_URL or THIDUA_JWT_PUBLIC_KEY_FILE/],
    [{ NODE_ENV: 'production', THIDUA_JWT_JWKS_URL: 'https://idp.example/jwks' }, /THIDUA_JWT_ISSUER/],
    [{ NODE_ENV: 'production', THIDUA_JWT_JWKS_URL: 'http://idp.example/jwks', THIDUA_JWT_ISSUER: 'a', THIDUA_JWT_AUDIENCE: 'b' }, /https/],
  ])('refuses %p with a message naming the setting', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('accepts a pinned production setup', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      THIDUA_JWT_JWKS_URL: 'https://idp.example/jwks',
      THIDUA_JWT_ISSUER: 'https://idp.example',
      THIDUA_JWT_AUDIENCE: 'thidua',
    });
    expect(config.auth).toMatchObject({ issuer: 'https://idp.example', audience: 'thidua', algorithms: ['EdDSA'] });
  });

  it('keeps stack traces out of error answers unless THIDUA_DEBUG_ERRORS=true, also outside production', () => {
    expect(loadConfig({}).debugErrors).toBe(false);
    expect(loadConfig({ THIDUA_DEBUG_ERRORS: 'true' }).debugErrors).toBe(true);
  });

  it('caps the public checkpoint feeds: 4 per address, 4 per signed-in caller, 100 without a token in all, unless told otherwise', () => {
    expect(loadConfig({}).checkpointFeeds).toEqual({ perAddress: 4, perCaller: 4, anonymous: 100 });
    expect(
      loadConfig({
        THIDUA_CHECKPOINT_FEEDS_PER_ADDRESS: '1000',
        THIDUA_CHECKPOINT_FEEDS_PER_CALLER: '2',
        THIDUA_CHECKPOINT_FEEDS_ANONYMOUS: '1000',
      }).checkpointFeeds,
    ).toEqual({ perAddress: 1000, perCaller: 2, anonymous: 1000 });
  });

  it('limits token lifetime to 12 hours unless told otherwise', () => {
    expect(loadConfig({}).auth.maxLifetimeSeconds).toBe(12 * 3600);
    expect(loadConfig({ THIDUA_JWT_MAX_LIFETIME_MINUTES: '90' }).auth.maxLifetimeSeconds).toBe(5400);
  });
});
