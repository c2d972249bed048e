// WhatsApp's own events written under a name rather than without a sender: iOS writes them under the group's
// name (or, in a 1:1 chat, the contact's), and some Android exports put the encryption notice under the group's
// name. Found after parsing, over the whole chat: a name that only ever carries events is the group itself.

import { ENCRYPTION_RE, EVENT_HINT_RE } from './system-texts.js';
import type { ParsedMessage } from './types.js';

/** Texts that users (not the system) put after a direction mark on iOS. */
const USER_MARKED_RE = /^(?:POLL:|location:|Location:|Missed (?:voice|video|group) call|Voice call|Video call|Live location)/;

/** The encryption notice as a message of its own (not a caption, not a placeholder). */
function isNotice(msg: ParsedMessage): boolean {
  return !msg.deleted && !msg.mediaOmitted && msg.attachments.length === 0 && ENCRYPTION_RE.test(msg.text);
}

/**
 * Turns events written under a name into system messages, in place, and returns the group's name (the one
 * given, or the one name that only wrote events), else null.
 *
 * `marked` (iOS only, null elsewhere): per message, whether WhatsApp led its text with a direction mark, as it
 * does for events and placeholders; on Android users' own texts can start with one, so there only the
 * encryption notice counts. `firsts` (if known): the index of each name's first message.
 */
export function eventsUnderNames(
  messages: ParsedMessage[],
  marked: boolean[] | null,
  given: string | null,
  firsts: readonly number[] | null = null,
): string | null {
  // Without marks an event under a name can only be a notice that the name wrote first: when no name's first
  // message is one, there is nothing to do (the usual Android chat, without a look at every message).
  if (marked === null && given === null && firsts !== null && !firsts.some((i) => isNotice(messages[i]))) return null;
  const stats = new Map<string, { total: number; events: number }>();
  const eventLike: number[] = [];
  let lastName: string | null = null;
  let st = { total: 0, events: 0 };
  for (let i = 0; i < messages.length; i++) {
    const msg = messages[i];
    if (msg.kind !== 'user' || msg.sender === null) continue;
    if (msg.sender !== lastName) {
      lastName = msg.sender;
      const known = stats.get(lastName);
      if (known) st = known;
      else stats.set(lastName, (st = { total: 0, events: 0 }));
    }
    // WhatsApp writes the notice when a chat begins, before anyone under that name has written: it is looked
    // for only while a name has written nothing but events (which also keeps a long chat from being searched).
    const onlyEventsSoFar = st.events === st.total;
    st.total++;
    if ((marked !== null && marked[i] && !USER_MARKED_RE.test(msg.text)) || (onlyEventsSoFar && isNotice(msg))) {
      st.events++;
      eventLike.push(i);
    }
  }
  const groupLike = new Set<string>();
  if (given) groupLike.add(given);
  for (const [name, s] of stats) if (s.total === s.events) groupLike.add(name);
  const groupName = given ?? (groupLike.size === 1 ? [...groupLike][0] : null);
  const toSystem = (msg: ParsedMessage) => {
    msg.kind = 'system';
    msg.sender = null;
    msg.senderPhone = null;
    if (msg.attachments.length > 0) msg.attachments = [];
    msg.mediaOmitted = msg.deleted = msg.edited = false;
  };
  for (const i of eventLike) {
    const msg = messages[i];
    if (groupLike.has(msg.sender!)) continue; // below, with the rest of the group's lines
    if (ENCRYPTION_RE.test(msg.text) || (marked !== null && marked[i] && EVENT_HINT_RE.test(msg.text))) toSystem(msg);
  }
  if (groupLike.size > 0) {
    for (const msg of messages) if (msg.kind === 'user' && msg.sender !== null && groupLike.has(msg.sender)) toSystem(msg);
  }
  return groupName;
}
