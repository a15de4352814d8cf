import type { GraphQLInterfaceType } from 'graphql';
import { createSchema } from '../../src/api/schema';
import { ROOT_ARGUMENTS, later, then } from '../support/as-of-scenario';
import { nodeQueries, positionedIds, selectedTypes } from '../support/node-sweep';
import { answered, differences, objectFields, sweepQueries, type Difference, type SweepQuery } from '../support/schema-sweep';
import { startService, type TestService } from '../support/service';

/**
 * asOf all the way down, for every field: the schema is walked from each root field that takes
 * `asOf`, each field beneath it is asked at a position P, then the store gains writes that change
 * everything those fields refer to, and the same questions asOf P must answer the same bytes.
 * The second reading is another caller's, so no answer kept for the first can stand in for it.
 * `node(id:)` is asked too, for ids those answers read at a position: such an id is asOf it.
 */
describe('asOf all the way down: every field beneath an asOf root field reads at that position', () => {
  let service: TestService;
  let queries: SweepQuery[];
  let unreachable: string[];
  let nodeTypesNotAsked: string[];
  let byNode: SweepQuery[];
  let position: number;
  const answersThen = new Map<SweepQuery, string>();

  const ask = async (query: SweepQuery, token?: string) => {
    const answer = await service.post({ query: query.text, variables: { asOf: position } }, token);
    if (answer.status !== 200 || answer.errors) throw new Error(`${query.text}\nanswered ${answer.status}: ${answer.text.slice(0, 600)}`);
    return answer.text;
  };

  beforeAll(async () => {
    const schema = await createSchema();
    ({ queries, unreachable } = sweepQueries(schema, ROOT_ARGUMENTS));
    service = await startService({ THIDUA_RATE_LIMIT_PER_MINUTE: '100000' });
    const first = await service.token('kiem-toan-1', { role: 'ADMIN' as never, name: 'Kiểm toán viên thứ nhất' });
    await then(service);
    position = await service.store.headPosition();
    for (const query of queries) answersThen.set(query, await ask(query, first));
    const ids = new Set<string>();
    for (const text of answersThen.values()) positionedIds((JSON.parse(text) as { data: unknown }).data, ids);
    let nodesUnreachable: string[];
    ({ queries: byNode, unreachable: nodesUnreachable } = nodeQueries(schema, ids));
    for (const query of byNode) answersThen.set(query, await ask(query, first));
    nodeTypesNotAsked = schema
      .getPossibleTypes(schema.getType('Node') as GraphQLInterfaceType)
      .map((type) => type.name)
      .filter((type) => selectedTypes(queries).has(type) && !selectedTypes(byNode).has(type));
    queries.push(...byNode);
    unreachable.push(...nodesUnreachable);
    await later(service);
  }, 180_000);
  afterAll(() => service.stop());

  it('reaches every root field taking asOf and every field beneath it', () => {
    expect(unreachable).toEqual([]);
  });

  it('asks node(id:) for an id read at P of every Node type beneath the asOf root fields', () => {
    expect(nodeTypesNotAsked).toEqual([]);
    // node(id).id is id: an id read at P names an object at P.
    const notFound = byNode.filter((query) => (JSON.parse(answersThen.get(query)!) as { data: { node: unknown } }).data.node === null);
    expect(new Set(notFound.map((query) => query.text.slice(0, query.text.indexOf(')') + 1)))).toEqual(new Set());
  });

  it('has, at P, something to show for every reference field it reaches', () => {
    const found = new Set<string>();
    for (const [query, text] of answersThen)
      answered(query.selection, (JSON.parse(text) as { data: Record<string, unknown> }).data[query.root], found);
    expect(objectFields(queries).filter((field) => !found.has(field))).toEqual([]);
  });

  it('answers asOf P the same bytes after the later writes, field by field', async () => {
    const second = await service.token('kiem-toan-2', { role: 'ADMIN' as never, name: 'Kiểm toán viên thứ hai' });
    const differing = new Map<string, Difference>();
    for (const query of queries) {
      const before = JSON.parse(answersThen.get(query)!) as { data: Record<string, unknown> };
      const after = JSON.parse(await ask(query, second)) as { data: Record<string, unknown> };
      for (const difference of differences(
        query.selection,
        before.data[query.root],
        after.data[query.root],
        query.root,
        `Query.${query.root}`,
      ))
        if (!differing.has(difference.field)) differing.set(difference.field, difference);
    }
    expect([...differing.values()].map(({ field, path }) => `${field} (first seen at ${path})`)).toEqual([]);
  }, 60_000);
});
