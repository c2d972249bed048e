import { test, expect } from './fixtures';

test('each tab signs in for itself, and a desk the register has locked returns to the PIN', async ({ desk, page, bridge, context }) => {
  void desk; // opens the page on a fresh data folder
  await page.getByLabel('थाने का नाम').fill('गगहा');
  await page.getByLabel('पहले ऑपरेटर का नाम (थानाध्यक्ष)').fill('राजेश तिवारी');
  await page.getByTestId('setup-pin').fill('2468');
  await page.getByRole('button', { name: 'शुरू करें' }).click();
  await page.getByTestId('lock-pin').fill('2468');
  await page.getByTestId('lock-submit').click();
  await expect(page.getByTestId('operator')).toContainText('राजेश तिवारी');

  // A second tab opened with the bridge's address is not signed in by the first: it asks for the PIN.
  const second = await context.newPage();
  await second.goto(bridge.url);
  await expect(second.getByTestId('lock-pin')).toBeVisible();
  await expect(second.getByTestId('operator')).toHaveCount(0);
  // The first tab is still signed in after a reload (its sign-in is kept for the tab).
  await page.reload();
  await expect(page.getByTestId('operator')).toContainText('राजेश तिवारी');

  // The register ends the first tab's sign-in behind its back (as its idle time would): the next call is refused as
  // locked, and the desk shows the lock screen instead of an error.
  const session = await page.evaluate(() => sessionStorage.getItem('thana-session'));
  expect(session).toMatch(/^[A-Za-z0-9_-]{32}$/);
  const url = new URL(bridge.url);
  const out = await fetch(new URL('/api/invoke', url), {
    method: 'POST',
    headers: { 'X-Thana-Token': url.searchParams.get('token')!, 'X-Thana-Session': session!, 'Content-Type': 'application/json' },
    body: JSON.stringify({ channel: 'auth.logout', input: {} }),
  });
  expect(out.status).toBe(200);
  await page.getByTestId('nav-register').click();
  await expect(page.getByTestId('lock-pin')).toBeVisible();
  expect(await page.evaluate(() => sessionStorage.getItem('thana-session'))).toBeNull();
  await page.getByTestId('lock-pin').fill('2468');
  await page.getByTestId('lock-submit').click();
  await expect(page.getByTestId('operator')).toContainText('राजेश तिवारी');
  await expect(second.getByTestId('lock-pin')).toBeVisible();
});
