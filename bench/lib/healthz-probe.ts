/**
 * `probe` in a process of its own (started by probeApart): asks from the start, and answers its
 * figures when told to stop. A first request, not counted, opens the connection and loads fetch.
 */
import { probe } from './socket-floods';

void fetch(process.argv[2])
  .then((answer) => answer.text())
  .then(() => {
    const probing = probe(process.argv[2]);
    process.send!('started');
    process.once('message', () => {
      void probing.stop().then((figures) => process.send!(figures, () => process.disconnect()));
    });
  });
