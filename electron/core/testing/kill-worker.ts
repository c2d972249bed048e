// A child process for the crash tests: does real work through the dispatch and says on stdout what has
// committed, so the parent can kill it with SIGKILL at any moment and then check nothing was lost.
//   kill-worker.ts DATA_DIR edits            create entries, actions, updates, disposals in a loop
//   kill-worker.ts DATA_DIR backup OUT_DIR   make backups in a loop
//   kill-worker.ts DATA_DIR import SOURCE PATH...
import { openDataFolder, makeCtx, resolveOperator } from '../data-folder';
import { dispatch } from '../dispatch';
import { OPERATOR_OWN_FILES } from '../file-access';

const [dataDir, mode, ...rest] = process.argv.slice(2);
const folder = openDataFolder(dataDir);
const ctx = makeCtx(folder, resolveOperator(folder.db), undefined, OPERATOR_OWN_FILES);
const say = (s: string) => process.stdout.write(`${s}\n`);
say('started');

async function must(channel: string, input: unknown) {
  const r = await dispatch(ctx, channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value as Record<string, unknown>;
}

if (mode === 'edits') {
  for (let i = 0; ; i++) {
    const e = await must('entries.create', {
      receivedAt: `2025-0${1 + (i % 9)}-1${i % 10}T10:${String(i % 60).padStart(2, '0')}`,
      mode: 'whatsapp-group',
      source: 'बीट 4 समूह',
      informant: { name: `सूचनाकर्ता ${i}` },
      summary: `शिकायत क्रम ${i}: गाँव में विवाद`,
    });
    say(`entry ${e.id}`);
    const a = await must('entries.addAction', { entryId: e.id, text: `जांच हेतु उ0नि0 को अंकित ${i}`, status: 'under-inquiry' });
    say(`action ${a.id}`);
    await must('entries.update', { id: e.id, place: `ग्राम ${i}` });
    say(`place ${e.id} ग्राम ${i}`);
    if (i % 3 === 0) {
      await must('entries.dispose', { entryId: e.id, at: `2025-0${1 + (i % 9)}-2${i % 10}T10:00`, note: `निस्तारित ${i}` });
      say(`disposed ${e.id}`);
    }
  }
} else if (mode === 'backup') {
  for (;;) {
    const b = await must('backup.create', { dir: rest[0] });
    say(`backup ${b.dir}`);
  }
} else if (mode === 'import') {
  const [source, ...paths] = rest;
  await must('import.files', { paths, source });
  say('done');
}
folder.close();
