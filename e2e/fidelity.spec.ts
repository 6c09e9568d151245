import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { logIn } from './helpers';

test('the CTI team sees its method fidelity, each indicator beside its norm', async ({ page }) => {
  await logIn(page, 'cti');
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Metodefidelitet' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Metodefidelitet' })).toBeVisible();
  await expect(page.getByLabel('Enhed', { exact: true })).toHaveValue(/.+/);
  const table = page.getByRole('table', { name: 'Indikatorer og normer' });
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(6);
  // Kirsten Holm is the team's only active course: one citizen for Camilla, within the norm of 10.
  await expect(rows.filter({ hasText: 'Borgere pr. medarbejder' })).toContainText('1 (n = 1)');
  await expect(rows.filter({ hasText: 'Borgere pr. medarbejder' })).toContainText('højst 10');
  await expect(rows.filter({ hasText: 'Borgere pr. medarbejder' })).toContainText('Opfyldt');
  // No CTI course has ended yet, so these cannot be measured.
  await expect(rows.filter({ hasText: 'Ingen tidligt afbrudte forløb' })).toContainText('ikke målt');
  await expect(rows.filter({ hasText: 'Ingen tidligt afbrudte forløb' })).toContainText('Ikke målt');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});
