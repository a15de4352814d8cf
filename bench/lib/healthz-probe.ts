/**
 * `probe` in a process of its own (started by probeApart): asks from the start, and answers its
 * figures when told to stop.
 */
import { probe } from './socket-floods';

const probing = probe(process.argv[2]);
process.send!('started');
process.once('message', () => {
  void probing.stop().then((figures) => process.send!(figures, () => process.disconnect()));
});
