/** Channels the desk UI needs beyond the register core: dashboard figures and where the data lives. */
import { z } from 'zod';
import type { ChannelSpec } from './rules';

const month = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}$/, 'माह YYYY-MM के रूप में दें / expected a month YYYY-MM');

export const uiContract = {
  'stats.dashboard': {
    access: 'viewer',
    tx: 'read',
    input: z.object({ month: month.optional() }).prefault({}),
    output: z.object({
      month: z.string(),
      today: z.string(),
      received: z.number(),
      receivedByMode: z.array(z.object({ mode: z.string(), count: z.number() })),
      receivedByDay: z.array(z.object({ day: z.string(), count: z.number() })),
      disposed: z.number(),
      disposedWithin10: z.number(),
      disposedWithin30: z.number(),
      disposedLater: z.number(),
      pending: z.number(),
      pendingByAge: z.object({ upTo10: z.number(), from11To30: z.number(), over30: z.number() }),
      overdue: z.number(),
      overdueList: z.array(
        z.object({
          id: z.number(),
          year: z.number(),
          serial: z.number(),
          receivedAt: z.string(),
          informantName: z.string(),
          summary: z.string(),
          dueAt: z.string(),
          daysOver: z.number(),
        }),
      ),
      firs: z.number(),
      entriesWithFir: z.number(),
      arrested: z.number(),
      wanted: z.number(),
      unprocessedMessages: z.number(),
    }),
  },
  'app.info': {
    access: 'open',
    tx: 'read',
    input: z.object({}).optional(),
    output: z.object({
      dataDir: z.string(),
      operator: z.object({ id: z.number(), name: z.string(), role: z.enum(['sho', 'munshi', 'viewer']) }).nullable(),
      /** The register's office, or null before first run; open while locked so the lock screen can name it. */
      station: z.object({ name: z.string(), district: z.string() }).nullable(),
      demo: z.boolean(),
      /** Null while the desk is locked. */
      counts: z.object({ entries: z.number(), messages: z.number(), evidence: z.number() }).nullable(),
    }),
  },
} as const satisfies Record<string, ChannelSpec>;
