import { hash } from 'node:crypto';

/**
 * A message's identity across overlapping exports of the same chat: its time, sender and text,
 * plus its occurrence among identical messages of the same file, so two identical "ok" in one minute stay two.
 */
export class MessageKeyer {
  private seen = new Map<string, number>();

  key(sentAt: string | null, sender: string | null, text: string): string {
    const digest = hash('sha256', JSON.stringify([sentAt, sender, text]), 'base64url');
    const n = this.seen.get(digest) ?? 0;
    this.seen.set(digest, n + 1);
    return n ? `${digest}#${n}` : digest;
  }
}
