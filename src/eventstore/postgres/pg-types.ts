import pg from 'pg';

const INT8: number = pg.types.builtins.INT8;

/** Positions are bigint: within 2^53 for any log this service will hold, so plain numbers. */
export const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary'): unknown =>
    oid === INT8 ? Number : (pg.types.getTypeParser(oid, format) as unknown)) as typeof pg.types.getTypeParser,
};
