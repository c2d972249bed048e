import { createContext, useContext } from 'react';
import { mayCall, type Channel, type Output } from '../../../electron/contract/index';

export interface Desk {
  station: NonNullable<Output<'station.get'>>;
  info: Output<'app.info'>;
  refresh: () => Promise<void>;
}

export const DeskContext = createContext<Desk | null>(null);
export function useDesk(): Desk {
  const d = useContext(DeskContext);
  if (!d) throw new Error('no desk');
  return d;
}

/**
 * Whether the signed-in operator may call a channel, by the contract's own rules: the desk hides or disables
 * what would only be refused on save (the dispatch enforces the same rules).
 */
export function useMay(): (channel: Channel) => boolean {
  const role = useDesk().info.operator?.role ?? null;
  return (channel) => mayCall(role, channel);
}
