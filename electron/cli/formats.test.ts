import { runCli } from '../core/testing/cli';
import { describe, it, expect, beforeAll } from 'vitest';
import path from 'node:path';
import { CASES } from '../core/whatsapp/fixtures/cases';
import { tempDir } from '../core/testing/fixture';

const ROOT = path.resolve(__dirname, '../..');
const FIXTURES = path.join(ROOT, 'electron/core/whatsapp/fixtures');

/** The CLI in one process (node with the tsx loader), as `npm run -s cli` runs it. */
const cli = runCli;

interface CliMessage {
  source: string;
  kind: string;
  sender: string | null;
  senderPhone: string | null;
  sentAt: string | null;
  text: string;
  deleted: boolean;
  edited: boolean;
  attachments: { name: string }[];
}

describe('every WhatsApp format, through the command line', () => {
  const dir = tempDir('thana-formats-');
  const imported = new Map<string, Record<string, unknown>>();
  let messages: CliMessage[] = [];

  beforeAll(() => {
    expect(cli(dir, ['init', '--station', 'पिपराइच', '--district', 'गोरखपुर']).code).toBe(0);
    for (const c of CASES) {
      const r = cli(dir, ['import', path.join(FIXTURES, c.file), '--source', c.file, '--json']);
      expect(r.code, `${c.file}: ${r.stderr}`).toBe(0);
      imported.set(c.file, JSON.parse(r.stdout));
    }
    const all = cli(dir, ['messages', '--json']);
    expect(all.code, all.stderr).toBe(0);
    messages = JSON.parse(all.stdout);
  }, 300_000);

  it.each(CASES.map((c) => [c.file, c] as const))('%s: counts, senders and timestamps', (file, c) => {
    const r = imported.get(file)!;
    expect(r).toMatchObject({ ...c.counts, newMessages: c.messages.length, duplicateMessages: 0 });
    // The same chat message twice in one minute stays twice; only a re-import is a duplicate.
    const got = messages.filter((m) => m.source === file);
    expect(
      got.map((m) => ({
        kind: m.kind,
        sender: m.sender,
        senderPhone: m.senderPhone,
        sentAt: m.sentAt,
        text: m.text,
        deleted: m.deleted,
        edited: m.edited,
        attachments: m.attachments.map((a) => a.name),
      })),
    ).toEqual(
      [...c.messages]
        .map((m, i) => ({ m, i }))
        // chat order: by time as written, then by position in the file; unknown times last
        .sort((a, b) =>
          a.m.sentAt === b.m.sentAt ? a.i - b.i : a.m.sentAt === null ? 1 : b.m.sentAt === null ? -1 : a.m.sentAt < b.m.sentAt ? -1 : 1,
        )
        .map(({ m }) => ({
          kind: m.kind,
          sender: m.sender,
          senderPhone: m.senderPhone,
          sentAt: m.sentAt,
          text: m.text,
          deleted: m.deleted,
          edited: m.edited,
          attachments: m.attachments,
        })),
    );
  });

  it('a second import of a file adds nothing', () => {
    const c = CASES[0];
    const r = cli(dir, ['import', path.join(FIXTURES, c.file), '--source', c.file, '--json']);
    expect(JSON.parse(r.stdout)).toMatchObject({ newMessages: 0, duplicateMessages: c.messages.length });
  });

  it('the date order can be forced, and an ambiguous file says it assumed day-first', () => {
    const d = tempDir('thana-order-');
    cli(d, ['init', '--station', 'पिपराइच', '--district', 'गोरखपुर']);
    const assumed = JSON.parse(cli(d, ['import', path.join(FIXTURES, 'ambiguous-order.txt'), '--source', 'a', '--json']).stdout);
    expect(assumed.warnings.join('\n')).toMatch(/day-first|dmy|DD\/MM|दिन/i);
    const forced = cli(d, ['import', path.join(FIXTURES, 'ambiguous-order.txt'), '--source', 'b', '--date-order', 'mdy', '--json']);
    expect(forced.code).toBe(0);
    const msgs = JSON.parse(cli(d, ['messages', '--source', 'b', '--json']).stdout) as CliMessage[];
    const dmy = JSON.parse(cli(d, ['messages', '--source', 'a', '--json']).stdout) as CliMessage[];
    expect(msgs[0].sentAt).not.toEqual(dmy[0].sentAt);
  });
});
