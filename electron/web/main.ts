/** `npm run web [-- --data DIR] [--port N]`: the same UI and handlers in any browser on this PC. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultDataDir, openDataFolder } from '../core/data-folder';
import { parseStrict, opt, UsageError } from '../cli/args';
import { startBridge } from './server';
import { maybeAutoBackup } from '../core/backup/service';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let args;
try {
  args = parseStrict(process.argv.slice(2), {
    data: { type: 'string', value: 'DIR', help: 'the data folder' },
    port: { type: 'string', value: 'N', help: 'the port (default: any free one)' },
  });
} catch (e) {
  if (!(e instanceof UsageError)) throw e;
  process.stderr.write(`त्रुटि / error: ${e.message}\n  npm run web -- [--data DIR] [--port N]\n`);
  process.exit(2);
}
const folder = openDataFolder(opt(args, 'data') ?? defaultDataDir());
const bridge = await startBridge({ folder, rendererDir: path.join(ROOT, 'dist', 'renderer'), port: Number(opt(args, 'port') ?? 0) });
process.stderr.write(`थाना शिकायत रजिस्टर: डेटा फ़ोल्डर / data folder ${folder.dir}\nब्राउज़र में खोलें / open in a browser:\n`);
process.stdout.write(`${bridge.url}\n`);
// The same daily backup as the desktop app while the bridge runs.
const autoBackup = () => void maybeAutoBackup({ db: folder.db, dataDir: folder.dir, now: () => new Date() }).catch(() => undefined);
autoBackup();
setInterval(autoBackup, 60 * 60 * 1000).unref();
const stop = () => bridge.close().then(() => (folder.close(), process.exit(0)));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
