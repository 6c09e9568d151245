import { expect, test, type Page } from '@playwright/test';
import { createCitizenViaApi, expectNoViolations, logIn, uniqueAlias } from './helpers';

test('login page has no WCAG 2.1 AA violations', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoViolations(page, 'login');
  // Also with a visible error.
  await page.getByRole('button', { name: 'Log ind' }).click();
  await expect(page.getByText('Skal udfyldes.').first()).toBeVisible();
  await expectNoViolations(page, 'login with errors');
});

test('worker pages have no WCAG 2.1 AA violations', async ({ page, request }) => {
  const alias = uniqueAlias('Manden ved kiosken');
  const { id } = await createCitizenViaApi(request, 'vita', alias, 'Kort samtale ved kiosken.');
  await logIn(page, 'vita');
  await expect(page.getByRole('table')).toBeVisible();
  await expectNoViolations(page, 'Mine borgere');

  await page.goto('/citizens/new');
  await expect(page.getByLabel('Metode')).toBeVisible();
  await expectNoViolations(page, 'create citizen');
  await page.getByRole('button', { name: 'Opret borger' }).click();
  await expect(page.getByText('Skal udfyldes.')).toBeVisible();
  await expectNoViolations(page, 'create citizen with errors');

  await page.goto(`/citizens/${id}`);
  await expect(page.getByText('Kort samtale ved kiosken.')).toBeVisible();
  await expectNoViolations(page, 'citizen page');
  await page.getByRole('button', { name: 'Redigér oplysninger' }).click();
  await expect(page.getByRole('heading', { name: 'Redigér borgerens oplysninger' })).toBeVisible();
  await expectNoViolations(page, 'citizen page with edit form');

  await page.goto('/break-glass');
  await expect(page.getByLabel('Begrundelse')).toBeVisible();
  await expectNoViolations(page, 'break the glass');
});

test('admin and access log pages have no WCAG 2.1 AA violations', async ({ page }) => {
  await logIn(page, 'admin');
  await expect(page.getByRole('heading', { level: 3, name: /Vita Sørensen/ })).toBeVisible();
  await expectNoViolations(page, 'administration');
  await page.getByRole('button', { name: 'Log ud' }).click();

  await logIn(page, 'dpo');
  await expect(page.getByRole('table', { name: 'Loghændelser' })).toBeVisible();
  await expectNoViolations(page, 'access log');
});

test('outreach, offers, partners and inbound pages have no WCAG 2.1 AA violations', async ({ page }) => {
  await logIn(page, 'vita');
  await expect(page.getByRole('region', { name: 'Forfaldne og dagens kontakter' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Opfølgning på henvisninger' })).toBeVisible();
  await expectNoViolations(page, 'start page with due list');

  await page.getByRole('table', { name: 'Borgere' }).getByRole('link', { name: 'Manden for enden af grusvejen' }).click();
  const form = page.getByRole('form', { name: 'Registrér kontaktforsøg' });
  await expect(form).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Kontaktplan' })).toBeVisible();
  await expect(page.locator('.timeline')).toBeVisible();
  await expectNoViolations(page, 'citizen page with the outreach panel');
  await form.getByRole('button', { name: 'Gem kontaktforsøg' }).click();
  await expect(form.getByText('Skal udfyldes.')).toBeVisible();
  await page.getByRole('button', { name: 'Revidér plan' }).click();
  await page.getByRole('button', { name: 'Ikke i målgruppen' }).click();
  await expectNoViolations(page, 'outreach panel with open forms and errors');

  await page.goto('/citizens');
  await page.getByRole('table', { name: 'Borgere' }).getByRole('link', { name: 'Jonas Vestergaard' }).click();
  await expect(page.locator('article.referral').first()).toBeVisible();
  await page.getByRole('button', { name: 'Registrér samtykke eller hjemmel' }).click();
  await expectNoViolations(page, 'citizen page with referrals and consents');

  await page.goto('/offers');
  await expect(page.locator('article.offer').first()).toBeVisible();
  await page.getByRole('button', { name: 'Opret tilbud' }).click();
  await expectNoViolations(page, 'offers');

  await page.goto('/partners');
  await expect(page.locator('.partner-list article').first()).toBeVisible();
  await expectNoViolations(page, 'partners');
  await page.locator('.partner-list a').first().click();
  await expect(page.getByRole('heading', { name: 'Møder og kommunikation' })).toBeVisible();
  await expectNoViolations(page, 'partner');

  await page.goto('/inbound');
  await expect(page.locator('article.inbound').first()).toBeVisible();
  await page.getByRole('button', { name: 'Registrér henvendelse' }).click();
  await page.locator('article.inbound').first().getByRole('button', { name: 'Modtag som forløb' }).click();
  await expectNoViolations(page, 'inbound referrals');
});

test('the leader’s start page has no WCAG 2.1 AA violations', async ({ page }) => {
  await logIn(page, 'leder');
  await expect(page.getByRole('table', { name: /Henvendelser pr. måned/ })).toBeVisible();
  await expectNoViolations(page, 'leader start page');
});
