// A child process for the PIN race test: tries `count` wrong PINs at once against one data folder, then
// prints how many were refused. Several of these run side by side.
import { openDataFolder } from '../data-folder';
import { authenticate } from '../auth';

const [dataDir, name, count] = process.argv.slice(2);
const folder = openDataFolder(dataDir);
process.stdout.write('ready\n');
// Start together: the parent writes a line to stdin when every child is ready.
await new Promise((resolve) => process.stdin.once('data', resolve));
const results = await Promise.allSettled(
  Array.from({ length: Number(count) }, (_, i) => authenticate(folder.db, name, String(1000 + i).padStart(4, '9'), new Date())),
);
process.stdout.write(`refused ${results.filter((r) => r.status === 'rejected').length}\n`);
folder.close();
