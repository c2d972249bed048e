/**
 * The rules every channel declares beside its input and output: who may call it and how it runs.
 * The dispatch enforces them for every transport; the desk reads the same rules to hide or disable
 * what the signed-in operator may not do. No Node, no DOM, no electron here.
 */
import type { z } from 'zod';

export const OPERATOR_ROLES = ['sho', 'munshi', 'viewer'] as const;
export type OperatorRole = (typeof OPERATOR_ROLES)[number];

/**
 * open: anyone, signed in or not, even while the desk is locked (sign-in and app information only).
 * setup: only while the register has no station yet (first run), before any operator exists.
 * viewer / munshi / sho: a signed-in operator of at least that rank (sho > munshi > viewer).
 */
export type Access = 'open' | 'setup' | 'viewer' | 'munshi' | 'sho';

/**
 * read: one deferred transaction (a consistent snapshot). write: one IMMEDIATE transaction with its audit rows.
 * self: the handler streams files or hashes and runs its own transactions.
 */
export type Tx = 'read' | 'write' | 'self';

export interface ChannelSpec {
  access: Access;
  tx: Tx;
  input: z.ZodType;
  output: z.ZodType;
  /** Input fields naming files or folders the channel reads: the transport must vouch for every one. */
  reads?: readonly string[];
  /** Input fields naming folders the channel creates files in (a backup folder). */
  writesIn?: readonly string[];
  /**
   * The channel writes one file for the caller and names no path for it: a download in the browser, the save
   * dialog in the desktop app, --out on the command line. `name` is the file name offered.
   */
  download?: { mime: string; name: (input: never) => string };
}

const RANK: Record<OperatorRole, number> = { viewer: 1, munshi: 2, sho: 3 };

/** Whether an operator of this role (null: nobody signed in, or the desk is locked) may call a channel of this access. */
export function roleMayCall(role: OperatorRole | null, access: Access): boolean {
  if (access === 'open' || access === 'setup') return true;
  if (!role) return false;
  return RANK[role] >= RANK[access];
}
