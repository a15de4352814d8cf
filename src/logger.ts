import pino from 'pino';

/**
 * Structured JSON logs. Requests are logged by id, method, URL and status only, never addresses
 * or bodies; actors appear by id only, never by name. Written to stdout unless another destination
 * is given (a service run inside another program keeps its log there).
 */
export function createLogger(level = process.env.LOG_LEVEL ?? 'info', destination?: pino.DestinationStream) {
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'thidua' },
    serializers: {
      req: (req: { id?: string; method?: string; url?: string }) => ({ id: req.id, method: req.method, url: req.url }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
      err: pino.stdSerializers.err,
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

export type Logger = ReturnType<typeof createLogger>;
