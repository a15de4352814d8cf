import { STORE_TARGETS } from '../support/store-targets';
import { exited, jsonLines, spawnProgram } from '../support/spawn';

const WORKERS = 4;
const ROUNDS = 60;

type Line =
  | { kind: 'ack'; stream: string; revision: number; worker: string }
  | { kind: 'lost'; stream: string; actual: number | 'no_stream'; worker: string }
  | { kind: 'command'; position: number; duplicate: boolean; worker: string };

describe.each(STORE_TARGETS)(
  `concurrency on %s: ${WORKERS} processes append to the same streams with expected revisions`,
  (_name, create) => {
    it('stores exactly what was acknowledged, without gaps; losers hear so; a shared command id appends once', async () => {
      const target = await create();
      // Created before the workers start, so they race on appends, not on creating the store.
      await (await target.open()).close();
      const children = Array.from({ length: WORKERS }, (_, i) =>
        spawnProgram('test/robustness/children/concurrent-appender.ts', [target.address, `w${i}`, String(ROUNDS)]),
      );
      const outputs = children.map((child) => jsonLines(child) as Line[]);
      const codes = await Promise.all(children.map(exited));
      expect(codes).toEqual(Array(WORKERS).fill(0));
      const lines = outputs.flat();

      const store = await target.open();
      const acks = lines.filter((l): l is Extract<Line, { kind: 'ack' }> => l.kind === 'ack');
      const lost = lines.filter((l) => l.kind === 'lost');
      expect(acks.length + lost.length).toBe(WORKERS * ROUNDS);
      expect(lost.length).toBeGreaterThan(0);
      for (const stream of ['contended-0', 'contended-1', 'contended-2']) {
        const stored = await store.readStream(stream);
        expect(stored.map((e) => e.revision)).toEqual(stored.map((_, i) => i));
        const acknowledged = acks
          .filter((a) => a.stream === stream)
          .map((a) => a.revision)
          .sort((a, b) => a - b);
        expect(acknowledged).toEqual(stored.map((e) => e.revision));
        for (const event of stored) {
          const ack = acks.find((a) => a.stream === stream && a.revision === event.revision)!;
          expect((event.data as { worker: string }).worker).toBe(ack.worker);
        }
      }
      // The shared command is one registration, written once: the name record and the unit, in one write.
      const shared = (await store.readAll()).filter((e) => e.metadata.commandId === 'shared-command');
      expect(shared.map((e) => e.type)).toEqual(['UnitNameRecorded', 'UnitRegistered']);
      expect(shared[1].position).toBe(shared[0].position + 1);
      const commands = lines.filter((l): l is Extract<Line, { kind: 'command' }> => l.kind === 'command');
      expect(commands).toHaveLength(WORKERS * 5);
      expect(new Set(commands.map((c) => c.position))).toEqual(new Set([shared[1].position]));
      expect(commands.filter((c) => !c.duplicate)).toHaveLength(1);
      await store.close();
      await target.drop();
    }, 120_000);
  },
);
