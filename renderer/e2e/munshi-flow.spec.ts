import fs from 'node:fs';
import { buildZip } from '../../electron/core/whatsapp/test-zip-writer';
import { test, expect, shot, expectAccessible } from './fixtures';

const GROUP = 'थाना गगहा डिजिटल वालंटियर';
const CHAT = [
  '08/01/25, 10:30\u202fam - Messages and calls are end-to-end encrypted.',
  '08/01/25, 10:31\u202fam - आयुष चौधरी: ग्राम सोहगौरा में पुरानी रंजिश में मारपीट हुई, दो लोग घायल हैं। कृपया पुलिस भेजें।',
  '08/01/25, 10:32\u202fam - आयुष चौधरी: VID-20250108-WA0003.mp4 (file attached)',
  '08/01/25, 10:40\u202fam - सभासद मीना देवी: सुप्रभात, आज बाज़ार में हाट है।',
].join('\n');

function exportZip(): Buffer {
  return buildZip([
    { name: `WhatsApp Chat with ${GROUP}.txt`, data: `${CHAT}\n` },
    { name: 'VID-20250108-WA0003.mp4', data: fs.readFileSync('resources/demo/demo-video-1.mp4'), method: 0 },
  ]);
}

test('import a zip with a video, make an entry, act, register an FIR with an arrested accused, dispose', async ({
  desk,
  page,
}, testInfo) => {
  await desk.firstRun();
  await desk.nav('inbox');
  await expect(page.getByText('कोई संदेश नहीं')).toBeVisible();

  // Import through the file picker (the same dialog a drop opens).
  await page
    .getByTestId('import-input')
    .setInputFiles({ name: `WhatsApp Chat with ${GROUP}.zip`, mimeType: 'application/zip', buffer: exportZip() });
  await expect(page.getByTestId('import-source')).toHaveValue(GROUP);
  await shot(page, testInfo, 'flow-01-import-dialog');
  await page.getByTestId('import-start').click();
  const summary = page.getByTestId('import-summary');
  await expect(summary).toContainText('4 नए संदेश आए');
  await expect(summary).toContainText('1 मीडिया फ़ाइल साक्ष्य के रूप में सुरक्षित');
  await shot(page, testInfo, 'flow-02-import-summary');
  await page.getByTestId('import-close').click();

  // Pick the complaint and its video; make an entry prefilled from them.
  const messages = page.getByTestId('message');
  await expect(messages).toHaveCount(3);
  await messages.filter({ hasText: 'मारपीट' }).click();
  await messages.filter({ hasText: 'VID-20250108-WA0003.mp4' }).click({ position: { x: 12, y: 12 } });
  await expect.poll(() => page.getByTestId('message-video').evaluate((v: HTMLVideoElement) => v.readyState)).toBeGreaterThanOrEqual(1);
  await expect(page.getByText('2 चयनित')).toBeVisible();
  await shot(page, testInfo, 'flow-03-inbox-selected');
  await page.getByTestId('create-entry').click();
  await expect(page.getByTestId('entry-informant')).toHaveValue('आयुष चौधरी');
  await expect(page.getByTestId('entry-summary')).toHaveValue(/पुरानी रंजिश में मारपीट/);
  await expect(page.getByLabel('प्राप्ति दिनांक व समय')).toHaveValue('08-01-2025 10:31');
  await page.getByTestId('entry-marked-to').fill('उ0नि0 अनीता वर्मा');
  await expectAccessible(page, 'new entry');
  await shot(page, testInfo, 'flow-04-new-entry');
  await page.getByTestId('entry-summary').press('Control+Enter');
  // The register was set up this year: a 2025 receipt is questioned, and entered once the munshi confirms it.
  await expect(page.getByTestId('entry-form')).toContainText('पुष्टि करें');
  await page.getByTestId('entry-confirm-date').check();
  await page.getByTestId('entry-summary').press('Control+Enter');
  await expect(page.getByTestId('entry-title')).toHaveText('प्रविष्टि 1/2025');
  await expect(page.getByTestId('timeline')).toContainText('पुरानी रंजिश');

  // The video plays in the app and shows its SHA-256.
  await expect(page.getByTestId('evidence-card')).toHaveCount(1);
  await page.getByTestId('evidence-open').click();
  const video = page.getByTestId('evidence-video');
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.readyState), { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
  await expect(page.getByTestId('evidence-sha')).toHaveText(/^[0-9a-f]{64}$/);
  await shot(page, testInfo, 'flow-05-video-player');
  await page.keyboard.press('Escape');

  // An action, stamped with the operator.
  await page.getByTestId('action-text').fill('मौके पर जाकर जांच की, दोनों पक्षों के बयान लिए।');
  await page.getByLabel('नई स्थिति (वैकल्पिक)').selectOption('under-inquiry');
  await page.getByTestId('add-action').click();
  await expect(page.getByTestId('action-item').filter({ hasText: 'बयान लिए' })).toContainText('राजेश तिवारी');
  await expect(page.getByTestId('status-badge').first()).toHaveText('जांच में');

  // An FIR with BNS sections found by old IPC number and by Hindi words.
  await page.getByTestId('add-fir').click();
  await page.getByTestId('fir-number').fill('701');
  await page.getByTestId('section-search').fill('323');
  await page.getByTestId('section-option').filter({ hasText: '115(2) BNS' }).click();
  await page.getByTestId('section-search').fill('352');
  await page.getByTestId('section-option').filter({ hasText: '352 BNS' }).first().click();
  // Another Act, typed freely.
  await page.getByLabel('धारा', { exact: true }).fill('3/25');
  await page.getByRole('button', { name: 'जोड़ें', exact: true }).click();
  await expect(page.getByTestId('chosen-sections')).toContainText('3/25 Arms Act');
  await page.getByTestId('fir-io').fill('उ0नि0 अनीता वर्मा');
  await expect(page.getByTestId('chosen-sections')).toContainText('115(2) BNS');
  await expectAccessible(page, 'FIR dialog');
  await shot(page, testInfo, 'flow-06-fir-dialog');
  await page.getByTestId('fir-save').click();
  await expect(page.getByTestId('fir-card')).toContainText(`मु0अ0सं0 701/${new Date().getFullYear()}`);
  await expect(page.getByTestId('fir-sections')).toContainText('115(2), 352 बीएनएस');
  await expect(page.getByTestId('fir-sections')).toContainText('3/25 आयुध अधिनियम');
  await expect(page.getByTestId('status-badge').first()).toHaveText('एफआईआर दर्ज');

  // An accused, arrested and sent to jail.
  await page.getByTestId('add-person').click();
  await page.getByTestId('person-name').fill('मोहन यादव');
  await page.getByTestId('person-status').selectOption('jailed');
  await page.getByTestId('person-save').click();
  await expect(page.getByTestId('person-row')).toContainText('मोहन यादव');
  await expect(page.getByTestId('person-row')).toContainText('अभियुक्त');
  await shot(page, testInfo, 'flow-07-entry-with-fir');

  // Disposal.
  await page.getByTestId('dispose').click();
  await page.getByTestId('dispose-note').fill('अभियुक्त गिरफ्तार, मुकदमा पंजीकृत। शिकायत निस्तारित।');
  await page.getByTestId('dispose-save').click();
  await expect(page.getByTestId('status-badge').first()).toHaveText('निस्तारित');
  await expectAccessible(page, 'entry');
  await shot(page, testInfo, 'flow-08-disposed');

  // The register shows it; Enter opens it from the keyboard.
  await desk.nav('register');
  await page.getByTestId('register-month').fill('2025-01');
  await page.getByRole('option', { name: 'जनवरी 2025' }).click();
  await expect(page.getByTestId('register-month')).toHaveValue('जनवरी 2025');
  await expect(page.getByTestId('register-row')).toHaveCount(1);
  await page.getByTestId('register-grid').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('entry-title')).toHaveText('प्रविष्टि 1/2025');
});

test('paste a WhatsApp Web copy and a forwarded message; search in Hindi and Latin letters', async ({ desk, page }, testInfo) => {
  await desk.firstRun();
  await desk.nav('inbox');
  await desk.pasteIntoInbox(
    '[10:32, 08/01/2025] आयुष चौधरी: चौराहे पर जाम लगा है, ट्रैक्टर सड़क पर खड़े हैं।\n[10:35, 08/01/2025] विनोद जायसवाल: दुकान का ताला टूटा मिला।',
  );
  await expect(page.getByTestId('paste-preview-message')).toHaveCount(2);
  await expect(page.getByTestId('paste-preview-message').first()).toContainText('आयुष चौधरी');
  await expect(page.getByTestId('paste-preview-message').first()).toContainText('08-01-2025 10:32');
  await page.getByTestId('paste-source').fill(GROUP);
  await expectAccessible(page, 'paste preview');
  await shot(page, testInfo, 'flow-10-paste-preview');
  await page.getByTestId('paste-save').click();
  await expect(page.getByTestId('import-summary')).toContainText('2 नए संदेश आए');
  await page.getByTestId('paste-close').click();
  await expect(page.getByTestId('message')).toHaveCount(2);

  // A forwarded message has no sender or time: the munshi supplies them.
  await page.getByTestId('paste-button').click();
  await page.getByTestId('paste-text').fill('गाँव में बच्चा चोरी की अफवाह फैलाई जा रही है, कृपया ध्यान दें।');
  await expect(page.getByText('भेजने वाले का नाम और समय भरें')).toBeVisible();
  await expect(page.getByTestId('paste-save')).toBeDisabled();
  await page.getByTestId('paste-source').fill(GROUP);
  await page.getByTestId('paste-sender').fill('प्रधान रामअवतार यादव');
  await shot(page, testInfo, 'flow-11-paste-forwarded');
  await page.getByTestId('paste-save').click();
  await expect(page.getByTestId('import-summary')).toContainText('1 नया संदेश आया');
  await page.getByTestId('paste-close').click();
  await expect(page.getByTestId('message')).toHaveCount(3);

  // Mark one "for information only": it leaves the unprocessed list.
  await page.getByTestId('message').filter({ hasText: 'अफवाह' }).click();
  await page.getByTestId('info-only').click();
  await expect(page.getByTestId('message')).toHaveCount(2);

  // One search box, both scripts.
  await page.getByTestId('global-search').fill('आयुष');
  await page.getByTestId('global-search').press('Enter');
  await expect(page.getByTestId('search-messages')).toContainText('चौराहे पर जाम');
  await page.getByTestId('search-input').fill('ayush chaudhary');
  await expect(page.getByTestId('search-messages')).toContainText('आयुष चौधरी');
  await shot(page, testInfo, 'flow-12-search-latin');
  await page.getByTestId('lang-switch').click();
  await expect(page.getByRole('heading', { level: 2, name: 'Search' })).toBeVisible();
  await expect(page.getByTestId('search-messages')).toContainText('Messages (1)');
  await shot(page, testInfo, 'flow-13-search-en');

  // A chat dropped on any screen opens the import with the group guessed from the file name.
  await page.getByTestId('lang-switch').click();
  await desk.nav('register');
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(
      new File(['08/01/25, 11:00 am - चौकीदार बाबूलाल: रात में ट्यूबवेल का मोटर चोरी हो गया।\n'], 'WhatsApp Chat with बीट 4 हल्का बड़हलगंज.txt', {
        type: 'text/plain',
      }),
    );
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await expect(page.getByTestId('import-source')).toHaveValue('बीट 4 हल्का बड़हलगंज');
  await page.getByTestId('import-start').click();
  await expect(page.getByTestId('import-summary')).toContainText('1 नया संदेश आया');
  await page.getByTestId('import-close').click();
  await expect(page.getByTestId('message').filter({ hasText: 'ट्यूबवेल' })).toBeVisible();
});
