import pg from 'pg';

const INT8: number = pg.types.builtins.INT8;

/** Positions are bigint: within 2^53 for any log this service will hold, so plain numbers. */
export const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary'): unknown =>
    oid === INT8 ? Number : (pg.types.getTypeParser(oid, format) as unknown)) as typeof pg.types.getTypeParser,
};

/** The settings of a connection as they can cross to a worker thread: without functions (the worker sets its own `types`). */
export function threadSettings(config: pg.ClientConfig): Omit<pg.ClientConfig, 'types'> {
  const { types: _types, ...settings } = config;
  return settings;
}
