import { randomUUID } from 'node:crypto';
import { PostgresEventStore } from '../../src/eventstore/postgres/postgres-event-store';
import { createTestDatabase, type TestDatabase } from '../support/postgres';
import { eventStoreContract } from './event-store-contract';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.drop());

// Each test gets a fresh schema (an empty store) in this file's own database.
const fresh = () => PostgresEventStore.connect(database.url, { schema: `store_${randomUUID().slice(0, 8)}` });

eventStoreContract('PostgreSQL', fresh);
