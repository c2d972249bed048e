// A child process for crash tests: imports the given paths into a data folder, then prints "done".
// The parent kills it with SIGKILL at random moments.
import { openDataFolder, makeCtx, resolveOperator } from '../data-folder';
import { dispatch } from '../dispatch';
import { OPERATOR_OWN_FILES } from '../file-access';

const [dataDir, source, ...paths] = process.argv.slice(2);
const folder = openDataFolder(dataDir);
process.stdout.write('started\n');
const r = await dispatch(makeCtx(folder, resolveOperator(folder.db), undefined, OPERATOR_OWN_FILES), 'import.files', { paths, source });
process.stdout.write(r.ok ? 'done\n' : `failed ${JSON.stringify(r.error)}\n`);
folder.close();
