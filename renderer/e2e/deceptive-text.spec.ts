/**
 * Text from other people's phones cannot deceive the munshi: a bidi override in a message or a file name
 * is shown as a visible stand-in (U+FFFD) instead of reordering what the desk shows ("fdp.exe" reading "exe.pdf").
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect, cli, shot } from './fixtures';

test('a bidi override in a message is shown, not obeyed', async ({ desk, page, bridge }, testInfo) => {
  await desk.firstRun();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thana-bidi-'));
  const chat = path.join(dir, 'WhatsApp Chat with थाना गगहा सूचना.txt');
  fs.writeFileSync(
    chat,
    ['08/01/2025, 10:32 - रामू: देखिए यह फ़ाइल \u202Efdp.exe', '08/01/2025, 10:33 - रामप्रीत यादव: \u2067नाम\u2069 बदला गया'].join('\n') + '\n',
  );
  await cli(bridge.dataDir, 'import', chat, '--source', 'थाना गगहा सूचना');
  await page.reload();
  await desk.nav('inbox');
  const cards = page.getByTestId('message');
  await expect(cards).toHaveCount(2);
  await expect(cards.first()).toContainText('देखिए यह फ़ाइल \uFFFDfdp.exe');
  await expect(cards.nth(1)).toContainText('\uFFFDनाम\uFFFD बदला गया');
  const shown = await page.evaluate(() => document.body.innerText);
  expect(shown).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  await shot(page, testInfo, 'inbox-bidi-neutralised-hi');
});

test("WhatsApp's *bold* and _italic_ are shown formatted and left out of the entry's summary", async ({ desk, page, bridge }, testInfo) => {
  await desk.firstRun();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thana-markup-'));
  const chat = path.join(dir, 'WhatsApp Chat with थाना गगहा सूचना.txt');
  fs.writeFileSync(chat, '08/01/2025, 10:32 - रामप्रीत यादव: *तत्काल* रेलवे क्रॉसिंग पर _युवक_ की पिटाई\n');
  await cli(bridge.dataDir, 'import', chat, '--source', 'थाना गगहा सूचना');
  await page.reload();
  await desk.nav('inbox');
  const card = page.getByTestId('message').first();
  await expect(card.locator('strong')).toHaveText('तत्काल');
  await expect(card.locator('em')).toHaveText('युवक');
  await expect(card).not.toContainText('*');
  await card.click();
  await page.getByTestId('create-entry').click();
  await expect(page.getByTestId('entry-summary')).toHaveValue('तत्काल रेलवे क्रॉसिंग पर युवक की पिटाई');
  await shot(page, testInfo, 'new-entry-markup-stripped-hi');
});
