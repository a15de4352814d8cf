import type { CheckpointFeedLimits } from '../config';

/** How long a refused client is asked to wait: a place frees up only when another feed closes. */
export const FEED_RETRY_AFTER_SECONDS = 30;

export interface FeedRefusal {
  status: 429 | 503;
  code: 'TOO_MANY_CHECKPOINT_FEEDS' | 'CHECKPOINT_FEEDS_BUSY';
  message: string;
}

/**
 * Admission for the public checkpoint feeds. A caller is who the rate limit counts (rateLimitKey):
 * a signed-in subject, wherever it connects from, has its own cap; callers without a token are
 * capped per address and share one small cap between them, so anonymous feeds cannot crowd out
 * an auditor who signs in. A place taken is given back exactly once.
 */
export class FeedAdmission {
  private readonly open = new Map<string, number>();
  private anonymous = 0;

  constructor(private readonly limits: CheckpointFeedLimits) {}

  /** A release function, or why not. `caller` is a rateLimitKey: `subject:<id>` or `address:<ip>`. */
  take(caller: string): (() => void) | FeedRefusal {
    const signedIn = caller.startsWith('subject:');
    const held = this.open.get(caller) ?? 0;
    const cap = signedIn ? this.limits.perCaller : this.limits.perAddress;
    if (held >= cap) return tooMany(cap, signedIn);
    if (!signedIn && this.anonymous >= this.limits.anonymous) return busy(this.limits.anonymous);
    this.open.set(caller, held + 1);
    if (!signedIn) this.anonymous += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = this.open.get(caller)! - 1;
      if (left === 0) this.open.delete(caller);
      else this.open.set(caller, left);
      if (!signedIn) this.anonymous -= 1;
    };
  }
}

const tooMany = (cap: number, signedIn: boolean): FeedRefusal => ({
  status: 429,
  code: 'TOO_MANY_CHECKPOINT_FEEDS',
  message:
    `Đã mở tối đa ${cap} luồng điểm kiểm tra ${signedIn ? 'với tài khoản này' : 'từ địa chỉ này'}; ` +
    `hãy đóng bớt luồng đang mở rồi thử lại sau ${FEED_RETRY_AFTER_SECONDS} giây.`,
});

const busy = (cap: number): FeedRefusal => ({
  status: 503,
  code: 'CHECKPOINT_FEEDS_BUSY',
  message:
    `Máy chủ đang phục vụ tối đa ${cap} luồng điểm kiểm tra không kèm token; hãy thử lại sau ${FEED_RETRY_AFTER_SECONDS} giây, ` +
    'hoặc mở luồng kèm "Authorization: Bearer <token>" để dùng hạn mức riêng của bạn.',
});
