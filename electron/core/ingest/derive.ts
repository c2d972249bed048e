import { MessageKeyer } from './message-keys';
import { scriptKeys } from '../text/search-keys';

// The per-message work of an import that needs neither the parse nor the database, so it can run in the
// key worker (prepare-worker.ts) as well as inline.

/** A message's stored columns before the derived ones: what crosses to a key worker. */
export type MessageTuple = [
  kind: 'user' | 'system',
  sender: string | null,
  senderPhone: string | null,
  sentAt: string | null,
  text: string,
  deleted: 0 | 1,
  edited: 0 | 1,
  mediaOmitted: 0 | 1,
];

/** What is worked out from a tuple: its dedupe key, search keys (null when there is nothing to index) and digest JSON. */
export type Derived = [dedupeKey: string, searchKeys: string | null, digestTail: string];

/**
 * One message ready to store: its tuple, what was derived from it, and its attachment names.
 * `digestTail` is JSON.stringify([kind, sender, senderPhone, sentAt, text, deleted, edited, mediaOmitted, dedupeKey])
 * so the writer only has to put the ids in front (see ImportDigester.addMessage).
 */
export type PreparedRow = [...MessageTuple, ...Derived, attachments: string[]];

export const ROW = {
  kind: 0,
  sender: 1,
  senderPhone: 2,
  sentAt: 3,
  text: 4,
  deleted: 5,
  edited: 6,
  mediaOmitted: 7,
  key: 8,
  searchKeys: 9,
  digestTail: 10,
  attachments: 11,
} as const;

/** The search document of a message: who sent it, then what it says, in NFC like every query (see search-index.ts). */
export const searchBody = (sender: string | null, text: string): string => (sender ? `${sender}\n${text}` : text).normalize('NFC');

/** Derives keys for one chat's tuples in order; the keyer must see the whole chat, batch after batch. */
export function deriveBatch(keyer: MessageKeyer, tuples: MessageTuple[]): Derived[] {
  return tuples.map((t) => {
    const [kind, sender, senderPhone, sentAt, text, deleted, edited, mediaOmitted] = t;
    const key = keyer.key(sentAt, sender, text);
    const body = searchBody(sender, text);
    const digestTail = JSON.stringify([kind, sender, senderPhone, sentAt, text, deleted, edited, mediaOmitted, key]);
    return [key, body.trim() ? scriptKeys(body) : null, digestTail];
  });
}
