import type { WebSocket } from 'ws';
import type { SubscriptionLimits } from '../../config';
import type { SocketDropReason } from '../../ops/metrics';
import { CLOSING, closeWith } from './close';

interface Held {
  address: string;
  signedIn: boolean;
  /** The init deadline while not signed in; the token's expiry once signed in. */
  timer: NodeJS.Timeout;
}

/** setTimeout's longest delay (about 24.8 days); longer ones would fire at once. */
const LONGEST_DELAY_MS = 2 ** 31 - 1;

/**
 * The slots open sockets hold. A socket not yet signed in (from its upgrade until a verified
 * connection_init) holds an unauthenticated slot: a few in all, fewer per address, and only until
 * the init deadline. Signing in moves it to one of THIDUA_WS_MAX_CONNECTIONS signed-in slots, held
 * until its token expires. Counted apart, sockets that never sign in cannot keep signed-in users out.
 */
export class SocketSlots {
  private readonly held = new Map<WebSocket, Held>();
  private readonly unauthenticatedBy = new Map<string, number>();
  private signedInCount = 0;

  constructor(
    private readonly limits: SubscriptionLimits,
    private readonly onDropped: (reason: SocketDropReason) => void,
  ) {}

  /** Takes an unauthenticated slot for a new socket from `address`; false, the socket closed saying why, when none is free. */
  admit(socket: WebSocket, address: string): boolean {
    const fromAddress = this.unauthenticatedBy.get(address) ?? 0;
    const refusal =
      this.unauthenticated() >= this.limits.maxUnauthenticated
        ? CLOSING.unauthenticatedFull
        : fromAddress >= this.limits.maxUnauthenticatedPerAddress
          ? CLOSING.unauthenticatedFromAddress(this.limits.maxUnauthenticatedPerAddress)
          : null;
    if (refusal) {
      this.onDropped('unauthenticated');
      closeWith(socket, refusal);
      return false;
    }
    this.unauthenticatedBy.set(address, fromAddress + 1);
    const timer = setTimeout(() => {
      this.onDropped('init_timeout');
      closeWith(socket, CLOSING.initTimeout(this.limits.initTimeoutMs));
    }, this.limits.initTimeoutMs);
    this.held.set(socket, { address, signedIn: false, timer });
    return true;
  }

  /**
   * Moves a socket whose token was verified to a signed-in slot until `expiresAt`, the token's
   * expiry (the client reconnects with a fresh token); false when the socket is already closing
   * or, closed saying why, when every signed-in slot is taken.
   */
  signIn(socket: WebSocket, expiresAt: number): boolean {
    const held = this.held.get(socket);
    if (!held || held.signedIn || socket.readyState !== socket.OPEN) return false;
    if (this.signedInCount >= this.limits.maxConnections) {
      this.onDropped('full');
      closeWith(socket, CLOSING.full(this.limits.maxConnections));
      return false;
    }
    this.leaveUnauthenticated(held);
    held.signedIn = true;
    this.signedInCount += 1;
    const lifetime = Math.min(Math.max(0, expiresAt - Date.now()), LONGEST_DELAY_MS);
    held.timer = setTimeout(() => closeWith(socket, CLOSING.tokenExpired), lifetime).unref();
    return true;
  }

  /** Frees the slot of a closed socket, whichever it held. */
  release(socket: WebSocket): void {
    const held = this.held.get(socket);
    if (!held) return;
    this.held.delete(socket);
    if (held.signedIn) this.signedInCount -= 1;
    else this.leaveUnauthenticated(held);
    clearTimeout(held.timer);
  }

  private leaveUnauthenticated(held: Held): void {
    clearTimeout(held.timer);
    const left = (this.unauthenticatedBy.get(held.address) ?? 1) - 1;
    if (left > 0) this.unauthenticatedBy.set(held.address, left);
    else this.unauthenticatedBy.delete(held.address);
  }

  signedIn(): number {
    return this.signedInCount;
  }

  unauthenticated(): number {
    return this.held.size - this.signedInCount;
  }

  sockets(): WebSocket[] {
    return [...this.held.keys()];
  }
}
