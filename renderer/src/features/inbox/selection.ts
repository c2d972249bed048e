import type { Output } from '../../../../electron/contract/index';

export type Message = Output<'messages.list'>['rows'][number];

/** Messages picked in the inbox, handed to the new-entry form (kept in memory for this tab). */
export const picked = new Map<number, Message>();
