import { isMeasuredPressure } from '../../src/http/hardening';

describe('load shedding acts on measured pressure only', () => {
  it('sheds on a measured event-loop delay, heap or memory reading', () => {
    expect(isMeasuredPressure('eventLoopDelay', 1500)).toBe(true);
    expect(isMeasuredPressure('heapUsedBytes', 2e9)).toBe(true);
  });

  it('does not shed for a window with no event-loop sample (one long block that has ended, e.g. start-up)', () => {
    expect(isMeasuredPressure('eventLoopDelay', Infinity)).toBe(false);
    expect(isMeasuredPressure('eventLoopDelay', Number.NaN)).toBe(false);
  });
});
