/**
 * Which HTTP framework carries Apollo: the same `{ hello }` schema served by Apollo 5 on Express 5
 * and on Fastify 5, each loaded by autocannon on loopback in the same run. Prints req/s and latency.
 *   npm run bench:http-framework
 */
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import { expressMiddleware } from '@as-integrations/express5';
import autocannon from 'autocannon';
import express from 'express';
import Fastify from 'fastify';

const typeDefs = 'type Query { hello: String! }';
const resolvers = { Query: { hello: () => 'xin chào' } };
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);

async function load(url: string) {
  const result = await autocannon({
    url,
    connections: 50,
    duration: DURATION,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ hello }' }),
  });
  return { reqPerSec: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.non2xx + result.errors };
}

async function express5() {
  const apollo = new ApolloServer({ typeDefs, resolvers });
  await apollo.start();
  const app = express();
  app.use('/graphql', express.json(), expressMiddleware(apollo));
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const figures = await load(`http://127.0.0.1:${port}/graphql`);
  await apollo.stop();
  server.close();
  return figures;
}

async function fastify5() {
  const app = Fastify();
  const apollo = new ApolloServer({ typeDefs, resolvers, plugins: [fastifyApolloDrainPlugin(app)] });
  await apollo.start();
  await app.register(fastifyApollo(apollo));
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const figures = await load(`${address}/graphql`);
  await app.close();
  return figures;
}

async function main() {
  const rows = { 'express 5': await express5(), 'fastify 5': await fastify5() };
  console.table(rows);
  const ratio = rows['fastify 5'].reqPerSec / rows['express 5'].reqPerSec;
  console.log(`fastify/express req/s ratio: ${ratio.toFixed(2)}`);
}

void main();
