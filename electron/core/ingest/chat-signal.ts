/** Slot of the shared Int32Array a key worker bumps after each reply, so the writer can sleep until then. */
export const REPLIES = 0;
export const SIGNAL_SLOTS = 1;
