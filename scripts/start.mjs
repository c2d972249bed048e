#!/usr/bin/env node
// `npm start`: the desktop app where an Electron binary is installed, else the same app in the browser bridge.
import { spawnSync, spawn } from 'node:child_process';
import { electronBinary } from './electron-binary.mjs';

const electronBin = electronBinary();
const args = process.argv.slice(2);
const built = spawnSync(process.execPath, ['scripts/build.mjs', electronBin ? undefined : 'renderer'].filter(Boolean), {
  stdio: 'inherit',
});
if (built.status !== 0) process.exit(built.status ?? 1);
const child = electronBin
  ? spawn(electronBin, ['.', ...args], { stdio: 'inherit' })
  : (console.error('Electron नहीं मिला: ब्राउज़र में खोलें / Electron binary not installed here: starting the browser desk instead'),
    spawn('npx', ['tsx', 'electron/web/main.ts', ...args], { stdio: 'inherit' }));
child.on('exit', (code) => process.exit(code ?? 0));
