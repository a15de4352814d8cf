import { randomUUID } from 'node:crypto';
import { registerUnit } from '../../src/commands/handlers/unit-handlers';
import { MAX_ATTEMPTS, runCommand } from '../../src/commands/pipeline';
import { unitDecider } from '../../src/domain/unit/decider';
import { UnitLevel } from '../../src/domain/unit/unit-level';
import { GENESIS_HASH } from '../../src/eventstore/chain';
import { SqliteEventStore } from '../../src/eventstore/sqlite/sqlite-event-store';
import { admin, contextFor } from '../support/actors';

const unit = (unitId: string, parentUnitId: string | null = null) => ({
  unitId,
  name: `Viện kiểm sát nhân dân ${unitId}`,
  shortName: null,
  level: UnitLevel.PROVINCIAL,
  parentUnitId,
});

describe('command pipeline', () => {
  let store: SqliteEventStore;
  beforeEach(() => (store = new SqliteEventStore(':memory:')));
  afterEach(() => store.close());

  it('writes the actor, command and correlation ids and the server time into every event', async () => {
    const context = contextFor(admin, { reason: 'đăng ký ban đầu' });
    const result = await registerUnit(store, unit('an-giang'), context);
    const [event] = await store.readStream('unit-an-giang');
    expect(event.metadata).toEqual({
      actor: { id: admin.id, name: admin.name, role: 'ADMIN', unitId: null },
      commandType: 'RegisterUnit',
      commandId: context.commandId,
      correlationId: context.correlationId,
      causationId: context.causationId,
      recordedAt: expect.any(String),
      reason: 'đăng ký ban đầu',
      prevHash: GENESIS_HASH,
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(result).toEqual({
      commandId: context.commandId,
      stream: 'unit-an-giang',
      position: event.position,
      revision: 0,
      eventTypes: ['UnitRegistered'],
      duplicate: false,
    });
  });

  it('appends once for the same command id and returns the first result again', async () => {
    const context = contextFor();
    const first = await registerUnit(store, unit('an-giang'), context);
    const second = await registerUnit(store, unit('an-giang'), context);
    expect(second).toEqual({ ...first, duplicate: true });
    expect((await store.readAll()).map((e) => e.type)).toEqual(['UnitRegistered', 'UnitNameRecorded']);
  });

  it('appends once when the same command races itself', async () => {
    const context = contextFor();
    const results = await Promise.all([1, 2, 3].map(() => registerUnit(store, unit('an-giang'), context)));
    expect((await store.readAll()).map((e) => e.type)).toEqual(['UnitRegistered', 'UnitNameRecorded']);
    expect(new Set(results.map((r) => r.position)).size).toBe(1);
  });

  it('re-reads, re-gathers facts and decides again when another writer got in first', async () => {
    let builds = 0;
    await runCommand(
      store,
      unitDecider,
      'unit-race',
      async () => {
        builds += 1;
        if (builds === 1) {
          // Another writer appends to the stream between this command's read and its append.
          await store.append('unit-race', [{ id: randomUUID(), type: 'Noise', data: {}, metadata: {} }], 'any');
        }
        return { type: 'RegisterUnit' as const, ...unit('race'), parentRegistered: false, nameTakenBy: null };
      },
      contextFor(),
    );
    expect(builds).toBe(2);
    expect((await store.readStream('unit-race')).map((e) => e.revision)).toEqual([0, 1]);
  });

  it('gives up with CONCURRENCY_CONFLICT after a bounded number of lost races, appending nothing', async () => {
    const error = await runCommand(
      store,
      unitDecider,
      'unit-hot',
      async () => {
        await store.append('unit-hot', [{ id: randomUUID(), type: 'Noise', data: {}, metadata: {} }], 'any');
        return { type: 'RegisterUnit' as const, ...unit('hot'), parentRegistered: false, nameTakenBy: null };
      },
      contextFor(),
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'CONCURRENCY_CONFLICT' });
    const types = (await store.readStream('unit-hot')).map((e) => e.type);
    expect(types).toEqual(Array(MAX_ATTEMPTS).fill('Noise'));
  });

  it('appends nothing when the decider refuses', async () => {
    await expect(registerUnit(store, unit('child', 'missing-parent'), contextFor())).rejects.toMatchObject({
      code: 'PARENT_UNIT_NOT_FOUND',
    });
    expect(await store.headPosition()).toBe(0);
  });
});
