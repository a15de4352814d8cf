import { parse, type OperationDefinitionNode } from 'graphql';
import { TimelineProjection } from '../../projections/timeline';
import type { RecordedEvent } from '../../src/eventstore/port';
import type { At } from '../../projections/history';
import { RequestReads } from '../../src/graphql/request-reads';
import { historyCacheControl, IMMUTABLE_CACHE_CONTROL, PRESENT_CACHE_CONTROL } from '../../src/http/history-cache-control';

/** Positions 1..7 as three writes: 1-4 one event each, 5-7 one command's three events. */
const WRITES = [['a'], ['b'], ['c'], ['d'], ['e', 'e', 'e']];

/**
 * The rule for what may be marked immutable (and so kept as history): an answer computed wholly
 * at positions the log has passed, each the end of a write. The root fields' asOf alone does not
 * decide it: what the resolvers read does.
 */
describe('immutable only when computed wholly at a position the log has passed', () => {
  let processed: number;
  let head: number;
  const timeline = new TimelineProjection();
  let position = 0;
  for (const [i, write] of WRITES.entries())
    for (const commandId of write) {
      position += 1;
      const recordedAt = new Date(Date.UTC(2024, 0, 1, 0, 0, i)).toISOString();
      timeline.apply({ position, recordedAt, metadata: { commandId } } as unknown as RecordedEvent);
    }
  const app = {
    runner: {
      get processedPosition() {
        return processed;
      },
    },
    models: { timeline },
    store: { headPosition: async () => head },
  };

  /** The Cache-Control of a query answered after its resolvers read at `reads`. */
  const cacheControl = async (query: string, reads: At[], variables: Record<string, unknown> = {}) => {
    const noted = new RequestReads();
    reads.forEach((at) => noted.note(at));
    const headers = new Map<string, string>();
    const hooks = await historyCacheControl(app as never).requestDidStart!({} as never);
    const operation = parse(query).definitions[0] as OperationDefinitionNode;
    await hooks!.willSendResponse!({
      operation,
      request: { variables },
      response: { http: { headers } },
      contextValue: { reads: noted },
    } as never);
    return headers.get('cache-control');
  };

  beforeEach(() => {
    processed = 7;
    head = 7;
  });

  it('is immutable when every read stood at a passed position at the end of a write', async () => {
    expect(await cacheControl('{ criteriaSet(id: "x", asOf: 4) { version } }', [4])).toBe(IMMUTABLE_CACHE_CONTROL);
    expect(
      await cacheControl('query($p: AsOf) { a: unit(id: "x", asOf: $p) { id } b: unit(id: "y", asOf: 2) { id } }', [4, 2], { p: 4 }),
    ).toBe(IMMUTABLE_CACHE_CONTROL);
  });

  it('is not when a field beneath an asOf root read the present', async () => {
    expect(await cacheControl('{ criteriaSet(id: "x", asOf: 4) { legalBasisDocument { documentId } } }', [4, 'current'])).toBe(
      PRESENT_CACHE_CONTROL,
    );
  });

  it('is not when a read stood inside a write (the read models had only part of it), or past what they hold', async () => {
    expect(await cacheControl('{ unit(id: "x", asOf: 5) { id } }', [5])).toBe(PRESENT_CACHE_CONTROL);
    expect(await cacheControl('{ unit(id: "x", asOf: 6) { id } }', [6])).toBe(PRESENT_CACHE_CONTROL);
    processed = 6;
    expect(await cacheControl('{ unit(id: "x", asOf: 9) { id } }', [9])).toBe(PRESENT_CACHE_CONTROL);
  });

  it('at the read models’ own position, is immutable only once that is the head of the store (no more of its write to come)', async () => {
    processed = 4;
    head = 7;
    expect(await cacheControl('{ unit(id: "x", asOf: 4) { id } }', [4])).toBe(PRESENT_CACHE_CONTROL);
    head = 4;
    expect(await cacheControl('{ unit(id: "x", asOf: 4) { id } }', [4])).toBe(IMMUTABLE_CACHE_CONTROL);
  });

  it('is not when a root field has no asOf, or names a time that may still gain events', async () => {
    expect(await cacheControl('{ unit(id: "x", asOf: 4) { id } verifyAuditChain { ok } }', [4])).toBe(PRESENT_CACHE_CONTROL);
    expect(await cacheControl(`{ unit(id: "x", asOf: "${new Date().toISOString()}") { id } }`, [4])).toBe(PRESENT_CACHE_CONTROL);
    expect(await cacheControl('{ __typename }', [])).toBe(PRESENT_CACHE_CONTROL);
  });
});
