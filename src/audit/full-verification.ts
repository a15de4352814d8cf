import { setImmediate as nextTurn } from 'node:timers/promises';
import type { WriteGuard } from '../eventstore/write-guard';
import type { AuditKey } from './signing-key';
import { damageIn, problemIn } from './startup-check';
import { linksIn, pagesOf, verifyLog } from './verify-log';

/** Events verified between two turns of the event loop: requests keep being answered during a pass. */
const PAGE = 1000;

export interface FullPass {
  finishedAt: string;
  checkedEvents: number;
  /** What was found wrong; null when the whole chain and every checkpoint in it held. */
  problem: string | null;
}

/**
 * The whole audit chain, from the first event, verified in the background: once after every
 * start (the start-up check only covers what follows the last signed checkpoint) and then every
 * `everyMs`, together with the storage's own integrity check. A break anywhere turns the store read-only with the reason, as a break found at
 * start-up does: an edit made while the service was stopped, before its last checkpoint, is
 * caught within one pass.
 */
export class FullVerification {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;
  /** The last completed pass; null until the first one after start-up is done. */
  lastPass: FullPass | null = null;

  constructor(
    private readonly store: WriteGuard,
    private readonly key: AuditKey,
    private readonly everyMs: number,
    private readonly onProblem: (problem: string) => void,
  ) {}

  /** True until the first pass since start-up is complete. */
  get verifying(): boolean {
    return this.lastPass === null;
  }

  /** The first pass leaves out the storage's integrity check: the start-up check has just run it. */
  start(): void {
    this.running = this.pass(false);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private async pass(checkStorage = true): Promise<void> {
    try {
      const readPage = async (after: number) => {
        await nextTurn();
        return this.stopped ? [] : this.store.readAll({ after, maxCount: PAGE });
      };
      // The storage's own check too (in a worker thread for a file): it covers what the chain does not, such as the rows streams are read through.
      const [report, integrity] = await Promise.all([
        verifyLog(pagesOf(readPage), this.key.publicKey, undefined, linksIn(this.store)),
        checkStorage ? this.store.checkIntegrity() : [],
      ]);
      // Cut short by a shutdown: what was read says nothing about the rest.
      if (this.stopped) return;
      const problem = damageIn(integrity) ?? problemIn(report);
      this.lastPass = { finishedAt: new Date().toISOString(), checkedEvents: report.checkedEvents, problem };
      if (problem) {
        this.store.refuseWrites(problem);
        this.onProblem(problem);
      }
    } catch (error) {
      // A store that cannot be read now is the probes' concern; the next pass tries again.
      if (!this.stopped) this.onProblem(`không kiểm tra được toàn bộ chuỗi: ${(error as Error).message}`);
    }
    if (!this.stopped) this.timer = setTimeout(() => void (this.running = this.pass()), this.everyMs).unref();
  }
}
