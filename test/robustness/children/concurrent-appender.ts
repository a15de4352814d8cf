// One of several processes appending to the same streams with exact expected revisions; prints
// every acknowledged append, every lost race, and its results of one command sent with a shared id.
import { randomUUID } from 'node:crypto';
import { registerUnit } from '../../../src/unit/handlers';
import { Role } from '../../../src/kernel/actor';
import { UnitLevel } from '../../../src/unit/domain/unit-level';
import { WrongExpectedRevisionError } from '../../../src/eventstore/errors';
import { parseStore } from '../../../src/config';
import { openStore } from '../../../src/eventstore/open-store';

async function main() {
  const [address, worker, roundsText] = process.argv.slice(2);
  const store = await openStore(parseStore(address));
  const out = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);
  for (let round = 0; round < Number(roundsText); round += 1) {
    const stream = `contended-${round % 3}`;
    const last = (await store.readStream(stream)).at(-1);
    try {
      const result = await store.append(
        stream,
        [{ id: randomUUID(), type: 'Appended', data: { worker, round }, metadata: {} }],
        last ? last.revision : 'no_stream',
      );
      out({ kind: 'ack', stream, revision: result.nextRevision, worker });
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError)) throw error;
      out({ kind: 'lost', stream, actual: error.actual, worker });
    }
  }
  // One officer retrying from several replicas: a command id is its actor's key.
  const actor = { id: 'officer-on-every-replica', name: null, role: Role.ADMIN, unitId: null, clusterId: null };
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const result = await registerUnit(
      store,
      { unitId: 'shared-unit', name: 'Đơn vị dùng chung', shortName: null, level: UnitLevel.REGIONAL, parentUnitId: null },
      { actor, commandId: 'shared-command', correlationId: 'c', causationId: 'shared-command' },
    );
    out({ kind: 'command', position: result.position, duplicate: result.duplicate, worker });
  }
  await store.close();
}

main().catch((error) => {
  process.stderr.write(String(error?.stack ?? error));
  process.exit(1);
});
