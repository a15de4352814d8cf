import type { Duplex } from 'node:stream';

export interface HoldLimits {
  /** The longest a refusal is held before it is answered; 0 answers every refusal at once. */
  holdMs: number;
  /** Refusals held at once in all: each keeps a socket, so a file descriptor, until it is answered. */
  inAll: number;
  /** Refusals held at once from one address. */
  perAddress: number;
}

interface Held {
  address: string;
  timer: NodeJS.Timeout;
  answer: () => void;
}

/**
 * Refused upgrades answered after a hold rather than at once. A flood reconnects as soon as it is
 * answered, so each refusal answered at once brings the next upgrade to parse and refuse; a held
 * socket brings none until it is answered. Each hold is between half of `holdMs` and all of it, at
 * random, so the sockets of one burst are not answered (and do not come back) in one burst. Past
 * the holds allowed from an address or in all, a refusal is answered at once.
 */
export class HeldRefusals {
  private readonly held = new Map<Duplex, Held>();
  private readonly heldBy = new Map<string, number>();

  constructor(private readonly limits: HoldLimits) {}

  /**
   * Calls `answer` once the hold is over, or at once when no hold is free; not at all if the socket
   * closes meanwhile. A hold never outlasts `untilMs`, the refusal's end (ms since the epoch).
   */
  hold(socket: Duplex, address: string, untilMs: number, answer: () => void): void {
    const fromAddress = this.heldBy.get(address) ?? 0;
    const holdMs = Math.min(this.limits.holdMs * (0.5 + Math.random() / 2), untilMs - Date.now());
    if (holdMs <= 0 || this.held.size >= this.limits.inAll || fromAddress >= this.limits.perAddress) return answer();
    this.heldBy.set(address, fromAddress + 1);
    // Unreferenced: a hold does not keep a stopping process alive (close() answers it first).
    const timer = setTimeout(() => this.release(socket, true), holdMs).unref();
    this.held.set(socket, { address, timer, answer });
    socket.once('close', () => this.release(socket, false));
  }

  /** Answers every held refusal now (on shutdown). */
  answerAll(): void {
    for (const socket of [...this.held.keys()]) this.release(socket, true);
  }

  size(): number {
    return this.held.size;
  }

  private release(socket: Duplex, answering: boolean): void {
    const held = this.held.get(socket);
    if (!held) return;
    this.held.delete(socket);
    clearTimeout(held.timer);
    const left = (this.heldBy.get(held.address) ?? 1) - 1;
    if (left > 0) this.heldBy.set(held.address, left);
    else this.heldBy.delete(held.address);
    if (answering) held.answer();
  }
}
