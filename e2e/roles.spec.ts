import { expect, test } from '@playwright/test';
import { createCitizenViaApi, logIn, uniqueAlias } from './helpers';

test('a leader sees the unit caseload and the citizen, but not the case-note text', async ({ page, request }) => {
  const alias = uniqueAlias('Manden ved stationen');
  const secret = 'Fortroligt notat om helbred';
  await createCitizenViaApi(request, 'vita', alias, secret);

  await logIn(page, 'leder');
  await expect(page.getByRole('heading', { level: 1, name: 'Mine borgere' })).toBeVisible();
  // Leaders start in the unit view.
  await expect(page.getByRole('radio', { name: 'Mine enheders borgere' })).toBeChecked();
  await expect(page.getByRole('table', { name: 'Borgere' }).getByRole('link', { name: 'Manden for enden af grusvejen' })).toBeVisible();
  await page.getByRole('link', { name: alias }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(alias);
  await expect(page.getByRole('heading', { level: 3, name: /Opsøgende arbejde/ })).toBeVisible();
  await expect(page.getByText('Du har ikke adgang til journalnotater på dette forløb')).toBeVisible();
  await expect(page.getByText(secret)).toHaveCount(0);
  await expect(page.getByLabel('Nyt notat')).toHaveCount(0);
  // Leaders review break-the-glass use.
  await page.goto('/citizens');
  await expect(page.getByRole('heading', { level: 2, name: 'Brug af brud på glasset' })).toBeVisible();
});

test('an administrator sees Administration but no citizen pages', async ({ page }) => {
  await logIn(page, 'admin');
  await expect(page.getByRole('heading', { level: 1, name: 'Administration' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Hovedmenu' });
  // Administrators enter collaboration agreements (no citizen data) and administer.
  await expect(nav.getByRole('link')).toHaveText(['Samarbejdsaftaler', 'Resultater', 'Administration']);
  await expect(page.getByRole('heading', { level: 2, name: 'Brugere' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: /Vita Sørensen/ })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'SKP-teamet' })).toBeVisible();

  await page.goto('/citizens');
  await expect(page.getByText('Du har ikke adgang til borgere.')).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);

  // Errors from the API are translated: a too short password.
  await page.goto('/admin');
  const form = page.getByRole('form', { name: 'Opret bruger' });
  await form.getByRole('textbox', { name: /^Brugernavn/ }).fill('ny.bruger');
  await form.getByRole('textbox', { name: /^Navn/ }).fill('Ny Bruger');
  await form.getByLabel(/^Adgangskode/).fill('kort');
  await form.getByRole('button', { name: 'Opret bruger' }).click();
  await expect(form.getByText('Teksten er for kort.')).toBeVisible();
  // Long enough for the browser check but the server's rule is the same: create it for real.
  await form.getByLabel(/^Adgangskode/).fill('en-lang-adgangskode-1');
  await form.getByRole('button', { name: 'Opret bruger' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Brugeren er oprettet.' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: /Ny Bruger/ })).toBeVisible();
});

test('the auditor sees the access log rows for a citizen and the integrity check', async ({ page, request }) => {
  const alias = uniqueAlias('Kvinden i parken');
  const { id } = await createCitizenViaApi(request, 'vita', alias);

  await logIn(page, 'dpo');
  await expect(page.getByRole('heading', { level: 1, name: 'Adgangslog' })).toBeVisible();
  await page.getByLabel('Borger-id').fill(id);
  await page.getByRole('button', { name: 'Vis', exact: true }).click();
  const rows = page.getByRole('table', { name: 'Loghændelser' }).getByRole('row').filter({ hasText: id });
  await expect(rows.filter({ hasText: 'Borger oprettet' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'Forløb oprettet' })).toHaveCount(1);
  await expect(rows.first()).toContainText('Vita Sørensen');
  // The filter never reaches the page URL.
  expect(page.url()).not.toContain(id);

  await page.getByRole('button', { name: 'Kontrollér loggens integritet' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Loggen er intakt: \d+ hændelser kontrolleret\./ })).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Eksportér som CSV' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.csv$/);
});

test('wrong password shows a translated error', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Brugernavn').fill('ukendt.bruger');
  await page.getByLabel('Adgangskode').fill('forkert');
  await page.getByRole('button', { name: 'Log ind' }).click();
  await expect(page.getByRole('alert')).toHaveText('Forkert brugernavn eller adgangskode.');
});
