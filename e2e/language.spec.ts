import { expect, test } from '@playwright/test';
import { logIn } from './helpers';

test('Danish by default, English after switching, remembered after reload', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await expect(page.getByRole('heading', { level: 1, name: 'Log ind' })).toBeVisible();
  await expect(page).toHaveTitle('Log ind – Brobygger');

  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible();
  await expect(page.getByLabel('Username')).toBeVisible();
  await expect(page).toHaveTitle('Log in – Brobygger');

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByLabel('Username').fill('vita');
  await page.getByLabel('Password').fill('demo');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My citizens' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Create citizen' })).toBeVisible();
  await expect(page.getByText('Worker · SKP-teamet')).toBeVisible();
  await expect(page.getByText('unidentified').first()).toBeVisible();

  // Only the language code is stored locally.
  const stored = await page.evaluate(() => Object.entries(localStorage));
  expect(stored).toEqual([['brobygger.language', 'en']]);

  await page.getByRole('button', { name: 'Skift til dansk' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await expect(page.getByRole('heading', { level: 1, name: 'Mine borgere' })).toBeVisible();
});

test('logging out returns to the login page, and the session is gone', async ({ page }) => {
  await logIn(page, 'vita');
  await page.getByRole('button', { name: 'Log ud' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Log ind' })).toBeVisible();
  await page.goto('/citizens');
  await expect(page).toHaveURL(/\/login$/);
});

test('an expired session anywhere sends the user back to log in', async ({ page, context }) => {
  await logIn(page, 'vita');
  await context.clearCookies();
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Opret borger' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Log ind' })).toBeVisible();
});
