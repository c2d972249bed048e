import { test, expect, shot, expectAccessible } from './fixtures';

test('first run sets up the station and shows the operator; language switches', async ({ desk, page }, testInfo) => {
  await expect(page.getByRole('heading', { name: 'पहली बार: थाने का विवरण' })).toBeVisible();
  await expectAccessible(page, 'first run');
  await shot(page, testInfo, '01-first-run-hi');
  await desk.firstRun();
  await expect(page.getByTestId('station-name')).toHaveText('थाना गगहा, जनपद गोरखपुर');
  await expect(page.getByRole('heading', { name: /डैशबोर्ड/ })).toBeVisible();
  await shot(page, testInfo, '02-dashboard-empty-hi');

  await page.getByTestId('lang-switch').click();
  await expect(page.getByRole('heading', { name: /Dashboard/ })).toBeVisible();
  await expect(page.getByTestId('operator')).toContainText('Operator: राजेश तिवारी (SHO)');
  await expect(page.getByTestId('nav-inbox')).toHaveText('Inbox');
  await shot(page, testInfo, '03-dashboard-empty-en');
  await page.reload();
  await expect(page.getByTestId('nav-register')).toHaveText('Register');
  await page.getByTestId('lang-switch').click();
  await expect(page.getByTestId('nav-register')).toHaveText('रजिस्टर');

  await desk.nav('settings');
  await expect(page.getByTestId('data-folder')).toContainText('thana-e2e-');
  await expectAccessible(page, 'settings');
  await shot(page, testInfo, '04-settings-hi');
});
