import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { logIn, uniqueAlias } from './helpers';

test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

test('a field worker creates a citizen on a phone', async ({ page }) => {
  const alias = uniqueAlias('Manden under broen');
  await logIn(page, 'vita');
  // Nothing is wider than the screen.
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(await overflow()).toBeLessThanOrEqual(0);

  await page.getByRole('link', { name: 'Opret borger' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Opret borger' })).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await page.getByRole('textbox', { name: /^Alias/ }).fill(alias);
  await page.getByLabel('Sted').fill('Under jernbanebroen');
  await page.getByRole('button', { name: 'Opret borger' }).tap();

  await expect(page.getByRole('heading', { level: 1 })).toContainText(alias);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.getByLabel('Nyt notat').fill('Sov under broen, vågnede ved 8-tiden.');
  await page.getByRole('button', { name: 'Gem notat' }).tap();
  await expect(page.locator('.note-list')).toContainText('vågnede ved 8-tiden');

  await page.getByRole('link', { name: 'Mine borgere' }).click();
  await expect(page.getByRole('link', { name: alias })).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
});
