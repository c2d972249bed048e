import { test, expect, shot, expectAccessible } from './fixtures';

// A demo month (the CLI's `demo` command) so every screen has something to show.
test.use({ seed: 'demo' });

for (const lang of ['hi', 'en'] as const) {
  test(`every main screen in ${lang}: no serious accessibility findings`, async ({ desk, page }, testInfo) => {
    if (lang === 'en') await page.getByTestId('lang-switch').click();
    await expect(page.getByTestId('station-name')).toContainText('DEMO');
    const screens = [
      ['dashboard', lang === 'hi' ? 'डैशबोर्ड' : 'Dashboard'],
      ['inbox', lang === 'hi' ? 'आवक सूचनाएँ' : 'Inbox'],
      ['register', lang === 'hi' ? 'रजिस्टर' : 'Register'],
      ['new', lang === 'hi' ? 'नई प्रविष्टि' : 'New entry'],
      ['firs', lang === 'hi' ? 'एफआईआर सूची' : 'FIR list'],
      ['settings', lang === 'hi' ? 'सेटिंग्स' : 'Settings'],
    ] as const;
    for (const [nav, heading] of screens) {
      await desk.nav(nav);
      await expect(page.getByRole('heading', { level: 2, name: new RegExp(heading) })).toBeVisible();
      if (nav === 'register') await expect(page.getByTestId('register-row').first()).toBeVisible();
      if (nav === 'inbox') await expect(page.getByTestId('message').first()).toBeVisible();
      await page.waitForTimeout(400);
      await expectAccessible(page, `${nav} (${lang})`);
      await shot(page, testInfo, `screen-${nav}-${lang}`);
    }
    // Overdue entries stand out in the register.
    await desk.nav('register');
    await page.getByTestId('all-months').click();
    await page.getByTestId('register-overdue').click();
    await expect(page.locator('[data-testid="register-row"][data-overdue="true"]').first()).toBeVisible();
    await shot(page, testInfo, `screen-register-overdue-${lang}`);
    // An entry with an FIR, accused and timeline.
    await desk.nav('firs');
    await page.locator('a[href^="#/entry/"]').first().click();
    await expect(page.getByTestId('fir-card').first()).toBeVisible();
    await expectAccessible(page, `entry (${lang})`);
    await shot(page, testInfo, `screen-entry-${lang}`);
    // Search across scripts.
    await page.getByTestId('global-search').fill('ayush chaudhary');
    await page.getByTestId('global-search').press('Enter');
    await expect(page.getByTestId('search-messages')).toContainText('आयुष चौधरी');
    await expectAccessible(page, `search (${lang})`);
    await shot(page, testInfo, `screen-search-${lang}`);
  });
}
