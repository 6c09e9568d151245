import { expect, test } from '@playwright/test';
import { logIn } from './helpers';

test('a worker breaks the glass with a reason; the leader sees it', async ({ page, context }) => {
  await logIn(page, 'yosef');
  // Kirsten Holm is on the CTI team's caseload, not Yosef's.
  await page.getByRole('radio', { name: 'Mine enheders borgere' }).check();
  await page.getByRole('searchbox', { name: /Søg efter navn/ }).fill('Kirsten');
  await page.getByRole('button', { name: 'Søg' }).click();
  await expect(page.getByText('Ingen borgere fundet.')).toBeVisible();

  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Brud på glasset' }).click();
  await expect(page.getByText('vises for din leder og for revisor')).toBeVisible();
  const reason = 'Politiet ringede: borgeren er fundet forvirret på gaden.';
  await page.getByRole('textbox', { name: /^Begrundelse/ }).fill('Haster');
  await page.getByRole('searchbox', { name: /^Navn, alias eller CPR/ }).fill('Kirsten');
  await page.getByRole('button', { name: 'Søg' }).click();
  await expect(page.getByText('Teksten er for kort.')).toBeVisible();

  await page.getByRole('textbox', { name: /^Begrundelse/ }).fill(reason);
  await page.getByRole('button', { name: 'Søg' }).click();
  await page.getByRole('button', { name: /Åbn Kirsten Holm/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kirsten Holm' })).toBeVisible();
  await expect(page.getByText('Du har adgang til denne borger via »brud på glasset«')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Med borgerens egne ord' })).toContainText('At beholde lejligheden.');

  await context.clearCookies();
  await logIn(page, 'leder');
  const grants = page.getByRole('table', { name: 'Brug af brud på glasset' });
  await expect(grants.getByRole('row').filter({ hasText: 'Yosef Haddad' }).filter({ hasText: reason })).toBeVisible();
});
