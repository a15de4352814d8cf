import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { fmt, type Log, type Row } from './shared';
import { freshStore, type StoreKind } from './stores';

const WRITERS = 1000;
const EACH = 40;

/**
 * Durable appends through the store port alone, from one process: a thousand writers, each
 * appending one score event at a time to its own scorecard with the revision it expects, as the
 * pipeline does, the store grouping what arrives together into one commit. The command pipeline's
 * own work (reading, deciding, facts) is measured by the RecordScore rows; this is the store's.
 */
export async function storeAppends(kind: StoreKind, log: Log): Promise<Row[]> {
  const on = await freshStore(kind, 'store-appends');
  const store = await on.open();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: WRITERS }, async (_, w) => {
      const unitId = `don-vi-${w}`;
      for (let i = 0; i < EACH; i++) {
        const commandId = randomUUID();
        await store.append(
          `scorecard-cum-1-2025-${unitId}`,
          [
            {
              id: randomUUID(),
              type: 'ScoreRecorded',
              data: { clusterId: 'cum-1', year: 2025, unitId, criterionId: `tc-${i}`, stage: 'SELF', points: 100, evidence: null },
              metadata: {
                actor: { id: `officer-${unitId}`, name: null, role: 'UNIT_OFFICER', unitId },
                commandType: 'RecordScore',
                commandId,
                correlationId: commandId,
                causationId: commandId,
                recordedAt: new Date().toISOString(),
              },
            },
          ],
          i === 0 ? 'no_stream' : i - 1,
        );
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await store.close();
  const perSecond = (WRITERS * EACH) / seconds;
  log(`store appends on ${kind}: ${WRITERS * EACH} events in ${seconds.toFixed(1)} s`);
  return [
    {
      measure: `Durable appends through the store port (${fmt(WRITERS * EACH)} events, ${fmt(WRITERS)} concurrent writers, one event per append)`,
      figure: `${fmt(perSecond)} events/s`,
      ...(kind === 'PostgreSQL' ? { target: '≥ 10,000 events/s', met: perSecond >= 10_000 } : {}),
      store: { kind, measure: 'Durable appends in-process (the store port)' },
    },
  ];
}
