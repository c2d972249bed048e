// A child process for crash tests: imports the given paths into a data folder, reporting its progress on
// stdout ("progress <fraction>"), then prints "done". The parent kills it with SIGKILL at a point of the
// import's own progress, so kills land inside the import however fast or loaded the machine is.
import { openDataFolder, makeCtx, resolveOperator } from '../data-folder';
import { dispatch } from '../dispatch';
import { OPERATOR_OWN_FILES } from '../file-access';

const [dataDir, source, ...paths] = process.argv.slice(2);
const folder = openDataFolder(dataDir);
process.stdout.write('started\n');
const ctx = {
  ...makeCtx(folder, resolveOperator(folder.db), undefined, OPERATOR_OWN_FILES),
  // Reading (files stored, chat parsed) is the first half of the scale, saving the messages the second.
  emit: (_event: string, p: { phase: string; bytesDone: number; bytesTotal: number; messages: number; saved: number }) => {
    const f = p.phase === 'reading' ? (0.5 * p.bytesDone) / Math.max(1, p.bytesTotal) : 0.5 + (0.5 * p.saved) / Math.max(1, p.messages);
    process.stdout.write(`progress ${f.toFixed(4)}\n`);
  },
};
const r = await dispatch(ctx as never, 'import.files', { paths, source });
process.stdout.write(r.ok ? 'done\n' : `failed ${JSON.stringify(r.error)}\n`);
folder.close();
