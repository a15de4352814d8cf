import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Role, type Actor } from '../../src/kernel/actor';
import { registerUnit, renameUnit } from '../../src/unit/handlers';
import { CommandsRefusedError, type StreamCommand } from '../../src/commands/decide-write';
import { backoffMs, MAX_ATTEMPTS, runCommand, runWrite, type WritePlan } from '../../src/commands/pipeline';
import { unitDecider } from '../../src/unit/domain/decider';
import { UnitLevel } from '../../src/unit/domain/unit-level';
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
    // The name's record and the registration are one append, the name's first.
    const [name] = await store.readAll();
    expect(name.type).toBe('UnitNameRecorded');
    expect(event.metadata).toEqual({
      actor: { id: admin.id, name: admin.name, role: 'ADMIN', unitId: null },
      commandType: 'RegisterUnit',
      commandId: context.commandId,
      commandFingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
      correlationId: context.correlationId,
      causationId: context.causationId,
      recordedAt: expect.any(String),
      reason: 'đăng ký ban đầu',
      linkFormat: 3,
      prevHash: name.metadata.hash,
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(name.metadata.prevHash).toBe(GENESIS_HASH);
    expect(result).toEqual({
      commandId: context.commandId,
      stream: 'unit-an-giang',
      position: event.position,
      revision: 0,
      eventTypes: ['UnitNameRecorded', 'UnitRegistered'],
      duplicate: false,
    });
  });

  it('appends once for the same command id and returns the first result again', async () => {
    const context = contextFor();
    const first = await registerUnit(store, unit('an-giang'), context);
    const second = await registerUnit(store, unit('an-giang'), context);
    expect(second).toEqual({ ...first, duplicate: true });
    expect((await store.readAll()).map((e) => e.type)).toEqual(['UnitNameRecorded', 'UnitRegistered']);
  });

  it('appends once when the same command races itself', async () => {
    const context = contextFor();
    const results = await Promise.all([1, 2, 3].map(() => registerUnit(store, unit('an-giang'), context)));
    expect((await store.readAll()).map((e) => e.type)).toEqual(['UnitNameRecorded', 'UnitRegistered']);
    expect(new Set(results.map((r) => r.position)).size).toBe(1);
  });

  it('re-reads, re-gathers facts and decides again when another writer got in first', async () => {
    let builds = 0;
    await runCommand(
      store,
      unitDecider,
      'unit-race',
      { type: 'RegisterUnit', input: unit('race') },
      async () => {
        builds += 1;
        if (builds === 1) {
          // Another writer appends to the stream between this command's read and its append.
          await store.append('unit-race', [{ id: randomUUID(), type: 'Noise', data: {}, metadata: {} }], 'any');
        }
        return {
          type: 'RegisterUnit' as const,
          ...unit('race'),
          establishedOn: null,
          parentRegistered: false,
          parentSpan: null,
          nameTakenBy: null,
        };
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
      { type: 'RegisterUnit', input: unit('hot') },
      async () => {
        await store.append('unit-hot', [{ id: randomUUID(), type: 'Noise', data: {}, metadata: {} }], 'any');
        return {
          type: 'RegisterUnit' as const,
          ...unit('hot'),
          establishedOn: null,
          parentRegistered: false,
          parentSpan: null,
          nameTakenBy: null,
        };
      },
      contextFor(),
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'CONCURRENCY_CONFLICT', attempts: MAX_ATTEMPTS });
    expect((error as Error).message).toContain(`đã thử ${MAX_ATTEMPTS} lần`);
    const types = (await store.readStream('unit-hot')).map((e) => e.type);
    expect(types).toEqual(Array(MAX_ATTEMPTS).fill('Noise'));
  });

  it('appends nothing when the decider refuses', async () => {
    await expect(registerUnit(store, unit('child', 'missing-parent'), contextFor())).rejects.toMatchObject({
      code: 'PARENT_UNIT_NOT_FOUND',
    });
    expect(await store.headPosition()).toBe(0);
  });

  it('queues commands of one process on one stream instead of racing them: 20 at once all succeed', async () => {
    await registerUnit(store, unit('queue'), contextFor());
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        renameUnit(store, { unitId: 'queue', name: `Tên thứ ${i}`, shortName: null, effectiveDate: '2024-01-01' }, contextFor()),
      ),
    );
    expect(results.map((r) => r.duplicate)).toEqual(Array(20).fill(false));
    expect((await store.readStream('unit-queue')).map((e) => e.revision)).toEqual(Array.from({ length: 21 }, (_, i) => i));
  });

  it("writes a registration's unit and name records in one atomic append: a failed write leaves neither", async () => {
    const failing = new Proxy(store, {
      get(target, key) {
        const refuseNames = (streams: string[]) => streams.some((stream) => stream.startsWith('unitname-'));
        if (key === 'append')
          return (stream: string, ...rest: never[]) =>
            refuseNames([stream]) ? Promise.reject(new Error('disk gone')) : target.append(stream, ...(rest as [never, never]));
        if (key === 'appendMany')
          return (parts: { stream: string }[]) =>
            refuseNames(parts.map((part) => part.stream)) ? Promise.reject(new Error('disk gone')) : target.appendMany(parts as never);
        const value = Reflect.get(target, key);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    await expect(registerUnit(failing, unit('an-giang'), contextFor())).rejects.toThrow('disk gone');
    expect(await store.readAll()).toEqual([]);
  });

  it('lets only one of two units racing for the same name take it', async () => {
    const named = (unitId: string) => ({ ...unit(unitId), name: 'Viện kiểm sát nhân dân tỉnh An Giang' });
    const outcomes = await Promise.allSettled([
      registerUnit(store, named('a'), contextFor()),
      registerUnit(store, named('b'), contextFor()),
    ]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(outcomes.find((outcome) => outcome.status === 'rejected')).toMatchObject({ reason: { code: 'UNIT_NAME_TAKEN' } });
  });

  it('backs off between retries: exponential, bounded, half of each wait random', () => {
    expect(backoffMs(1, () => 0)).toBe(5);
    expect(backoffMs(1, () => 1)).toBe(10);
    expect(backoffMs(3, () => 0)).toBe(20);
    expect(backoffMs(30, () => 1)).toBe(200);
  });
});

describe("idempotency: a command id is its actor's key, checked against what the store holds", () => {
  const officer = (id: string): Actor => ({ id, name: null, role: Role.ADMIN, unitId: null, clusterId: null });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-idem-'));
  let store: SqliteEventStore;
  beforeEach(() => (store = new SqliteEventStore(path.join(dir, `${randomUUID()}.db`))));
  afterEach(() => store.close());
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const rename = (name: string) => ({ unitId: 'an-giang', name, shortName: null, effectiveDate: '2024-01-01' });

  it("runs another actor's command sent with the same id as its own, never answering it with the first result", async () => {
    await registerUnit(store, unit('an-giang'), contextFor());
    const first = await renameUnit(store, rename('Tên của cán bộ A'), contextFor(officer('can-bo-a'), { commandId: 'lenh-1' }));
    const second = await renameUnit(store, rename('Tên của cán bộ B'), contextFor(officer('can-bo-b'), { commandId: 'lenh-1' }));
    expect(second.duplicate).toBe(false);
    expect(second.position).toBeGreaterThan(first.position);
    const renames = (await store.readStream('unit-an-giang')).slice(1);
    expect(renames.map((e) => [(e.metadata.actor as Actor).id, (e.data as { name: string }).name])).toEqual([
      ['can-bo-a', 'Tên của cán bộ A'],
      ['can-bo-b', 'Tên của cán bộ B'],
    ]);
  });

  it("refuses the same actor's id reused with another input or another command: IDEMPOTENCY_KEY_REUSED, nothing appended", async () => {
    const context = contextFor(officer('can-bo-a'), { commandId: 'lenh-2' });
    await registerUnit(store, unit('an-giang'), context);
    const head = await store.headPosition();
    const otherInput = await registerUnit(store, { ...unit('an-giang'), name: 'Tên khác' }, context).catch((e: unknown) => e);
    expect(otherInput).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', message: expect.stringContaining('lenh-2') });
    const otherCommand = await renameUnit(store, rename('Tên mới'), context).catch((e: unknown) => e);
    expect(otherCommand).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', message: expect.stringContaining('RegisterUnit') });
    expect(await store.headPosition()).toBe(head);
  });

  it('keeps the key in the store: another process on the same store answers a retry and refuses a reuse', async () => {
    const context = contextFor(officer('can-bo-a'), { commandId: 'lenh-3' });
    const first = await registerUnit(store, unit('an-giang'), context);
    const head = await store.headPosition();
    const replica = new SqliteEventStore(store.filename);
    try {
      expect(await registerUnit(replica, unit('an-giang'), context)).toEqual({ ...first, duplicate: true });
      await expect(registerUnit(replica, { ...unit('an-giang'), name: 'Tên khác' }, context)).rejects.toMatchObject({
        code: 'IDEMPOTENCY_KEY_REUSED',
      });
    } finally {
      await replica.close();
    }
    expect(await store.headPosition()).toBe(head);
  });
});

describe('a write of many commands (a score sheet)', () => {
  let store: SqliteEventStore;
  beforeEach(() => (store = new SqliteEventStore(':memory:')));
  afterEach(() => store.close());

  const decider = unitDecider as unknown as StreamCommand<null>['decider'];
  const registration = (unitId: string, parentRegistered = false): StreamCommand<null> => ({
    stream: `unit-${unitId}`,
    decider,
    command: () => ({ type: 'RegisterUnit', ...unit(unitId), establishedOn: null, parentRegistered, nameTakenBy: null }),
  });
  const plan = (commands: StreamCommand<null>[]): WritePlan<null> => ({ gather: async () => null, commands });

  it('decides each command on the state the ones before it left, and appends them all in one write', async () => {
    const renamed: StreamCommand<null> = {
      stream: 'unit-u1',
      decider,
      command: () => ({
        type: 'RenameUnit',
        unitId: 'u1',
        name: 'Tên mới',
        shortName: null,
        effectiveDate: '2024-01-01',
        nameTakenBy: null,
      }),
    };
    const commands = [...Array.from({ length: 120 }, (_, i) => registration(`u${i}`)), renamed];
    const result = await runWrite(store, plan(commands), { type: 'Batch', input: 1 }, contextFor());
    expect(result).toMatchObject({ position: 121, duplicate: false });
    // A stream's events are consecutive in the log: u1's registration and its renaming, one after the other.
    expect((await store.readAll()).slice(0, 4).map((e) => [e.stream, e.type])).toEqual([
      ['unit-u0', 'UnitRegistered'],
      ['unit-u1', 'UnitRegistered'],
      ['unit-u1', 'UnitRenamed'],
      ['unit-u2', 'UnitRegistered'],
    ]);
  });

  it('refuses the whole write with every refusal listed by its place, and writes nothing', async () => {
    const commands = [registration('u1'), registration('u2', true), registration('u3'), registration('u4', true)].map((command, i) =>
      i % 2
        ? {
            ...command,
            command: () => ({
              ...(command.command(null, null) as object),
              parentUnitId: 'nowhere',
              parentRegistered: false,
              type: 'RegisterUnit',
            }),
          }
        : command,
    );
    const error = await runWrite(store, plan(commands), { type: 'Batch', input: 2 }, contextFor()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CommandsRefusedError);
    expect((error as CommandsRefusedError).refusals.map(({ index, error: refused }) => [index, refused.code])).toEqual([
      [1, 'PARENT_UNIT_NOT_FOUND'],
      [3, 'PARENT_UNIT_NOT_FOUND'],
    ]);
    expect(await store.headPosition()).toBe(0);
  });

  it('is cancelled by its signal between turns or before its append, never during it: nothing written', async () => {
    const cancel = new AbortController();
    const commands = Array.from({ length: 500 }, (_, i) => registration(`u${i}`));
    setImmediate(() => cancel.abort(new Error('stopping')));
    await expect(runWrite(store, plan(commands), { type: 'Batch', input: 3 }, contextFor(), cancel.signal)).rejects.toThrow('stopping');
    expect(await store.headPosition()).toBe(0);
  });
});
