import type { At } from '../../projections/history';

/**
 * Where one request's resolvers read the read models: at the present, or at which log positions.
 * Every read goes through `readAt` (src/graphql/models-at.ts), which notes its position here, so
 * the answer knows whether it was computed wholly at positions, the one thing that decides
 * whether it can ever change (src/http/history-cache-control.ts).
 */
export class RequestReads {
  private present = false;
  private readonly positions = new Set<number>();

  note(at: At): void {
    if (at === 'current') this.present = true;
    else this.positions.add(at);
  }

  /** The positions read at, when nothing was read at the present and something was read; null otherwise. */
  positionsOnly(): readonly number[] | null {
    return this.present || this.positions.size === 0 ? null : [...this.positions];
  }
}
