import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoViolations, logIn, uniqueAlias } from './helpers';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Hovedmenu' });
const status = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });
/** The course card of the citizen's course in a unit (each test citizen has one). */
const courseCard = (page: Page, unit: string) => page.locator('article.course').filter({ has: page.getByRole('heading', { level: 3, name: new RegExp(`· ${unit}$`) }) });

/** A date some days from today as yyyy-mm-dd (the value of a date input). */
function isoDateIn(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Logs a contact through the sessions form of a course card. */
async function logContact(card: Locator, page: Page, kind: string, setting: string, extra?: { service?: string; note?: string }) {
  const form = card.getByRole('region', { name: 'Kontakter og samtaler' }).getByRole('form', { name: 'Log en kontakt' });
  await form.getByRole('combobox', { name: /^Slags kontakt/ }).selectOption({ label: kind });
  // With the plan's services as suggestions, the service field is a combobox.
  if (extra?.service !== undefined) await form.getByLabel(/^Instans/).fill(extra.service);
  await form.getByRole('group', { name: 'Hvor' }).getByRole('radio', { name: setting }).check();
  if (extra?.note) await form.getByRole('textbox', { name: 'Notat' }).fill(extra.note);
  await form.getByRole('button', { name: 'Gem kontakt' }).click();
  await expect(status(page, 'Kontakten er gemt.')).toBeVisible();
  return form;
}

test.describe.serial('ICM: the ICM plan with one coordinating case manager, and coordination contacts per service', () => {
  const name = uniqueAlias('Ida ICM');

  test('the case manager creates a citizen on an ICM course and writes the ICM plan', async ({ page }) => {
    await logIn(page, 'cti');
    await nav(page).getByRole('link', { name: 'Opret borger' }).click();
    await page.getByLabel('Identificeret borger (navn)').check();
    await page.getByRole('textbox', { name: /^Navn/ }).fill(name);
    await page.getByLabel('Metode').selectOption('icm');
    await expect(page.getByLabel('Enhed').locator('option:checked')).toContainText('CTI-teamet');
    await page.getByRole('button', { name: 'Opret borger' }).click();
    await expect(page).toHaveURL(/\/citizens\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(name);

    const card = courseCard(page, 'CTI-teamet');
    const plan = card.getByRole('region', { name: 'ICM-plan' });
    await expect(plan).toContainText('Der er ikke skrevet en ICM-plan endnu.');
    await expect(card.getByRole('region', { name: 'Tjeklister' })).toBeVisible();
    await expect(card.getByRole('link', { name: 'Teamets tavle' })).toHaveCount(0);

    await plan.getByRole('button', { name: 'Skriv ICM-plan' }).click();
    const form = plan.getByRole('form', { name: 'Skriv ICM-plan' });
    // The user is a worker of the unit, so she is proposed as the coordinating case manager.
    await expect(form.getByRole('combobox', { name: /^Koordinerende case manager/ }).locator('option:checked')).toHaveText('Camilla Thers');
    await form.getByRole('button', { name: 'Tilføj instans' }).click();
    // Nothing filled in: the purpose, the service and the review date are marked.
    await form.getByRole('button', { name: 'Gem ICM-plan' }).click();
    await expect(form.getByRole('textbox', { name: /^Formål med støtten/ })).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByRole('textbox', { name: /^Instans/ })).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByLabel(/^Planen gennemgås senest/)).toHaveAttribute('aria-invalid', 'true');
    await expectNoViolations(page, 'ICM plan form with errors');

    await form.getByRole('textbox', { name: /^Formål med støtten/ }).fill('»Jeg vil have styr på mine aftaler og min økonomi.«');
    await form.getByRole('textbox', { name: 'Praktisk og social støtte i hverdagen' }).fill('Post og regninger hver uge; følges til lægen.');
    await form.getByRole('textbox', { name: /^Instans/ }).fill('Jobcentret');
    await form.getByRole('textbox', { name: /^Aftale – hvem gør hvad/ }).fill('Sagsbehandleren indkalder; case manageren deltager.');
    await form.getByRole('textbox', { name: 'Kontaktperson' }).fill('Lone, jobcentret');
    await form.getByRole('button', { name: 'Tilføj instans' }).click();
    await form.getByRole('group', { name: 'Instans 2' }).getByRole('textbox', { name: /^Instans/ }).fill('Lægen');
    await form.getByRole('group', { name: 'Lægen' }).getByRole('textbox', { name: /^Aftale – hvem gør hvad/ }).fill('Borgeren bestiller tid; case manageren følger med.');
    await form.getByLabel(/^Planen gennemgås senest/).fill(isoDateIn(90));
    await form.getByRole('button', { name: 'Gem ICM-plan' }).click();
    await expect(status(page, 'ICM-planen er gemt som en ny version.')).toBeVisible();

    await expect(plan.locator('.icm-coordinator')).toHaveText(/Koordinerende case manager\s*Camilla Thers/);
    await expect(plan).toContainText('Jeg vil have styr på mine aftaler');
    await expect(plan.getByRole('listitem')).toHaveCount(2);
    await expect(plan).toContainText('Kontakt: Lone, jobcentret');
    await expect(plan).toContainText(/Version 1 · skrevet af Camilla Thers/);
    await expect(plan.getByRole('note')).toHaveCount(0);
    await expect(plan.getByRole('button', { name: 'Revidér ICM-plan' })).toBeVisible();
  });

  test('coordination and home-visit contacts, grouped per service, with the plan’s service that has had none', async ({ page }) => {
    await logIn(page, 'cti');
    await page.getByRole('searchbox', { name: /Søg efter navn/ }).fill(name);
    await page.getByRole('button', { name: 'Søg' }).click();
    await page.getByRole('link', { name }).click();
    const card = courseCard(page, 'CTI-teamet');
    const coordination = card.getByRole('region', { name: 'Koordinerende kontakter pr. instans' });
    await expect(coordination).toContainText('Ingen koordinerende kontakter logget endnu.');
    await expect(coordination.getByRole('list', { name: 'Instanser i planen uden kontakt endnu' }).getByRole('listitem')).toHaveText(['Jobcentret', 'Lægen']);

    // A coordination contact names its service: refused without it, in the form and by the server.
    const sessions = card.getByRole('region', { name: 'Kontakter og samtaler' });
    const form = sessions.getByRole('form', { name: 'Log en kontakt' });
    await form.getByRole('combobox', { name: /^Slags kontakt/ }).selectOption({ label: 'Koordinering med en instans' });
    await form.getByRole('button', { name: 'Gem kontakt' }).click();
    await expect(form.getByLabel(/^Instans/)).toHaveAttribute('aria-invalid', 'true');
    await expectNoViolations(page, 'ICM contact form with errors');
    const courseId = (await card.getByRole('heading', { level: 3 }).getAttribute('id'))!.replace(/^course-/, '');
    const refused = await page.request.post(`/api/v1/courses/${courseId}/sessions`, { data: { at: new Date().toISOString(), kind: 'coordination', setting: 'phone' } });
    expect(refused.status()).toBe(422);
    expect(JSON.stringify(await refused.json())).toContain('service');

    await logContact(card, page, 'Koordinering med en instans', 'Telefon', { service: 'Jobcentret', note: 'Aftalt møde med sagsbehandleren i næste uge.' });
    await logContact(card, page, 'Hjemmebesøg', 'I borgerens nærmiljø', { note: 'Gennemgik posten sammen.' });

    const items = sessions.getByRole('article');
    await expect(items).toHaveCount(2);
    await expect(items.nth(0)).toContainText('Hjemmebesøg');
    await expect(items.nth(0)).toContainText('I borgerens nærmiljø');
    await expect(items.nth(1)).toContainText('Koordinering med en instans: Jobcentret');
    await expect(items.nth(1)).toContainText('Telefon');

    const table = coordination.getByRole('table', { name: 'Koordinerende kontakter pr. instans med antal og seneste kontakt' });
    const jobcentre = table.getByRole('row', { name: /Jobcentret/ });
    await expect(jobcentre.getByRole('cell').nth(0)).toHaveText('1');
    await expect(jobcentre.getByRole('cell').nth(1)).toHaveText(/^\d{2}\.\d{2}\.\d{4}$/);
    await expect(table.getByRole('row')).toHaveCount(2);
    await expect(coordination.getByRole('list', { name: 'Instanser i planen uden kontakt endnu' }).getByRole('listitem')).toHaveText(['Lægen']);
    await expectNoViolations(page, 'ICM course panel');
  });

  test("Jonas Friis's ICM course shows his plan and its coordinating case manager", async ({ page }) => {
    await logIn(page, 'cti');
    await page.getByRole('searchbox', { name: /Søg efter navn/ }).fill('Jonas Friis');
    await page.getByRole('button', { name: 'Søg' }).click();
    await page.getByRole('link', { name: 'Jonas Friis' }).first().click();
    const card = courseCard(page, 'CTI-teamet');
    const plan = card.getByRole('region', { name: 'ICM-plan' });
    await expect(plan.locator('.icm-coordinator')).toContainText('Koordinerende case manager');
    await expect(plan.locator('.icm-coordinator-name')).not.toHaveText('Ikke udpeget');
    await expect(plan).toContainText(/Version \d+/);
    await expect(card.getByRole('region', { name: 'Koordinerende kontakter pr. instans' })).toBeVisible();
  });
});

test('ACT: the team member opens Henrik Bach, finds the team board and logs a contact in the community', async ({ page }) => {
  await logIn(page, 'act');
  await page.getByRole('searchbox', { name: /Søg efter navn/ }).fill('Henrik Bach');
  await page.getByRole('button', { name: 'Søg' }).click();
  await page.getByRole('link', { name: 'Henrik Bach' }).first().click();
  const card = courseCard(page, 'ACT-teamet');
  const board = card.getByRole('link', { name: 'Teamets tavle' });
  await expect(board).toHaveAttribute('href', /^\/teams\/[0-9a-f-]{36}$/);
  await expect(card.getByRole('region', { name: 'ICM-plan' })).toHaveCount(0);
  await expect(card.getByRole('region', { name: 'Tjeklister' })).toBeVisible();

  const note = `Gåtur ved havnen ${Date.now().toString(36)}`;
  await logContact(card, page, 'Kontakt med borgeren', 'I borgerens nærmiljø', { note });
  const item = card.getByRole('region', { name: 'Kontakter og samtaler' }).getByRole('article').filter({ hasText: note });
  await expect(item).toContainText('Kontakt med borgeren');
  await expect(item).toContainText('I borgerens nærmiljø');
  await expect(item).toContainText('Anders Toft');
  await expectNoViolations(page, 'ACT course panel');

  // The team's method fidelity names the ACT indicators.
  await nav(page).getByRole('link', { name: 'Metodefidelitet' }).click();
  await page.getByLabel('Metode', { exact: true }).selectOption('act');
  const rows = page.getByRole('table', { name: 'Indikatorer og normer' }).getByRole('row');
  await expect(rows.filter({ hasText: 'Kontakter i borgerens nærmiljø' })).toContainText('mindst 80 %');
  await expect(rows.filter({ hasText: 'Dagligt teammøde' })).toContainText('mindst 80 %');
  await expect(rows.filter({ hasText: 'Borgere pr. teammedlem' })).toContainText('højst 10');
});
