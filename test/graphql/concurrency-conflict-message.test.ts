import { ConcurrencyConflictError } from '../../src/commands/concurrency-error';
import { formatError } from '../../src/graphql/errors';

describe('CONCURRENCY_CONFLICT as the caller reads it', () => {
  it('states how many tries the pipeline really made', () => {
    const answer = formatError({ message: 'x' }, new ConcurrencyConflictError('scorecard-ag-2-2024-tri-ton', 5), () => undefined);
    expect(answer.extensions?.code).toBe('CONCURRENCY_CONFLICT');
    expect(answer.message).toContain('đã thử 5 lần');
  });
});
