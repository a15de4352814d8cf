// Counts every matcher call jest itself counts (expect(...).toX, .not, .resolves, .rejects, custom
// matchers), in tests and in hooks alike: jest keeps the count per test and resets it to 0 between
// tests, so the running total is taken from each increment of its own counter.
const state = globalThis[Symbol.for('$$jest-matchers-object')].state;
let current = state.assertionCalls;
globalThis.__assertionsInFile = 0;
Object.defineProperty(state, 'assertionCalls', {
  enumerable: true,
  get: () => current,
  set: (value) => {
    if (value > current) globalThis.__assertionsInFile += value - current;
    current = value;
  },
});
