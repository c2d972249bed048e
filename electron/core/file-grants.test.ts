import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeRegister, tempDir, type TestRegister } from './testing/fixture';
import { GrantedFiles, openRequest } from './file-grants';
import { dispatch } from './dispatch';
import { makeCtx } from './data-folder';

let reg: TestRegister;
afterEach(() => reg?.close());

describe('GrantedFiles: a desktop window reads only what its user handed it', () => {
  it('import.files reads a chosen or dropped file and refuses any other path the page names', async () => {
    reg = await makeRegister();
    const dir = tempDir('thana-grants-');
    const chosen = path.join(dir, 'chat.txt');
    const other = path.join(dir, 'other.txt');
    fs.writeFileSync(chosen, '08/01/25, 10:31 am - आयुष: मारपीट हुई\n');
    fs.writeFileSync(other, '08/01/25, 10:31 am - आयुष: दूसरी\n');
    const grants = new GrantedFiles();
    const call = (paths: string[]) =>
      dispatch({ ...makeCtx(reg.folder, reg.operator), files: grants }, 'import.files', { paths, source: 'गगहा', token: paths[0] });

    const before = await call([chosen]);
    expect(before.ok).toBe(false);
    if (!before.ok) expect(before.error.code).toBe('forbidden');

    grants.grantRead(chosen);
    expect((await call([chosen])).ok).toBe(true);
    // A sibling is not granted; nor is the same file reached through a link the page made up.
    const refused = await call([other]);
    expect(refused.ok).toBe(false);
    fs.symlinkSync(other, path.join(dir, 'link.txt'));
    expect(grants.mayRead(path.join(dir, 'link.txt'))).toBe(false);
    // A link to a granted file is that file.
    fs.symlinkSync(chosen, path.join(dir, 'chosen-link.txt'));
    expect(grants.mayRead(path.join(dir, 'chosen-link.txt'))).toBe(true);
  });

  it('a picked folder may be written in (backups) and read, with what is inside it; nothing else', async () => {
    const dir = tempDir('thana-grants-dir-');
    const backups = path.join(dir, 'backups');
    fs.mkdirSync(backups);
    const grants = new GrantedFiles();
    expect(grants.mayWriteIn(backups)).toBe(false);
    grants.grantFolder(backups);
    expect(grants.mayWriteIn(backups)).toBe(true);
    expect(grants.mayRead(path.join(backups, 'thana-backup-1'))).toBe(true);
    expect(grants.mayWriteIn(dir)).toBe(false);
    expect(grants.mayWriteIn(path.join(dir, 'backups-2'))).toBe(false);
    // A file granted for reading is no folder to write in.
    grants.grantRead(path.join(dir, 'x.zip'));
    expect(grants.mayWriteIn(path.join(dir, 'x.zip'))).toBe(false);
  });
});

describe('openRequest: what the page may ask of the open dialog', () => {
  it('only for a channel that reads files; filters are plain', () => {
    expect(openRequest('import.files', { multiple: true, filters: [{ name: 'WhatsApp', extensions: ['zip', 'txt', '../x'] }] })).toEqual({
      ok: true,
      value: { multiple: true, filters: [{ name: 'WhatsApp', extensions: ['zip', 'txt', 'x'] }] },
    });
    expect(openRequest('exchange.importCsv', null)).toEqual({ ok: true, value: { multiple: false, filters: [] } });
    for (const bad of ['entries.list', 'exchange.exportCsv', 'no.such', 42]) {
      const r = openRequest(bad, {});
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toMatch(/चैनल .* \/ not a channel that reads files/);
    }
  });
});
