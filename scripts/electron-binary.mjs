// Where the Electron binary is, or null, found without requiring the `electron` package: requiring it where the
// binary is missing tries to download it, prints a "fetch failed" stack trace and waits about 40 s.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function electronBinary(env = process.env) {
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const exe = process.platform === 'win32' ? 'electron.exe' : 'electron';
    const p = path.join(env.ELECTRON_OVERRIDE_DIST_PATH, exe);
    return fs.existsSync(p) ? p : null;
  }
  const pkg = path.join(ROOT, 'node_modules', 'electron');
  const pathFile = path.join(pkg, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const p = path.join(pkg, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(p) ? p : null;
}
