import { CHECKPOINT_EVENT } from '../../src/audit/checkpoint';
import type { GraphQLResponse, TestService } from './service';

/** Input type names that are not `<Mutation>Input`. */
const INPUT_TYPES: Record<string, string> = {
  admitMember: 'MemberInput',
  withdrawMember: 'MemberInput',
  withdrawRegistration: 'UnitOfYearInput',
  finalizeScores: 'ClusterYearInput',
  closeVote: 'VoteRefInput',
  removeDossierItem: 'DossierItemRefInput',
  submitDossier: 'DossierStepInput',
  resubmitDossier: 'DossierStepInput',
  receiveDossier: 'DossierStepInput',
};

const inputType = (mutation: string) => INPUT_TYPES[mutation] ?? `${mutation[0].toUpperCase()}${mutation.slice(1)}Input`;

/** Sends one mutation with its input; answers the whole response. */
export function mutate(service: TestService, mutation: string, input: Record<string, unknown>, token?: string): Promise<GraphQLResponse> {
  const query = `mutation($input: ${inputType(mutation)}!) { ${mutation}(input: $input) { commandId position eventTypes duplicate } }`;
  return service.gql(query, { input }, token);
}

/** Sends a mutation that must succeed; fails the test with the server's error otherwise. */
export async function ok(service: TestService, mutation: string, input: Record<string, unknown>, token?: string) {
  const response = await mutate(service, mutation, input, token);
  if (response.errors) throw new Error(`${mutation} failed: ${JSON.stringify(response.errors)}`);
  return response.data![mutation] as { commandId: string; position: number; eventTypes: string[]; duplicate: boolean };
}

/**
 * Repeats a write while the store is unavailable, as a client told EVENT_STORE_UNAVAILABLE would,
 * until it is accepted or `withinMs` has passed; any other refusal fails at once.
 */
export async function retryWhileUnavailable(write: () => Promise<GraphQLResponse>, withinMs: number): Promise<GraphQLResponse> {
  const deadline = Date.now() + withinMs;
  let answer = await write();
  while (answer.errors && Date.now() < deadline) {
    if (answer.errors[0].extensions?.code !== 'EVENT_STORE_UNAVAILABLE') return answer;
    await new Promise((resolve) => setTimeout(resolve, 200));
    answer = await write();
  }
  return answer;
}

/** Nothing but signed audit checkpoints (written by the service on its own schedule) came after `head`. */
export async function expectNothingAppendedSince(service: TestService, head: number): Promise<void> {
  const after = await service.store.readAll({ after: head });
  expect(after.map((e) => e.type).filter((type) => type !== CHECKPOINT_EVENT)).toEqual([]);
}

/** Sends a mutation that must fail with `code` and append nothing. */
export async function refused(service: TestService, mutation: string, input: Record<string, unknown>, code: string, token?: string) {
  const head = await service.store.headPosition();
  const response = await mutate(service, mutation, input, token);
  const error = response.errors?.[0];
  expect({ mutation, code: error?.extensions?.code }).toEqual({ mutation, code });
  expect(error!.message.length).toBeGreaterThan(10);
  await expectNothingAppendedSince(service, head);
  return error!;
}
