import type { FastifyInstance } from 'fastify';
import type { App } from '../app';
import type { Metrics } from '../ops/metrics';
import { UNLIMITED_ROUTE } from './hardening';

/** How far behind the log the read models may be and still be called ready. */
export const READY_LAG_EVENTS = 1000;

/**
 * Probes and metrics for operators: `/healthz` (the process answers), `/readyz` (the store answers,
 * accepts writes, the whole chain has been verified once since start-up, the read models are
 * within READY_LAG_EVENTS of its head, and it is not shedding load), `/metrics`. None of them is
 * rate-limited or shed.
 */
export function registerOpsRoutes(fastify: FastifyInstance, app: Pick<App, 'runner' | 'store' | 'verification'>, metrics: Metrics): void {
  fastify.get('/healthz', UNLIMITED_ROUTE, async () => ({ status: 'ok' }));

  fastify.get('/readyz', UNLIMITED_ROUTE, async (_request, reply) => {
    let head: number;
    try {
      head = await app.store.headPosition();
    } catch (error) {
      return reply.code(503).send({ status: 'not ready', reason: `store unreachable: ${(error as Error).message}` });
    }
    const lag = head - app.runner.processedPosition;
    const verifying = app.verification.verifying;
    const reasons = [
      ...(app.store.readOnlyReason ? [`writes refused: ${app.store.readOnlyReason}`] : []),
      ...(lag > READY_LAG_EVENTS ? [`read models ${lag} events behind the store`] : []),
      ...(fastify.isUnderPressure() ? ['overloaded: new requests are being shed'] : []),
      ...(verifying ? ['verifying: the first full verification of the audit chain since start-up is not finished'] : []),
    ];
    // "verifying" alone is a state that passes by itself; any other reason needs an operator or time.
    const status = reasons.length === 0 ? 'ready' : verifying && reasons.length === 1 ? 'verifying' : 'not ready';
    return reply
      .code(reasons.length ? 503 : 200)
      .send({ status, head, processedPosition: app.runner.processedPosition, reasons, lastFullVerification: app.verification.lastPass });
  });

  fastify.get('/metrics', UNLIMITED_ROUTE, async (_request, reply) =>
    reply.type(metrics.registry.contentType).send(await metrics.registry.metrics()),
  );
}
