/**
 * Packaging check (offline). Runs here and in CI without network and without an Electron binary:
 *  (a) electron-builder.yml passes app-builder-lib's own schema validator and states the installer choices;
 *  (b) `electron-builder --linux dir` against a stand-in Electron folder packs an app.asar that holds the
 *      bundles, every migration and the fonts, and none of the tests, benchmarks or sources.
 * The real installers (NSIS, AppImage, deb) need downloads and are built by .github/workflows/release.yml.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as asar from '@electron/asar';
import { Worker, MessageChannel } from 'node:worker_threads';
import { deriveBatch, type MessageTuple } from '../electron/core/ingest/derive';
import { MessageKeyer } from '../electron/core/ingest/message-keys';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';

const ROOT = path.resolve(__dirname, '..');
const ELECTRON_VERSION = '44.11.5';
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

/** Every file under dir, as forward-slash paths relative to base. */
function walk(dir: string, base = ROOT): string[] {
  return fs.readdirSync(path.join(base, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    return e.isDirectory() ? walk(rel, base) : [rel];
  });
}

describe('packaging check: electron-builder.yml', () => {
  let loaded: Promise<Awaited<ReturnType<typeof getConfig>>>;
  // getConfig reads electron-builder.yml exactly as electron-builder does (and package.json's "build", which must be absent).
  beforeAll(() => {
    loaded = getConfig(ROOT, null, null);
  });

  it('passes app-builder-lib’s own validator', async () => {
    await expect(validateConfiguration(await loaded, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('the validator is real: a misspelt option is refused', async () => {
    const config = await loaded;
    await expect(
      validateConfiguration({ ...config, nsis: { ...config.nsis, oneClik: false } } as never, new DebugLogger(false)),
    ).rejects.toThrow(/configuration\.nsis/);
  });

  it('builds the station installer the way the issue asks', async () => {
    const c = (await loaded) as any;
    expect(pkg.build, 'config lives in electron-builder.yml, not package.json').toBeUndefined();
    expect(c.productName).toBe('Thana Register');
    expect(c.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(c.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowElevation: true,
      createDesktopShortcut: 'always',
      createStartMenuShortcut: true,
      shortcutName: 'थाना शिकायत रजिस्टर',
      deleteAppDataOnUninstall: false,
      license: 'build/license.txt',
      include: 'build/installer.nsh',
    });
    expect(c.linux.target).toEqual(['AppImage', 'deb']);
    expect(c.npmRebuild).toBe(false);
    expect(c.asarUnpack).toContain('node_modules/better-sqlite3/**/*.node');
    // getConfig normalises `files` to [{ filter: [...] }].
    const patterns: string[] = c.files.flatMap((f: string | { filter: string[] }) => (typeof f === 'string' ? [f] : f.filter));
    expect(patterns.filter((f) => !f.startsWith('!'))).toEqual([
      'dist/main/**/*',
      'dist/preload/**/*',
      'dist/renderer/**/*',
      'db/migrations/**/*',
      'resources/**/*',
      'package.json',
    ]);
    for (const f of ['build/icon.ico', 'build/icons/512x512.png', 'build/icons/256x256.png', 'build/license.txt', 'build/installer.nsh']) {
      expect(fs.existsSync(path.join(ROOT, f)), f).toBe(true);
    }
    // Native modules are rebuilt for Electron only when packaging: no install hook may do it.
    expect(Object.keys(pkg.scripts).filter((s) => /^(pre|post)?install$/.test(s))).toEqual([]);
    expect(pkg.dependencies.electron, 'electron belongs in devDependencies').toBeUndefined();
    expect(pkg.devDependencies.electron).toBe(ELECTRON_VERSION);
    expect(pkg.author?.email, 'the deb maintainer').toBeTruthy();
    expect(pkg.homepage, 'the deb homepage').toBeTruthy();
    // The release workflow rebuilds better-sqlite3 for the same Electron the app ships with.
    const workflow = fs.readFileSync(path.join(ROOT, '.github/workflows/release.yml'), 'utf8');
    expect(/THANA_ELECTRON_VERSION:\s*([\d.]+)/.exec(workflow)?.[1]).toBe(ELECTRON_VERSION);
  });
});

// electron-builder builds Linux targets on Linux (and macOS); the Windows runner only validates the configuration.
describe.skipIf(process.platform === 'win32')('packaging check: --dir build for linux with a stand-in Electron', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'thana-pack-'));
  const stage = ROOT;
  const appOut = path.join(tmp, 'out', 'linux-unpacked');
  const appAsar = path.join(appOut, 'resources', 'app.asar');
  let files: Set<string>;
  const has = (p: string) => files.has(p);

  beforeAll(() => {
    const built = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
    expect(built.status, `node scripts/build.mjs\n${built.stdout}\n${built.stderr}`).toBe(0);

    // The project itself is packaged (a copy with node_modules linked in makes `npm list` see every package
    // as extraneous on a clean install, and electron-builder then drops transitive dependencies such as bindings).
    // electron-builder only copies the unpacked Electron folder and renames the `electron` executable; locales/
    // must be there because electronLanguages trims it. No zip, no download.
    const fake = path.join(tmp, 'electron-dist');
    fs.mkdirSync(path.join(fake, 'locales'), { recursive: true });
    fs.mkdirSync(path.join(fake, 'resources'));
    fs.writeFileSync(path.join(fake, 'electron'), '#!/bin/sh\necho "stand-in Electron: not runnable"; exit 1\n', { mode: 0o755 });
    for (const l of ['hi', 'en-US', 'en-GB', 'de', 'ta']) fs.writeFileSync(path.join(fake, 'locales', `${l}.pak`), 'pak');

    const eb = spawnSync(
      process.execPath,
      [
        path.join(ROOT, 'node_modules', 'electron-builder', 'cli.js'),
        '--linux',
        'dir',
        '--x64',
        '--publish',
        'never',
        '--projectDir',
        stage,
        `-c.electronDist=${fake}`,
        `-c.electronVersion=${ELECTRON_VERSION}`,
        `-c.directories.output=${path.join(tmp, 'out')}`,
      ],
      { cwd: stage, encoding: 'utf8', env: { ...process.env, CI: 'true' }, timeout: 200_000 },
    );
    expect(eb.status, `electron-builder --linux dir\n${eb.stdout}\n${eb.stderr}`).toBe(0);
    files = new Set(asar.listPackage(appAsar, { isPack: false }).map((p) => p.split(path.sep).join('/').replace(/^\/+/, '')));
  }, 240_000);

  afterAll(() => {
    if (process.env.THANA_KEEP_PACK !== '1') fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('holds the main, preload and renderer bundles and the package.json that points at them', () => {
    expect(has('dist/main/main.cjs')).toBe(true);
    expect(has('dist/preload/preload.cjs')).toBe(true);
    expect(has('dist/main/prepare-worker.cjs')).toBe(true);
    for (const f of walk('dist/renderer', stage)) expect(has(f), f).toBe(true);
    const packed = JSON.parse(asar.extractFile(appAsar, 'package.json').toString('utf8'));
    expect(packed.main).toBe('dist/main/main.cjs');
    expect(has(packed.main)).toBe(true);
  });

  it('ships a key worker that runs on its own beside main.cjs and derives what the source derives', async () => {
    const bundled = path.join(tmp, 'prepare-worker.cjs');
    fs.writeFileSync(bundled, asar.extractFile(appAsar, 'dist/main/prepare-worker.cjs'));
    expect(fs.readFileSync(path.join(stage, 'dist/main/main.cjs'), 'utf8')).toContain('"prepare-worker.cjs"');
    const tuples: MessageTuple[] = [
      ['user', 'प्रधान रामप्रीत यादव', null, '2025-01-08T10:30:00', 'मेरी भैंस कल रात से लापता है', 0, 0, 0],
      ['user', 'प्रधान रामप्रीत यादव', null, '2025-01-08T10:30:00', 'मेरी भैंस कल रात से लापता है', 0, 0, 0],
      ['system', null, null, '2025-01-08T10:31:00', '', 0, 0, 0],
    ];
    const signal = new Int32Array(new SharedArrayBuffer(4));
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(bundled, { workerData: { port: port2, signal }, transferList: [port2] });
    try {
      expect(await new Promise((resolve, reject) => worker.once('message', resolve).once('error', reject))).toBe('ready');
      worker.postMessage(tuples);
      const reply = await new Promise<{ derived: unknown }>((resolve) => port1.once('message', resolve));
      expect(reply.derived).toEqual(deriveBatch(new MessageKeyer(), tuples));
    } finally {
      port1.close();
      await worker.terminate();
    }
  });

  it('holds every migration, byte for byte', () => {
    const migrations = walk('db/migrations', stage);
    expect(migrations.length).toBeGreaterThan(1);
    for (const f of migrations) {
      expect(has(f), f).toBe(true);
      expect(asar.extractFile(appAsar, f).equals(fs.readFileSync(path.join(stage, f))), f).toBe(true);
    }
  });

  it('holds the Devanagari fonts the documents use', () => {
    const fonts = walk('resources/fonts', stage).filter((f) => f.endsWith('.woff2'));
    expect(fonts.map((f) => path.basename(f)).sort()).toEqual(
      ['devanagari', 'latin'].flatMap((s) => [400, 600, 700].map((w) => `noto-sans-devanagari-${s}-${w}-normal.woff2`)).sort(),
    );
    for (const f of [...fonts, 'resources/fonts/OFL.txt']) expect(has(f), f).toBe(true);
  });

  it('unpacks better-sqlite3’s native module and ships every package the main bundle requires', () => {
    const node = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';
    expect(has(node)).toBe(true);
    expect((asar.statFile(appAsar, node) as { unpacked?: boolean }).unpacked).toBe(true);
    expect(fs.existsSync(path.join(appOut, 'resources', 'app.asar.unpacked', node))).toBe(true);
    const main = fs.readFileSync(path.join(stage, 'dist/main/main.cjs'), 'utf8');
    const external = new Set([...main.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]));
    const builtin = (m: string) => m.startsWith('node:') || builtinModules.includes(m) || m === 'electron';
    const needed = [...external].filter((m) => !builtin(m) && !m.startsWith('.'));
    expect(needed).toContain('better-sqlite3');
    for (const m of needed) expect(has(`node_modules/${m}/package.json`), m).toBe(true);
    for (const m of ['bindings', 'file-uri-to-path']) expect(has(`node_modules/${m}/package.json`), m).toBe(true);
    // Its SQLite sources and build leftovers stay out.
    expect([...files].filter((f) => /^node_modules\/better-sqlite3\/(deps|src)\//.test(f))).toEqual([]);
  });

  it('holds none of the tests, benchmarks, sources or dev files', () => {
    const bad = [...files].filter(
      (f) =>
        /\.(test|spec|e2e)\.[cm]?[jt]sx?$/.test(f) ||
        /(^|\/)[^/]+\.(ts|tsx|mts|cts|map)$/.test(f) ||
        /^(electron|renderer|bench|scripts|build|\.ci|\.github|e2e|test-results|playwright-report)(\/|$)/.test(f) ||
        /(^|\/)renderer\/e2e\//.test(f) ||
        /^(tsconfig(\.\w+)?\.json|vite\.config\.ts|vitest\.config\.ts|eslint\.config\.js|\.dependency-cruiser\.cjs|\.prettierrc\.json|electron-builder\.yml|README\.md|package-lock\.json)$/.test(
          f,
        ),
    );
    expect(bad).toEqual([]);
    const devOnly = Object.keys(pkg.devDependencies).filter((d) => has(`node_modules/${d}/package.json`));
    expect(devOnly, 'devDependencies are never packed').toEqual([]);
  });

  it('names the executable and keeps only the Hindi and English Chromium locales', () => {
    expect(fs.existsSync(path.join(appOut, 'thana-register'))).toBe(true);
    expect(fs.readdirSync(path.join(appOut, 'locales')).sort()).toEqual(['en-US.pak', 'hi.pak']);
  });
});
