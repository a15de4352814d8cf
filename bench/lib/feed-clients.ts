/**
 * Checkpoint feed clients in a process of their own (`fork(feed-clients.js, [base, count])`), so
 * that reading their events does not hold the event loop of the process timing the writes, as other
 * machines' clients would not. Says `{ open: true }` once every feed is open; answers `fewest` with
 * the fewest checkpoints a feed has received; exits on `close`.
 */
import http from 'node:http';

const [base, count] = [process.argv[2], Number(process.argv[3])];
const checkpoints = new Array<number>(count).fill(0);
const requests: http.ClientRequest[] = [];

function open(i: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${base}/audit/checkpoints/feed`, { agent: false }, (response) => {
      if (response.statusCode !== 200)
        return response.on('data', (chunk: Buffer) =>
          reject(new Error(`feed ${i} refused with ${response.statusCode}: ${chunk.toString()}`)),
        );
      response.on('data', (chunk: Buffer) => (checkpoints[i] += chunk.toString().split('event: checkpoint').length - 1));
      resolve();
    });
    request.on('error', reject);
    requests.push(request);
  });
}

process.on('message', (message) => {
  if (message === 'fewest') process.send!({ fewest: Math.min(...checkpoints) });
  if (message === 'close') {
    requests.forEach((request) => request.destroy());
    process.exit(0);
  }
});

Promise.all(Array.from({ length: count }, (_, i) => open(i))).then(
  () => process.send!({ open: true }),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
