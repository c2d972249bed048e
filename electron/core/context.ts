import type { Db } from '../../db/client';
import type { Channel, EventName, EventPayload } from '../contract/index';

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
  /** Push events to the caller (progress bars); absent when nobody listens. */
  emit?: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
}
