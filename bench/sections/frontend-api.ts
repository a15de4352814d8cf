import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { ask, load } from '../lib/load';
import type { Plan } from '../national/plan';
import { body, fmt, type Log, type Row } from './shared';

const GRAPH = `query($y: Int!, $o: ID, $around: ID) { clusterGraph(year: $y, organizerUnitId: $o, around: $around) {
  year nodes { id key kind entityId label category } edges { source target kind } } }`;
/** What browsers (and Node's fetch) send: the kept graph goes out compressed, as a frontend receives it. */
const BROWSER_ENCODINGS = { 'accept-encoding': 'gzip, deflate, br' };
const SUBSCRIBERS = 200;
const EVENTS = 300;

const latency = (f: { reqPerSec: number; p50: number; p99: number; failures: number }) =>
  `${fmt(f.reqPerSec)} req/s, p50 ${f.p50} ms, p99 ${f.p99} ms${f.failures ? `, ${f.failures} failed` : ''}`;

/** The national graph's reads: whole (compressed as browsers accept it, and plain), narrowed to an organizer, around a unit. */
export function graphCases(plan: Plan, year: number): [string, string, Record<string, string>][] {
  const organizer = plan.clusters[0].organizerUnitId;
  return [
    [
      '`clusterGraph` of the national year, whole (kept per year and position, sent compressed as browsers accept)',
      body(GRAPH, { y: year }),
      BROWSER_ENCODINGS,
    ],
    ['`clusterGraph` of the national year, whole, to a client that accepts no compression', body(GRAPH, { y: year }), {}],
    [`\`clusterGraph\` of the year narrowed to one organizer (${organizer})`, body(GRAPH, { y: year, o: organizer }), {}],
    ['`clusterGraph` of the year around one unit', body(GRAPH, { y: year, around: plan.clusters[0].memberUnitIds[0] }), {}],
  ];
}

/** A revalidation of the whole national graph: the request with its ETag, as a browser sends it. */
export async function graphRevalidation(
  url: string,
  token: string,
  year: number,
): Promise<{ body: string; headers: Record<string, string> }> {
  const whole = body(GRAPH, { y: year });
  const { etag } = await ask(url, token, whole);
  if (!etag) throw new Error('the national graph came without an ETag');
  return { body: whole, headers: { ...BROWSER_ENCODINGS, 'if-none-match': etag } };
}

/** The national graph whole, narrowed, and revalidated with its ETag (304), at 50 connections. */
async function graphRows(url: string, token: string, plan: Plan, year: number, log: Log): Promise<Row[]> {
  const rows: Row[] = [];
  for (const [measure, request, headers] of graphCases(plan, year)) {
    const figures = await load({ url, token, body: request, headers });
    log(`${measure}: ${figures.reqPerSec} req/s, p99 ${figures.p99} ms`);
    rows.push({
      measure,
      figure: latency(figures),
      ...(headers === BROWSER_ENCODINGS ? { target: 'p99 ≤ 100 ms', met: figures.p99 <= 100 } : {}),
    });
  }
  const revalidation = await load({ url, token, ...(await graphRevalidation(url, token, year)), expectStatus: 304 });
  log(`304 revalidation: ${revalidation.reqPerSec} req/s`);
  rows.push({ measure: 'Revalidating the whole national graph with its ETag (304, no body)', figure: latency(revalidation) });
  return rows;
}

/**
 * 200 graphql-ws subscribers to the audit trail while commands are sent one after another over
 * HTTP: how many events a second reach them all, and how long the last one waits.
 */
/**
 * A WebSocket opened from its own loopback address (127.0.1.x): 200 subscribers are 200 browsers,
 * and the service admits only a few sockets at a time from one address before they authenticate.
 */
const fromOwnAddress = (i: number) =>
  class extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { localAddress: `127.0.${1 + Math.floor(i / 250)}.${1 + (i % 250)}` });
    }
  };

async function fanOut(url: string, token: string, log: Log): Promise<Row[]> {
  const received = new Array<number>(SUBSCRIBERS).fill(0);
  let done!: () => void;
  const all = new Promise<void>((resolve) => (done = resolve));
  let complete = 0;
  const clients = received.map((_, i) => {
    const client = createClient({
      url: url.replace(/^http/, 'ws').replace('//localhost:', '//127.0.0.1:'),
      webSocketImpl: fromOwnAddress(i),
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
    });
    client.subscribe(
      { query: 'subscription { auditEvents(filter: { eventType: "UnitRegistered" }) { position type } }' },
      {
        next: () => {
          received[i] += 1;
          if (received[i] === EVENTS && ++complete === SUBSCRIBERS) done();
        },
        error: (error) => log(`subscriber ${i} failed: ${JSON.stringify(error)}`),
        complete: () => undefined,
      },
    );
    return client;
  });
  const metrics = url.replace('/graphql', '/metrics');
  for (const deadline = Date.now() + 60_000; ; await new Promise((resolve) => setTimeout(resolve, 100))) {
    const line = (await (await fetch(metrics)).text()).split('\n').find((l) => l.startsWith('thidua_ws_subscriptions '));
    if (Number(line?.split(' ')[1]) >= SUBSCRIBERS) break;
    if (Date.now() > deadline) throw new Error('the subscribers did not all start');
  }
  const started = performance.now();
  const run = Date.now();
  for (let i = 0; i < EVENTS; i += 1) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: `mutation { registerUnit(input: { unitId: "bench-fanout-${run}-${i}", name: "Đơn vị thử ${run} ${i}", level: REGIONAL }) { position } }`,
      }),
    });
    if (!response.ok) throw new Error(`a fan-out command failed: ${await response.text()}`);
  }
  const sent = performance.now();
  await Promise.race([
    all,
    new Promise((_, reject) => setTimeout(() => reject(new Error(`fan-out incomplete: ${Math.min(...received)} of ${EVENTS}`)), 120_000)),
  ]);
  const delivered = performance.now();
  await Promise.all(clients.map(async (client) => await client.dispose()));
  const perSecond = (SUBSCRIBERS * EVENTS) / ((delivered - started) / 1000);
  log(`fan-out: ${Math.round(perSecond)} events/s delivered`);
  return [
    {
      measure: `Subscription fan-out: ${EVENTS} commands over HTTP, each event to ${SUBSCRIBERS} graphql-ws subscribers`,
      figure: `${fmt(perSecond)} events/s delivered (${fmt(EVENTS / ((sent - started) / 1000))} commands/s); last event delivered ${fmt(delivered - sent)} ms after the last command answered`,
    },
  ];
}

export async function frontendApi(url: string, token: string, plan: Plan, year: number, log: Log): Promise<Row[]> {
  return [...(await graphRows(url, token, plan, year, log)), ...(await fanOut(url, token, log))];
}
