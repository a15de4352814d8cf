import { randomUUID } from 'node:crypto';

/** The caller's correlation id when it is a sane token, otherwise a fresh one. */
export function correlationIdOf(header: string | string[] | undefined): string {
  return typeof header === 'string' && /^[\w.:-]{1,100}$/.test(header) ? header : randomUUID();
}
