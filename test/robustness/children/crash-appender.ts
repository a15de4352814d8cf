// Appends batches forever, acknowledging each on stdout only after append() returned: the parent
// kills this process at random and checks that every acknowledged batch survived, whole.
import { randomUUID } from 'node:crypto';
import { parseStore } from '../../../src/config';
import { openStore } from '../../../src/eventstore/open-store';

async function main() {
  const store = await openStore(parseStore(process.argv[2]));
  const worker = process.argv[3];
  for (let i = 0; ; i += 1) {
    const size = 1 + (i % 4);
    const batch = `${worker}-${i}`;
    const events = Array.from({ length: size }, (_, index) => ({
      id: randomUUID(),
      type: 'Scored',
      data: { batch, index, size, note: 'x'.repeat(200 * (index + 1)) },
      metadata: { actor: { id: 'crash-test' } },
    }));
    const result = await store.append(`stream-${i % 7}`, events, 'any');
    process.stdout.write(`${JSON.stringify({ batch, size, position: result.position })}\n`);
  }
}

void main();
