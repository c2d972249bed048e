import type { Output } from '../../../../electron/contract/index';

export type Message = Output<'messages.list'>['rows'][number];

/** Messages picked in the inbox, handed to the new-entry form (kept in memory for this tab). */
export const picked = new Map<number, Message>();

/** Files dropped on another screen: the inbox opens and imports them. */
let dropped: File[] | null = null;
export const setDropped = (files: File[]) => void (dropped = files);
export function takeDropped(): File[] | null {
  const f = dropped;
  dropped = null;
  return f;
}
