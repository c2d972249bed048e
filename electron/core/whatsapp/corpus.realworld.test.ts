// The real-world corpus: exports from other WhatsApp parsers' test suites, each with that project's own
// expectations (../shared/corpus/whatsapp-realworld/expected.json). Every case goes through the real import
// path (zip reader, decoder, parser, SQLite) into one register and is read back from the database, as the
// desk would show it. The corpus is not ours to copy: the shapes it holds have fixtures of their own.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRegister, type TestRegister } from '../testing/fixture';

const repoRoot = path.resolve(__dirname, '../../..');
// Beside the checkout, as on CI; a checkout elsewhere (a second worktree) names the folder in THANA_REALWORLD_CORPUS.
const CORPUS = process.env.THANA_REALWORLD_CORPUS
  ? path.resolve(process.env.THANA_REALWORLD_CORPUS)
  : path.resolve(repoRoot, '../shared/corpus/whatsapp-realworld');
const present = fs.existsSync(path.join(CORPUS, 'expected.json'));

/** null fields are not asserted. */
interface ExpectedMessage {
  sender: string;
  time: string | null;
  text: string | null;
}
interface ExpectedSender {
  count?: number;
  first?: string;
  last?: string;
}
interface Expected {
  total_messages: number | null;
  user_messages: number | null;
  system_messages: number | null;
  attachments: number | null;
  first_user: { sender: string; time: string | null } | null;
  last_user: { sender: string; time: string | null } | null;
  messages: ExpectedMessage[];
  senders: Record<string, ExpectedSender>;
  senders_exact: boolean;
  attachment_names: string[];
}
interface CorpusCase {
  file: string;
  date_order: 'dmy' | 'mdy' | null;
  expect: Expected;
}
interface Row {
  id: number;
  kind: 'user' | 'system';
  sender: string | null;
  sentAt: string | null;
  text: string;
  attachments: { name: string }[];
}

/** As expected.json says: no direction marks, no-break spaces as spaces, runs of white space collapsed. */
function norm(s: string | null): string {
  return (s ?? '')
    .replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069\u061C]/g, '')
    .replace(/[\u00A0\u202F\u2007]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Times are compared to the precision the expectation gives (minutes or seconds). */
const sameTime = (got: string | null, want: string | null) => want === null || (got !== null && got.slice(0, want.length) === want);

/** Earliest / latest user message by time, as a stable sort by time would put them first and last (rows come in file order). */
function extreme(users: Row[], latest: boolean): Row | null {
  let best: Row | null = null;
  for (const m of users) {
    if (m.sentAt === null) continue;
    if (!best || (latest ? m.sentAt >= best.sentAt! : m.sentAt < best.sentAt!)) best = m;
  }
  return best;
}

/** Every way the stored rows differ from the peer's expectation, as short readable lines. */
function compare(rows: Row[], e: Expected): string[] {
  const diffs: string[] = [];
  const users = rows.filter((r) => r.kind === 'user');
  const systems = rows.length - users.length;
  const attachments = users.reduce((n, r) => n + r.attachments.length, 0);
  const count = (what: string, got: number, want: number | null) => {
    if (want !== null && got !== want) diffs.push(`${what} ${got}, expected ${want}`);
  };
  count('total', rows.length, e.total_messages);
  count('user', users.length, e.user_messages);
  count('system', systems, e.system_messages);
  count('attachments', attachments, e.attachments);
  for (const [label, want, got] of [
    ['first_user', e.first_user, extreme(users, false)],
    ['last_user', e.last_user, extreme(users, true)],
  ] as const) {
    if (!want) continue;
    if (!got || norm(got.sender) !== norm(want.sender) || !sameTime(got.sentAt, want.time))
      diffs.push(`${label} ${got ? `${norm(got.sender)} @ ${got.sentAt}` : 'none'}, expected ${want.sender} @ ${want.time}`);
  }
  const unused = new Set(users);
  for (const want of e.messages) {
    const hit = [...unused].find(
      (m) =>
        norm(m.sender) === norm(want.sender) && sameTime(m.sentAt, want.time) && (want.text === null || norm(m.text) === norm(want.text)),
    );
    if (hit) unused.delete(hit);
    else diffs.push(`no user message ${want.sender} @ ${want.time}: ${JSON.stringify(want.text?.slice(0, 60) ?? null)}`);
  }
  const bySender = new Map<string, Row[]>();
  for (const m of users) {
    const k = norm(m.sender);
    bySender.set(k, [...(bySender.get(k) ?? []), m]);
  }
  for (const [name, want] of Object.entries(e.senders)) {
    const mine = bySender.get(norm(name)) ?? [];
    if (mine.length === 0) diffs.push(`sender ${name}: no messages`);
    else if (want.count !== undefined && mine.length !== want.count)
      diffs.push(`sender ${name}: ${mine.length} messages, expected ${want.count}`);
    const first = extreme(mine, false)?.sentAt ?? null;
    const last = extreme(mine, true)?.sentAt ?? null;
    if (want.first && !sameTime(first, want.first)) diffs.push(`sender ${name}: first ${first}, expected ${want.first}`);
    if (want.last && !sameTime(last, want.last)) diffs.push(`sender ${name}: last ${last}, expected ${want.last}`);
  }
  if (e.senders_exact) {
    const extra = [...bySender.keys()].filter((k) => !Object.keys(e.senders).some((n) => norm(n) === k));
    if (extra.length) diffs.push(`unexpected senders: ${extra.join(', ')}`);
  }
  const names = users.flatMap((m) => m.attachments.map((a) => a.name));
  for (const want of e.attachment_names) {
    const i = names.indexOf(want);
    if (i === -1) diffs.push(`no attachment ${want}`);
    else names.splice(i, 1);
  }
  return diffs;
}

describe.skipIf(!present)(
  present ? 'real-world corpus: every case as its own project expects' : `real-world corpus skipped: ${CORPUS} is not there`,
  () => {
    const cases: CorpusCase[] = present ? JSON.parse(fs.readFileSync(path.join(CORPUS, 'expected.json'), 'utf8')).cases : [];
    const results = new Map<string, string[]>();
    beforeAll(async () => {
      // One register per case: the corpus holds the same chat exported in several shapes, and the register
      // rightly adds a chat it already holds to the source it is in (imports cannot duplicate).
      for (const c of cases) {
        const reg: TestRegister = await makeRegister();
        const r = await reg.try('import.files', {
          paths: [path.join(CORPUS, c.file)],
          source: c.file,
          ...(c.date_order ? { dateOrder: c.date_order } : {}),
        });
        if (!r.ok) {
          results.set(c.file, [`import refused: ${r.error.message}`]);
          reg.close();
          continue;
        }
        const { rows } = await reg.call('messages.list', { source: c.file, limit: 1_000_000 });
        reg.close();
        results.set(
          c.file,
          compare(
            [...(rows as Row[])].sort((a, b) => a.id - b.id),
            c.expect,
          ),
        );
      }
    });

    afterAll(() => {
      const ok = [...results.values()].filter((d) => d.length === 0).length;
      const table = cases.map((c) => ({
        case: c.file,
        match: results.get(c.file)?.length === 0 ? 'yes' : 'NO',
        first: results.get(c.file)?.[0] ?? '',
      }));
      console.log(`real-world corpus: ${ok} of ${cases.length} match`);
      console.table(table);
    });

    it('holds the cases it says it holds', () => {
      expect(cases.length).toBe(60);
    });

    it.each(cases.map((c) => c.file))('%s', (file) => {
      expect(results.get(file)).toEqual([]);
    });
  },
);
