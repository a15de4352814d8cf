/**
 * The reference every HTTP figure is divided by: bare @apollo/server (its own standalone HTTP
 * server, default plugins) answering `{ hello }`. Run as its own process, like the service.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

async function main(): Promise<void> {
  const server = new ApolloServer({ typeDefs: 'type Query { hello: String! }', resolvers: { Query: { hello: () => 'xin chào' } } });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  console.log(JSON.stringify({ ready: url }));
}

void main();
