import type { Locator, Page } from '@playwright/test';
import { test, expect, shot, expectAccessible } from './fixtures';

/** Types a date the way a munshi does and leaves the field, so the picker takes it. */
async function typeDate(field: Locator, text: string) {
  await field.fill(text);
  await field.press('Tab');
}

function dialog(page: Page) {
  return page.getByRole('dialog');
}

/**
 * The January case, told in the desk the way it happened, not when it was typed: the complaint received on the
 * evening of 8 January, the FIR and its GD report that night, two of the accused arrested and jailed on the 9th,
 * a victim (who has no arrest status), the charge sheet later; then the SHO finds the year was typed wrong.
 */
test('dated facts: actions with their GD report, arrests and jail when they happened, the charge sheet, and the SHO correcting a wrong year', async ({
  desk,
  page,
}, testInfo) => {
  const year = new Date().getFullYear();
  await desk.firstRun();
  await desk.nav('new');
  await page.getByTestId('entry-informant').fill('रमेश गुप्ता');
  await page.getByTestId('entry-summary').fill('रेलवे क्रॉसिंग पर एक युवक को छह लोगों ने पीटा, वीडियो व्यापारी ने भेजा।');
  await typeDate(page.getByLabel('प्राप्ति दिनांक व समय'), `08-01-${year} 18:40`);
  await page.getByTestId('entry-summary').press('Control+Enter');
  await expect(page.getByTestId('entry-title')).toHaveText(`प्रविष्टि 1/${year}`);

  // A date in the future is refused, in Hindi, and nothing is added.
  await page.getByTestId('action-text').fill('मौके पर पहुँचकर घायल को अस्पताल भेजा।');
  await typeDate(page.getByTestId('action-at'), `08-01-${year + 1} 19:05`);
  await page.getByTestId('add-action').click();
  await expect(page.getByText('भविष्य में नहीं हो सकती').first()).toBeVisible();
  await expect(page.getByTestId('action-item').filter({ hasText: 'अस्पताल' })).toHaveCount(0);

  // The action when it happened, with its GD report; the timeline also says when it was recorded.
  await typeDate(page.getByTestId('action-at'), `08-01-${year} 19:05`);
  await page.getByTestId('gd-number').fill('34');
  await typeDate(page.getByTestId('gd-at'), `08-01-${year} 19:20`);
  await page.getByTestId('add-action').click();
  const action = page.getByTestId('action-item').filter({ hasText: 'अस्पताल' });
  await expect(action).toContainText(`08-01-${year} 19:05`);
  await expect(action).toContainText('रपट संख्या 34');
  await expect(action).toContainText('19:20');

  // The FIR that night, with its own GD report.
  await page.getByTestId('add-fir').click();
  await page.getByTestId('fir-number').fill('12');
  await typeDate(dialog(page).getByLabel('दर्ज दिनांक व समय'), `08-01-${year} 22:15`);
  await page.getByTestId('section-search').fill('मारपीट');
  await page.getByTestId('section-option').first().click();
  await dialog(page).getByTestId('gd-number').fill('41');
  await typeDate(dialog(page).getByTestId('gd-at'), `08-01-${year} 22:15`);
  await page.getByTestId('fir-save').click();
  await expect(page.getByTestId('fir-card')).toContainText(`मु0अ0सं0 12/${year}`);
  await expect(page.getByTestId('fir-card')).toContainText('रपट संख्या 41');

  // Two accused named; one arrested on the 9th at 14:00 and sent to jail at 18:30.
  for (const name of ['सोनू निषाद', 'मोनू निषाद']) {
    await page.getByTestId('add-person').click();
    await page.getByTestId('person-name').fill(name);
    await page.getByTestId('person-save').click();
    await expect(page.getByTestId('person-row').filter({ hasText: name })).toBeVisible();
  }
  const sonu = page.getByTestId('person-row').filter({ hasText: 'सोनू निषाद' });
  await sonu.getByTestId('person-status-change').click();
  await dialog(page).getByTestId('status-select').selectOption('arrested');
  await typeDate(dialog(page).getByTestId('status-at'), `09-01-${year} 14:00`);
  await shot(page, testInfo, 'record-01-arrest-time');
  await dialog(page).getByTestId('status-save').click();
  await expect(sonu).toContainText('गिरफ्तार');
  await sonu.getByTestId('person-status-change').click();
  await expect(dialog(page).getByTestId('person-arrested-at')).toContainText(`09-01-${year} 14:00`);
  await dialog(page).getByTestId('status-select').selectOption('jailed');
  await typeDate(dialog(page).getByTestId('status-at'), `09-01-${year} 18:30`);
  await dialog(page).getByTestId('status-save').click();
  await expect(sonu).toContainText('जेल');
  await expect(sonu.getByTestId('person-arrested-at')).toContainText(`09-01-${year} 14:00`);
  await expect(sonu.getByTestId('person-jailed-at')).toContainText(`09-01-${year} 18:30`);

  // A victim has no arrest status to choose.
  await page.getByTestId('add-person').click();
  await page.getByTestId('person-name').fill('अमन वर्मा');
  await page.getByTestId('person-role').selectOption('victim');
  await expect(page.getByTestId('person-status')).toHaveCount(0);
  await page.getByTestId('person-save').click();
  await expect(page.getByTestId('person-row').filter({ hasText: 'अमन वर्मा' })).toContainText('पीड़ित');
  await expect(page.getByTestId('person-row').filter({ hasText: 'अमन वर्मा' }).getByTestId('person-status-change')).toHaveCount(0);

  // The charge sheet, with its number and date.
  await page.getByTestId('fir-edit').click();
  await dialog(page).getByTestId('fir-edit-status').selectOption('charge-sheet');
  await dialog(page).getByTestId('fir-closure-number').fill('7');
  await typeDate(dialog(page).getByTestId('fir-closure-date'), `20-01-${year}`);
  await expectAccessible(page, 'FIR edit');
  await shot(page, testInfo, 'record-02-charge-sheet');
  await page.getByTestId('fir-edit-save').click();
  await expect(page.getByTestId('fir-closure')).toContainText('7');
  await expect(page.getByTestId('fir-closure')).toContainText(`20-01-${year}`);
  await shot(page, testInfo, 'record-03-entry-dated');

  // The SHO finds the complaint came last year: an old date is questioned first, then the entry is re-entered
  // in that year with its record, and the wrong one is struck through, pointing at the new one.
  await page.getByTestId('correct-date').click();
  await typeDate(page.getByTestId('correct-date-at'), `08-01-${year - 1} 18:40`);
  await expect(dialog(page)).toContainText(`1/${year}`);
  await page.getByTestId('correct-reason').fill('प्राप्ति का वर्ष गलत टाइप हुआ था; प्रार्थना पत्र पर पिछला वर्ष अंकित है।');
  await page.getByTestId('correct-save').click();
  await expect(page.getByTestId('correct-confirm')).toBeVisible();
  await page.getByTestId('correct-confirm').check();
  await shot(page, testInfo, 'record-04-correct-year');
  await page.getByTestId('correct-save').click();
  await expect(page.getByTestId('entry-title')).toHaveText(`प्रविष्टि 1/${year - 1}`);
  await expect(page.getByTestId('replaces')).toContainText(`1/${year}`);
  await expect(page.getByTestId('fir-card')).toContainText(`मु0अ0सं0 12/${year}`);
  await expect(page.getByTestId('action-item').filter({ hasText: 'अस्पताल' })).toContainText('रपट संख्या 34');
  await expect(page.getByTestId('person-row').filter({ hasText: 'सोनू निषाद' })).toContainText('जेल');
  await shot(page, testInfo, 'record-05-re-entered');

  await page.getByTestId('replaces').getByRole('link').click();
  await expect(page.getByTestId('entry-title')).toHaveText(`प्रविष्टि 1/${year}`);
  await expect(page.getByTestId('replaced-by')).toContainText(`1/${year - 1}`);
  await expect(page.getByTestId('cancelled-note')).toBeVisible();
  await expect(page.getByTestId('correct-date')).toHaveCount(0);

  // The same screens on the smaller station screen.
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.getByTestId('replaced-by').getByRole('link').click();
  await expect(page.getByTestId('entry-title')).toHaveText(`प्रविष्टि 1/${year - 1}`);
  await shot(page, testInfo, 'record-06-entry-1024');
  await page.getByTestId('person-row').filter({ hasText: 'मोनू निषाद' }).getByTestId('person-status-change').click();
  await shot(page, testInfo, 'record-07-status-dialog-1024');
  await page.keyboard.press('Escape');
  await page.getByTestId('fir-edit').click();
  await shot(page, testInfo, 'record-08-fir-edit-1024');
});

test('a munshi cannot correct a receipt date: the button is not offered and the channel refuses', async ({ desk, page, bridge }) => {
  await desk.firstRun();
  await desk.nav('new');
  await page.getByTestId('entry-informant').fill('रमेश गुप्ता');
  await page.getByTestId('entry-summary').fill('दुकान के सामने झगड़ा।');
  await page.getByTestId('entry-summary').press('Control+Enter');
  await expect(page.getByTestId('entry-title')).toHaveText(/^प्रविष्टि 1\//);
  const id = Number(/entry\/(\d+)/.exec(page.url())![1]);

  // The SHO adds a munshi; the munshi signs in through the bridge as any tab would.
  const url = new URL(bridge.url);
  const invoke = async (channel: string, input: unknown, session: string | null) => {
    const r = await fetch(new URL('/api/invoke', url), {
      method: 'POST',
      headers: {
        'X-Thana-Token': url.searchParams.get('token')!,
        'Content-Type': 'application/json',
        ...(session ? { 'X-Thana-Session': session } : {}),
      },
      body: JSON.stringify({ channel, input }),
    });
    return { body: (await r.json()) as { ok: boolean; error?: { code: string } }, session: r.headers.get('x-thana-session') };
  };
  const sho = await page.evaluate(() => sessionStorage.getItem('thana-session'));
  expect((await invoke('operators.create', { name: 'सुनील यादव', role: 'munshi', pin: '4821' }, sho)).body.ok).toBe(true);
  const signIn = await invoke('auth.login', { name: 'सुनील यादव', pin: '4821' }, null);
  expect(signIn.body.ok).toBe(true);
  const munshi = signIn.session!;

  const refused = await invoke(
    'entries.correctReceipt',
    { id, receivedAt: '2025-01-08T10:00', reason: 'वर्ष गलत', confirmDate: true },
    munshi,
  );
  expect(refused.body).toMatchObject({ ok: false, error: { code: 'forbidden' } });

  // This tab, signed in as the munshi, shows the entry without the SHO's correction.
  await page.evaluate((s) => sessionStorage.setItem('thana-session', s), munshi);
  await page.reload();
  await expect(page.getByTestId('operator')).toContainText('सुनील यादव');
  await expect(page.getByTestId('entry-title')).toHaveText(/^प्रविष्टि 1\//);
  await expect(page.getByTestId('correct-date')).toHaveCount(0);
  await expect(page.getByTestId('add-action')).toBeVisible();
});
