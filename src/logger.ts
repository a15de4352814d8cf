import pino from 'pino';

/** Structured JSON logs; only actor ids, never personal names, go into them. */
export function createLogger(level = process.env.LOG_LEVEL ?? 'info') {
  return pino({ level, base: { service: 'thidua' } });
}

export type Logger = ReturnType<typeof createLogger>;
