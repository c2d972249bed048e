import { createHash } from 'node:crypto';

/**
 * A message's identity across overlapping exports of the same chat: its time, sender and text,
 * plus its occurrence among identical messages of the same file, so two identical "ok" in one minute stay two.
 */
export class MessageKeyer {
  private seen = new Map<string, number>();

  key(sentAt: string | null, sender: string | null, text: string): string {
    const base = JSON.stringify([sentAt, sender, text]);
    const n = this.seen.get(base) ?? 0;
    this.seen.set(base, n + 1);
    return createHash('sha256').update(base).update(`#${n}`).digest('base64url');
  }
}
