import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/client';
import type { Result } from '../contract/index';
import type { Operator } from './context';
import { pinsInUse } from './auth';
import { resolveOperator } from './data-folder';

/** The station's idle time in minutes after which a sign-in ends (0 = never; no station yet = never). */
export function lockMinutes(db: Db): number {
  const row = db.sqlite.prepare('SELECT lock_minutes FROM station WHERE id = 1').get() as { lock_minutes: number } | undefined;
  return row?.lock_minutes ?? 0;
}

/**
 * Who is signed in at one desk (one Electron window, one browser tab). Until any operator has a PIN the
 * station's SHO acts; once PINs are in use nobody acts until `auth.login` succeeds, and `auth.logout` (the lock
 * screen, the idle timer) ends it. The server enforces the idle lock too: a sign-in without a call for the
 * station's `lock_minutes` has ended, whether or not the page ever said auth.logout. An operator made inactive
 * since signing in is signed out; a changed role takes effect at the next call.
 */
export class DeskSession {
  private signedIn: Operator | null = null;
  private lastCall = 0;

  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Who acts for a call made now; the call keeps the sign-in alive. */
  operator(): Operator | null {
    const op = this.current();
    if (this.signedIn) this.lastCall = this.now().getTime();
    return op;
  }

  /** Who is signed in, without counting as a call (streaming evidence, the event stream). */
  peek(): Operator | null {
    return this.current();
  }

  /** True while an operator is signed in here (not the SHO acting before PINs are in use). */
  isSignedIn(): boolean {
    this.current();
    return !!this.signedIn;
  }

  /** Called by the transport with every result, so sign-in and sign-out take effect. */
  observe(channel: string, result: Result<unknown>): void {
    if (channel === 'auth.login' && result.ok) {
      this.signedIn = result.value as Operator;
      this.lastCall = this.now().getTime();
    }
    if (channel === 'auth.logout') this.signedIn = null;
  }

  private current(): Operator | null {
    if (this.signedIn) {
      const minutes = lockMinutes(this.db);
      const idle = this.now().getTime() - this.lastCall;
      if (minutes > 0 && idle >= minutes * 60_000) this.signedIn = null;
      else {
        const row = this.db.sqlite.prepare('SELECT id, name, role FROM operators WHERE id = ? AND active = 1').get(this.signedIn.id) as
          Operator | undefined;
        this.signedIn = row ?? null;
      }
    }
    if (this.signedIn) return this.signedIn;
    return pinsInUse(this.db) ? null : resolveOperator(this.db);
  }
}

/**
 * The desks of one transport, each under an unguessable id: the browser bridge keeps one per signed-in tab
 * (a new id at every sign-in, so an id known before signing in never becomes a signed-in one), the desktop app
 * one per window. A caller with no id, or one that has ended, gets a desk of its own that nobody is signed in to.
 */
export class DeskSessions {
  private readonly desks = new Map<string, DeskSession>();

  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** A new desk; returns its id. */
  open(): string {
    const id = randomBytes(24).toString('base64url');
    this.desks.set(id, new DeskSession(this.db, this.now));
    return id;
  }

  /** The desk kept under this id, or a fresh one nobody is signed in to. */
  desk(id: string | null | undefined): DeskSession {
    return (id ? this.desks.get(id) : undefined) ?? new DeskSession(this.db, this.now);
  }

  /** Whether this id names a desk still kept here. */
  has(id: string | null | undefined): boolean {
    return !!id && this.desks.has(id);
  }

  close(id: string | null | undefined): void {
    if (id) this.desks.delete(id);
  }

  /** Ends every kept desk whose sign-in has ended (idle, signed out, operator made inactive); returns their ids. */
  sweep(): string[] {
    const ended: string[] = [];
    for (const [id, desk] of this.desks) {
      if (!desk.isSignedIn()) {
        this.desks.delete(id);
        ended.push(id);
      }
    }
    return ended;
  }
}
