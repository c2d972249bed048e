import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect, shot, expectAccessible } from './fixtures';

test('a PIN locks the desk; documents preview with their seal; a backup is made from the settings', async ({ desk, page }, testInfo) => {
  void desk; // opens the page on a fresh data folder
  test.setTimeout(300_000);
  // First run with the SHO's PIN: from then on the desk opens on the lock screen.
  await page.getByLabel('थाने का नाम').fill('गगहा');
  await page.getByLabel('पहले ऑपरेटर का नाम (थानाध्यक्ष)').fill('राजेश तिवारी');
  await page.getByTestId('setup-pin').fill('2468');
  await page.getByRole('button', { name: 'शुरू करें' }).click();
  await expect(page.getByRole('heading', { name: 'रजिस्टर खोलने के लिए पिन डालें' })).toBeVisible();
  await expectAccessible(page, 'lock screen');
  await page.getByTestId('lock-pin').fill('1111');
  await page.getByTestId('lock-submit').click();
  await expect(page.getByTestId('lock-error')).toContainText('गलत पिन');
  await shot(page, testInfo, '30-lock-wrong-pin-hi');
  await page.getByTestId('lock-pin').fill('2468');
  await page.getByTestId('lock-submit').click();
  await expect(page.getByTestId('operator')).toContainText('राजेश तिवारी');

  // The monthly register as it will print, with the seal that goes on the signed copy.
  await page.getByTestId('nav-documents').click();
  // Checked before a preview is shown: axe cannot enter the script-less sandboxed preview frame.
  await expectAccessible(page, 'documents');
  await page.getByTestId('doc-show').click();
  const frame = page.frameLocator('[data-testid="doc-frame"]');
  await expect(frame.getByText('क्रम संख्या')).toBeVisible();
  await expect(page.getByTestId('doc-seal')).toHaveText(/^[0-9a-f ]{64,}$/);
  await shot(page, testInfo, '31-documents-register-hi');
  await page.getByTestId('doc-kind').getByText('मासिक सारांश पत्र').click();
  await page.getByTestId('doc-show').click();
  await expect(frame.getByText('माह के अंत में लंबित (कुल)')).toBeVisible();
  await shot(page, testInfo, '32-documents-summary-hi');

  // A backup to another folder, and the desk says when the last good one was made.
  await page.getByTestId('nav-settings').click();
  await expect(page.getByTestId('backup-status')).toContainText('अभी तक कोई बैकअप नहीं बना');
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'thana-e2e-backup-'));
  await page.getByTestId('backup-dir').fill(out);
  await page.getByTestId('backup-now').click();
  await expect(page.getByTestId('backup-status')).toContainText('पिछला सही बैकअप');
  expect(fs.readdirSync(out).filter((f) => f.startsWith('thana-backup-'))).toHaveLength(1);
  await shot(page, testInfo, '33-settings-backup-hi');
  await page.getByTestId('verify-run').click();
  await expect(page.getByTestId('verify-last')).toContainText('सब ठीक');

  // Lock now: back to the PIN.
  await page.getByTestId('lock-now').click();
  await expect(page.getByTestId('lock-pin')).toBeVisible();
});
