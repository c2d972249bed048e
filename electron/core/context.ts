import type { Writable } from 'node:stream';
import type { Db } from '../../db/client';
import type { FileGrants } from './file-access';
import type { Channel, EventName, EventPayload, Output, ParsedInput } from '../contract/index';

export interface Operator {
  id: number;
  name: string;
  role: 'sho' | 'munshi' | 'viewer';
}

/** Everything a handler may touch. Tests build one over a real SQLite file. */
export interface Ctx {
  db: Db;
  dataDir: string;
  now: () => Date;
  operator: Operator | null;
  /** The channel being served; stamped on audit rows. */
  channel: Channel | string;
  /** Which files this caller may name (see file-access.ts); absent: none. */
  files?: FileGrants;
  /** Where a download channel writes its file, opened by the transport. */
  sink?: Writable;
  /** Push events to the caller (progress bars); absent when nobody listens. */
  emit?: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
}

/** A channel's implementation: a plain function of the context and the validated input. */
export type Handler<C extends Channel> = (ctx: Ctx, input: ParsedInput<C>) => Output<C> | Promise<Output<C>>;

/** The handlers of one channel area (`entries` -> every `entries.*` channel), exported by that area's module. */
export type AreaHandlers<A extends string> = { [C in Channel as C extends A | `${A}.${string}` ? C : never]: Handler<C> };
