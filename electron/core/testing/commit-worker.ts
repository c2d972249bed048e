// A child process for the WAL-loss test: checkpoints, then commits N entries through the dispatch (they stay
// in the -wal file), says so on stdout, and waits to be killed with its connection open (no checkpoint at exit).
//   commit-worker.ts DATA_DIR N
import { openDataFolder, makeCtx, resolveOperator } from '../data-folder';
import { dispatch } from '../dispatch';
import { headHash } from '../audit';

const [dataDir, n] = process.argv.slice(2);
const folder = openDataFolder(dataDir);
folder.db.sqlite.pragma('wal_checkpoint(TRUNCATE)');
const ctx = makeCtx(folder, resolveOperator(folder.db));
const before = headHash(folder.db.sqlite).id;
for (let i = 0; i < Number(n); i++) {
  const r = await dispatch(ctx, 'entries.create', {
    receivedAt: `2025-01-2${i}T10:00`,
    mode: 'phone',
    informant: { name: `रात की सूचना ${i}` },
    summary: `बिजली जाने से पहले दर्ज ${i}`,
  });
  if (!r.ok) throw new Error(r.error.message);
}
process.stdout.write(`committed ${before} ${headHash(folder.db.sqlite).id}\n`);
setInterval(() => {}, 1000);
