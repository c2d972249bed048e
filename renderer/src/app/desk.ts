import { createContext, useContext } from 'react';
import type { Output } from '../../../electron/contract/index';

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
