import { expect, test, type Page } from '@playwright/test';
import { createCitizenViaApi, logIn, PASSWORD, uniqueAlias } from './helpers';

const GRUSVEJEN = 'Manden for enden af grusvejen';
const dueList = (page: Page) => page.getByRole('region', { name: 'Forfaldne og dagens kontakter' });

test.describe.serial('outreach: overdue contacts, logging attempts, phases, sharing and inbound referrals', () => {
  test('the leader sees the unit’s overdue courses and inbound referrals by source', async ({ page }) => {
    await logIn(page, 'leder');
    const unit = page.getByRole('region', { name: 'Forløb over tid i SKP-teamet' });
    await expect(unit.getByRole('listitem').filter({ hasText: GRUSVEJEN })).toContainText('1 dag over tid');
    await expect(unit).toContainText('Vita Sørensen, Yosef Haddad');
    const stats = page.getByRole('table', { name: /Henvendelser pr. måned efter kilde, SKP-teamet/ });
    await expect(stats.getByRole('columnheader', { name: 'Samarbejdspartner' })).toBeVisible();
    await expect(stats.getByRole('row')).toHaveCount(13);
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

    test('vita logs a contact attempt; the citizen is no longer overdue', async ({ page }) => {
      await logIn(page, 'vita');
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      const item = dueList(page).getByRole('listitem').filter({ hasText: GRUSVEJEN });
      await expect(item).toContainText('1 dag over tid');
      expect(await overflow()).toBeLessThanOrEqual(0);
      await item.getByRole('link', { name: GRUSVEJEN }).tap();

      await expect(page.getByRole('heading', { level: 1 })).toContainText(GRUSVEJEN);
      await expect(page.getByText('1 dag over tid')).toBeVisible();
      await expect(page.getByTestId('attempt-count')).toHaveText('4');
      expect(await overflow()).toBeLessThanOrEqual(0);

      const form = page.getByRole('form', { name: 'Registrér kontaktforsøg' });
      // The place is prefilled from the last attempt.
      await expect(form.getByRole('textbox', { name: 'Hvor' })).toHaveValue('Gården for enden af grusvejen');
      // Without an outcome the form says what is missing, next to the field.
      await form.getByRole('button', { name: 'Gem kontaktforsøg' }).tap();
      await expect(form.getByRole('group', { name: /Hvad skete der/ })).toContainText('Skal udfyldes.');
      await form.getByText('Bankede på', { exact: true }).tap();
      await form.getByText('Tegn på liv', { exact: true }).tap();
      await form.getByRole('checkbox', { name: 'Lys tændt' }).check();
      await form.getByRole('checkbox', { name: 'Yosef Haddad' }).check();
      await form.getByLabel('Hvad jeg observerede').fill('Lys i køkkenet og frisk brænde ved døren. Ingen åbnede.');
      await form.getByRole('button', { name: 'Gem kontaktforsøg' }).tap();

      await expect(page.getByRole('status').filter({ hasText: 'Kontaktforsøget er gemt.' })).toBeVisible();
      await expect(page.getByTestId('attempt-count')).toHaveText('5');
      const newest = page.locator('.timeline > li').first();
      await expect(newest).toContainText('Bankede på');
      await expect(newest).toContainText('Tegn på liv');
      await expect(newest).toContainText('Lys tændt');
      await expect(newest).toContainText('Lys i køkkenet og frisk brænde');
      await expect(newest).toContainText('Vita Sørensen, Yosef Haddad');
      await expect(page.getByText('1 dag over tid')).toHaveCount(0);
      expect(await overflow()).toBeLessThanOrEqual(0);

      await page.getByRole('link', { name: 'Mine borgere' }).tap();
      await expect(dueList(page)).toBeVisible();
      await expect(dueList(page).getByText(GRUSVEJEN)).toHaveCount(0);
      await expect(dueList(page)).toContainText('Ingen kontakter er forfaldne');
    });
  });

  test('sharing a referral is refused without consent and works after a consent is recorded', async ({ page, request }) => {
    const alias = uniqueAlias('Manden ved biblioteket');
    const { id } = await createCitizenViaApi(request, 'vita', alias);
    await logIn(page, 'vita');
    await page.goto(`/citizens/${id}`);
    await page.getByRole('button', { name: 'Henvis til et tilbud' }).click();
    const create = page.getByRole('form', { name: 'Henvis til et tilbud' });
    await create.getByLabel(/^Tilbud/).selectOption({ label: 'Distriktspsykiatrien Demoby (Region Demo, Psykiatrien)' });
    await expect(create).toContainText('ventetid ikke bekræftet for nylig');
    await create.getByLabel(/^Tilbud/).selectOption({ label: 'Boligsocial vejledning (Demo Kommune, Boligsocialt Team)' });
    await expect(create).toContainText('Ventetid 14 dage');
    await create.getByLabel('Note til henvisningen').fill('Ønsker hjælp til at beholde lejligheden.');
    await create.getByRole('button', { name: 'Opret henvisning' }).click();
    const referral = page.locator('article.referral').filter({ hasText: 'Boligsocial vejledning' });
    await expect(referral).toContainText('Foreslået');

    await referral.getByRole('button', { name: 'Del med tilbuddet' }).click();
    await expect(referral.getByRole('alert')).toContainText(
      'Der er ikke et gyldigt samtykke eller en hjemmel til at dele oplysninger med Demo Kommune, Boligsocialt Team — Boligsocial vejledning lige nu. Registrér samtykke først.',
    );

    const consents = page.getByRole('region', { name: 'Samtykker og hjemmel' });
    await expect(consents).toContainText('Et generelt samtykke');
    await consents.getByRole('button', { name: 'Registrér samtykke eller hjemmel' }).click();
    const form = consents.getByRole('form', { name: 'Registrér samtykke eller hjemmel' });
    await form.getByLabel(/^Hvilke oplysninger/).fill('Henvisning og kontaktoplysninger');
    await form.getByLabel(/^Til eller fra hvem/).fill('Boligsocial vejledning');
    await form.getByLabel(/^Formål/).fill('At borgeren kan få hjælp til at beholde sin bolig');
    await form.getByLabel(/^Gyldigt til/).fill('2000-01-01');
    await form.getByRole('button', { name: 'Registrér' }).click();
    await expect(form.getByText('Slutdatoen ligger før startdatoen.')).toBeVisible();
    await form.getByLabel(/^Gyldigt til/).fill('');
    await form.getByRole('button', { name: 'Registrér' }).click();
    await expect(consents.getByRole('article')).toContainText('Gyldigt nu');

    await referral.getByRole('button', { name: 'Del med tilbuddet' }).click();
    const receipt = referral.getByRole('status').filter({ hasText: 'Delt med' });
    await expect(receipt).toContainText('Demo Kommune, Boligsocialt Team — Boligsocial vejledning');
    await expect(receipt).toContainText('At borgeren kan få hjælp til at beholde sin bolig');
    await expect(receipt).toContainText('Ønsker hjælp til at beholde lejligheden.');

    // The next status offers only forward steps.
    await referral.getByRole('button', { name: 'Næste status' }).click();
    await expect(referral.getByRole('radio', { name: 'Foreslået' })).toHaveCount(0);
    await referral.getByRole('radio', { name: 'Kontaktet' }).check();
    await referral.getByRole('button', { name: 'Gem status' }).click();
    await expect(referral.locator('.step-current')).toContainText('Kontaktet');
  });

  test('a course moves from contact creation to relationship work (2A → 2B)', async ({ page, request }) => {
    const alias = uniqueAlias('Kvinden på bænken');
    const { id } = await createCitizenViaApi(request, 'vita', alias);
    await logIn(page, 'vita');
    await page.goto(`/citizens/${id}`);
    await expect(page.getByRole('button', { name: 'Ikke i målgruppen' })).toBeVisible();
    await page.getByRole('button', { name: 'Borgeren har sagt ja til mere stabil kontakt → 2B' }).click();
    const form = page.getByRole('form', { name: 'Skift fase' });
    await expect(form.getByRole('radio', { name: '2B Relationsarbejde' })).toBeChecked();
    await form.getByLabel(/^Begrundelse/).fill('Hun vil gerne mødes hver tirsdag ved bænken.');
    await form.getByRole('button', { name: 'Skift fase' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Fasen er skiftet.' })).toBeVisible();
    await expect(page.locator('.course .details-list').first()).toContainText('2B Relationsarbejde');
    await expect(page.getByRole('button', { name: 'Ikke i målgruppen' })).toHaveCount(0);
  });

  test('an inbound referral is accepted into a new outreach course', async ({ page }) => {
    const description = `Nabo bekymret for manden i kolonihaven ${Date.now().toString(36)}`;
    const alias = uniqueAlias('Manden i kolonihaven');
    await logIn(page, 'vita');
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Henvendelser' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Henvendelser' })).toBeVisible();
    await page.getByRole('button', { name: 'Registrér henvendelse' }).click();
    const form = page.getByRole('form', { name: 'Registrér henvendelse' });
    await form.getByRole('button', { name: 'Registrér henvendelse' }).click();
    await expect(form.getByRole('combobox', { name: /^Samarbejdspartner/ })).toHaveAttribute('aria-invalid', 'true');
    await form.getByRole('radio', { name: 'Nabo' }).check();
    await form.getByLabel(/^Sted/).fill('Kolonihaveforeningen Solsikken');
    await form.getByLabel(/^Hvad drejer henvendelsen sig om/).fill(description);
    await form.getByRole('button', { name: 'Registrér henvendelse' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Henvendelsen er registreret.' })).toBeVisible();

    const item = page.getByRole('article').filter({ hasText: description });
    await item.getByRole('button', { name: 'Modtag som forløb' }).click();
    await item.getByRole('textbox', { name: /^Alias/ }).fill(alias);
    await item.getByRole('button', { name: 'Opret opsøgende forløb' }).click();

    await expect(page).toHaveURL(/\/citizens\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(alias);
    await expect(page.getByRole('heading', { level: 3, name: /Opsøgende arbejde/ })).toBeVisible();
    await expect(page.locator('.course .details-list').first()).toContainText('2A Kontaktskabelse');
    expect(page.url()).not.toContain('kolonihave');
  });
});

test('a long timeline opens on the newest 20 contact attempts and shows older ones on request', async ({ page, request }) => {
  const { id, courseId } = await createCitizenViaApi(request, 'vita', uniqueAlias('Langt forløb'));
  expect((await request.post('/api/v1/auth/login', { data: { username: 'vita', password: PASSWORD } })).ok()).toBeTruthy();
  // 25 attempts a tenth of a second apart (the course started today); the oldest says so.
  const now = Date.now();
  for (let n = 25; n >= 1; n--) {
    const at = new Date(now - n * 100).toISOString();
    const observed = n === 25 ? 'Det allerførste forsøg' : `Forsøg nummer ${26 - n}`;
    expect((await request.post(`/api/v1/courses/${courseId}/contact-attempts`, { data: { at, method: 'door_knock', outcome: 'no_one_there', observed } })).status()).toBe(201);
  }
  await request.post('/api/v1/auth/logout');

  await logIn(page, 'vita');
  await page.goto(`/citizens/${id}`);
  const entries = page.locator('.timeline > li');
  await expect(entries).toHaveCount(20);
  await expect(page.getByText('Det allerførste forsøg')).toHaveCount(0);
  await expect(page.getByTestId('attempt-count')).toHaveText('25');
  const older = page.getByRole('button', { name: 'Vis ældre kontaktforsøg og notater' });
  await older.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Det allerførste forsøg')).toBeVisible();
  await expect(entries).toHaveCount(25);
  await expect(older).toHaveCount(0);
  // Keyboard users land on the first entry that appeared, not at the top of the page.
  await expect(entries.nth(20)).toBeFocused();
});
