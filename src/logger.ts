import pino from 'pino';

/**
 * Structured JSON logs. Requests are logged by id, method, URL and status only, never addresses
 * or bodies; actors appear by id only, never by name.
 */
export function createLogger(level = process.env.LOG_LEVEL ?? 'info') {
  return pino({
    level,
    base: { service: 'thidua' },
    serializers: {
      req: (req: { id?: string; method?: string; url?: string }) => ({ id: req.id, method: req.method, url: req.url }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
      err: pino.stdSerializers.err,
    },
  });
}

export type Logger = ReturnType<typeof createLogger>;
