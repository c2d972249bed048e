import type { Db } from '../../db/client';
import type { Result } from '../contract/index';
import type { Operator } from './context';
import { pinsInUse } from './auth';
import { resolveOperator } from './data-folder';

/**
 * Who is signed in at one desk (one Electron window, one browser-bridge run). Until any operator has a
 * PIN the station's SHO acts; once PINs are in use nobody acts until `auth.login` succeeds, and
 * `auth.logout` (the lock screen, the idle timer) ends it.
 */
export class DeskSession {
  private signedIn: Operator | null = null;

  constructor(private readonly db: Db) {}

  operator(): Operator | null {
    if (this.signedIn) return this.signedIn;
    return pinsInUse(this.db) ? null : resolveOperator(this.db);
  }

  /** Called by the transport with every result, so sign-in and sign-out take effect. */
  observe(channel: string, result: Result<unknown>): void {
    if (channel === 'auth.login' && result.ok) this.signedIn = result.value as Operator;
    if (channel === 'auth.logout') this.signedIn = null;
  }
}
