import type { Decider, DomainEvent } from '../../src/kernel/decider';
import { DomainError } from '../../src/kernel/domain-error';

/**
 * Given events / when command / then events or error, in the style of Emmett's
 * DeciderSpecification: the state is folded from the given events with the decider's own evolve.
 */
export function specification<C, S, E extends DomainEvent>(decider: Decider<C, S, E>) {
  return (given: E[]) => ({
    when: (command: C) => {
      const run = () => decider.decide(command, given.reduce(decider.evolve, decider.initialState()));
      return {
        then: (expected: E[]) => expect(run()).toEqual(expected),
        /** The error's stable code, and what its message must say when the test names it. */
        thenThrows: (code: string, message?: RegExp) => {
          let thrown: unknown;
          try {
            run();
          } catch (error) {
            thrown = error;
          }
          expect(thrown).toBeInstanceOf(DomainError);
          expect((thrown as DomainError).code).toBe(code);
          expect((thrown as DomainError).message.length).toBeGreaterThan(0);
          if (message) expect((thrown as DomainError).message).toMatch(message);
        },
      };
    },
  });
}
