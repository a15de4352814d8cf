import { createClient } from 'graphql-ws';

const CHANGED = `subscription($c: ID!, $y: Int!) { clusterYearChanged(clusterId: $c, year: $y) { position topic } }`;

let client = null;
let clientToken = null;
let connected = false;
const whenConnected = new Set();

/** One WebSocket (graphql-ws) per token, opened on the first subscription and closed when none is left. */
function clientFor(token) {
  if (client && clientToken === token) return client;
  client?.dispose();
  connected = false;
  clientToken = token;
  client = createClient({
    url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
    connectionParams: { authorization: `Bearer ${token}` },
    lazy: true,
    retryAttempts: 5,
  });
  client.on('connected', () => {
    connected = true;
    for (const ready of whenConnected) ready();
  });
  client.on('closed', () => (connected = false));
  return client;
}

/**
 * Follows a cluster year as the service records changes to it: `onChange(topic)` for each
 * (signatures, scores, votes…), `onReady(reconnected)` once the connection is up (again: what
 * changed while it was down was not sent, so the caller reloads), `onLost()` when the service
 * cannot be followed any more. Returns the function that stops following.
 */
export function followClusterYear(token, clusterId, year, { onChange, onReady, onLost }) {
  let times = 0;
  const ready = () => onReady(times++ > 0);
  whenConnected.add(ready);
  const stop = clientFor(token).subscribe(
    { query: CHANGED, variables: { c: clusterId, y: year } },
    { next: ({ data }) => data && onChange(data.clusterYearChanged.topic), error: () => onLost(), complete: () => {} },
  );
  if (connected) setTimeout(ready, 0);
  return () => {
    whenConnected.delete(ready);
    stop();
  };
}
