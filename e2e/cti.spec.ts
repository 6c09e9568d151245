import { expect, test, type Page } from '@playwright/test';
import { expectNoViolations, logIn, uniqueAlias } from './helpers';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Hovedmenu' });
const status = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });
const ctiCard = (page: Page) => page.locator('article.course').filter({ has: page.getByRole('heading', { level: 3, name: /^CTI – Critical Time Intervention · CTI-teamet/ }) });

/** Moves the course one phase forward (the only phase allowed) with today's date. */
async function movePhase(page: Page, reason: string) {
  const card = ctiCard(page);
  await card.getByRole('button', { name: 'Skift fase' }).click();
  const form = card.getByRole('form', { name: 'Skift fase' });
  await form.getByRole('textbox', { name: /^Begrundelse/ }).fill(reason);
  await form.getByRole('button', { name: 'Skift fase' }).click();
  return form;
}

test.describe.serial('CTI: contact period, housing, the nine-month clock, focus areas and closing', () => {
  const name = uniqueAlias('Bente CTI');

  test('the CTI worker creates a citizen without housing; phase 1 waits for an address', async ({ page }) => {
    await logIn(page, 'cti');
    await nav(page).getByRole('link', { name: 'Opret borger' }).click();
    await page.getByLabel('Identificeret borger (navn)').check();
    await page.getByRole('textbox', { name: /^Navn/ }).fill(name);
    await page.getByRole('checkbox', { name: 'Ingen fast bopæl' }).check();
    await page.getByLabel('Metode').selectOption({ label: 'CTI – Critical Time Intervention' });
    await expect(page.getByLabel('Enhed').locator('option:checked')).toContainText('CTI-teamet');
    await page.getByRole('button', { name: 'Opret borger' }).click();
    await expect(page).toHaveURL(/\/citizens\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(name);

    const card = ctiCard(page);
    const clock = card.getByRole('region', { name: /^Tidslinje/ });
    await expect(clock).toContainText('Borgeren er i kontaktperioden. Uret for de ni måneder starter, når fase 1 begynder.');
    await expect(clock).toContainText('Borgeren har ingen bolig registreret.');
    await expect(clock.getByRole('list', { name: 'Faserne' }).getByRole('listitem')).toHaveCount(4);
    await expect(clock.locator('[aria-current="step"]')).toContainText('Kontaktperiode');
    await expect(card.getByRole('region', { name: 'Fokusområder' })).toContainText('Fasen er ikke begyndt endnu.');

    // Phase 1 is refused without housing, with the reason in words.
    const form = await movePhase(page, 'Borgeren har fået tilbudt en lejlighed.');
    await expect(form.getByRole('alert')).toHaveText('Fase 1 kan først begynde, når borgeren har en bolig (adresse registreret, ikke »uden fast bopæl«).');
    await expectNoViolations(page, 'CTI panel with the refused phase move');
    await form.getByRole('button', { name: 'Annullér' }).click();

    // Record the address, then phase 1 starts the clock.
    await page.getByRole('button', { name: 'Redigér oplysninger' }).click();
    const edit = page.getByRole('form', { name: 'Redigér borgerens oplysninger' });
    await edit.getByRole('checkbox', { name: 'Ingen fast bopæl' }).uncheck();
    await edit.getByRole('textbox', { name: 'Adresse' }).fill('Havnegade 12, 2. th.');
    await edit.getByRole('button', { name: 'Gem' }).click();
    await expect(status(page, 'Oplysningerne er gemt.')).toBeVisible();
    await expect(clock).toContainText('Borgeren har en bolig registreret, så fase 1 kan begynde.');

    await movePhase(page, 'Borgeren har fået nøgler til lejligheden.');
    await expect(status(page, 'Fasen er skiftet.')).toBeVisible();
    await expect(clock).toContainText('Måned 1 af 9');
    await expect(clock.getByRole('progressbar', { name: 'Tid på uret' })).toHaveAttribute('value', '1');
    await expect(clock).toContainText(/\d+ dage tilbage/);
    await expect(clock).toContainText('Forventet kontakt i Fase 1 Overgang til eget hjem: ugentlig kontakt');
    await expect(clock.locator('[aria-current="step"]')).toContainText('Fase 1 Overgang til eget hjem');
    await expect(card.getByRole('region', { name: 'Planlagt afslutning' })).toContainText(/\d{2}\.\d{2}\.\d{4}/);
  });

  test('focus areas (at most three), a session, a checklist tick, phases 2 and 3, and closing as completed', async ({ page }) => {
    await logIn(page, 'cti');
    await page.getByRole('searchbox', { name: /Søg efter navn/ }).fill(name);
    await page.getByRole('button', { name: 'Søg' }).click();
    await page.getByRole('link', { name }).click();
    const card = ctiCard(page);
    const focus = card.getByRole('region', { name: 'Fokusområder' });
    await focus.getByRole('button', { name: 'Vælg fokusområder: Fase 1 Overgang til eget hjem' }).click();
    const form = focus.getByRole('form', { name: 'Fokusområder for Fase 1 Overgang til eget hjem' });
    // Saving nothing is refused; a fourth area is refused at once.
    await form.getByRole('button', { name: 'Gem fokusområder' }).click();
    await expect(form.getByText('Vælg mindst ét fokusområde.')).toBeVisible();
    for (const area of ['Bolig', 'Økonomi', 'Netværk og relationer']) await form.getByRole('checkbox', { name: area, exact: true }).check();
    await form.getByRole('checkbox', { name: 'Rusmidler', exact: true }).click();
    await expect(form.getByRole('checkbox', { name: 'Rusmidler', exact: true })).not.toBeChecked();
    await expect(form.getByRole('alert').filter({ hasText: 'Der kan højst vælges 3 fokusområder.' })).toBeVisible();
    await expect(form).toContainText('3 af 3 valgt');
    // The server refuses a fourth area too.
    const courseId = (await card.getByRole('heading', { level: 3 }).getAttribute('id'))!.replace(/^course-/, '');
    const areas = ['housing', 'finances', 'network', 'substance_use'].map((area) => ({ area, activityPlan: 'Plan' }));
    const refused = await page.request.put(`/api/v1/courses/${courseId}/focus-areas`, { data: { phase: 'phase1', areas, chosenWithCitizen: true } });
    expect(refused.status()).toBe(422);
    await form.getByRole('button', { name: 'Gem fokusområder' }).click();
    await expect(form.getByRole('textbox', { name: /^Aktivitetsplan: Bolig/ })).toHaveAttribute('aria-invalid', 'true');
    await expectNoViolations(page, 'CTI focus-area form with errors');
    await form.getByRole('textbox', { name: /^Aktivitetsplan: Bolig/ }).fill('Indretning og husleje.');
    await form.getByRole('textbox', { name: /^Aktivitetsplan: Økonomi/ }).fill('Post og regninger hver uge.');
    await form.getByRole('textbox', { name: /^Aktivitetsplan: Netværk og relationer/ }).fill('Kontakt til søsteren.');
    await expect(form.getByRole('checkbox', { name: 'Fokusområderne er valgt sammen med borgeren' })).toBeChecked();
    await form.getByRole('button', { name: 'Gem fokusområder' }).click();
    await expect(status(page, 'Fokusområderne er gemt.')).toBeVisible();
    const phase1 = focus.getByRole('article', { name: /^Fase 1/ });
    await expect(phase1.getByRole('listitem')).toHaveCount(3);
    await expect(phase1).toContainText('Post og regninger hver uge.');
    await expect(phase1).toContainText('Valgt sammen med borgeren · Valgt af Camilla Thers');

    const sessions = card.getByRole('region', { name: 'Kontakter og samtaler' });
    const sessionForm = sessions.getByRole('form', { name: 'Log en kontakt' });
    await sessionForm.getByRole('combobox', { name: /^Slags kontakt/ }).selectOption({ label: 'Motiverende samtale' });
    await sessionForm.getByRole('textbox', { name: 'Notat' }).fill('Hjemmebesøg: talte om at holde fast i lejligheden.');
    await sessionForm.getByRole('button', { name: 'Gem kontakt' }).click();
    await expect(status(page, 'Kontakten er gemt.')).toBeVisible();
    await expect(sessions.getByRole('article').first()).toContainText('holde fast i lejligheden');

    const visits = card.getByRole('listitem').filter({ hasText: 'Hyppige hjemmebesøg' });
    await visits.getByRole('button', { name: 'Afkryds: Hyppige hjemmebesøg' }).click();
    await expect(visits).toContainText('Afkrydset af Camilla Thers');

    // Planned end past the nine months needs a reason.
    const end = card.getByRole('region', { name: 'Planlagt afslutning' });
    await end.getByRole('button', { name: 'Flyt planlagt afslutning' }).click();
    const endForm = end.getByRole('form', { name: 'Flyt planlagt afslutning' });
    await endForm.getByLabel(/^Ny planlagt afslutning/).fill('2099-12-31');
    await endForm.getByRole('button', { name: 'Gem planlagt afslutning' }).click();
    await expect(endForm.getByRole('textbox', { name: /^Begrundelse/ })).toHaveAttribute('aria-invalid', 'true');
    await expectNoViolations(page, 'CTI panel with the planned-end form');
    await endForm.getByRole('button', { name: 'Annullér' }).click();

    await movePhase(page, 'Borgeren klarer sig i boligen; vi afprøver netværket.');
    await expect(status(page, 'Fasen er skiftet.')).toBeVisible();
    const clock = card.getByRole('region', { name: /^Tidslinje/ });
    await expect(clock).toContainText('Forventet kontakt i Fase 2 Afprøvning: kontakt hver anden uge');
    await movePhase(page, 'Overdragelsen til netværket begynder.');
    await expect(status(page, 'Fasen er skiftet.')).toBeVisible();
    await expect(clock).toContainText('Forventet kontakt i Fase 3 Overdragelse: månedlig kontakt');
    await expect(clock.locator('[aria-current="step"]')).toContainText('Fase 3 Overdragelse');

    const meeting = card.getByRole('listitem').filter({ hasText: 'Afslutningsmøde holdt med borgeren og netværket' });
    await meeting.getByRole('button', { name: 'Afkryds: Afslutningsmøde holdt med borgeren og netværket' }).click();
    await expect(meeting).toContainText('Afkrydset af Camilla Thers');

    await card.getByRole('button', { name: 'Afslut forløb' }).click();
    const close = card.getByRole('form', { name: 'Afslut forløb' });
    await close.getByRole('combobox', { name: /^Årsag/ }).selectOption({ label: 'Gennemført' });
    await close.getByRole('textbox', { name: /^Afsluttende opsummering/ }).fill('Borgeren bor stabilt og har et netværk, der bærer.');
    await close.getByRole('button', { name: 'Afslut forløbet' }).click();
    await expect(status(page, 'Forløbet er afsluttet.')).toBeVisible();
    await expect(card).toContainText('Gennemført');
    await expect(card).toContainText('Afsluttet');
    await expect(card.getByRole('button', { name: 'Skift fase' })).toHaveCount(0);
    await expect(card.getByRole('button', { name: 'Flyt planlagt afslutning' })).toHaveCount(0);
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

    test("Kirsten Holm's course shows phase 1 and her three focus areas", async ({ page }) => {
      await logIn(page, 'cti');
      await page.getByRole('link', { name: 'Kirsten Holm' }).first().click();
      const card = ctiCard(page);
      const clock = card.getByRole('region', { name: /^Tidslinje/ });
      await expect(clock).toContainText('Måned 1 af 9');
      await expect(clock).toContainText('ugentlig kontakt');
      const phase1 = card.getByRole('region', { name: 'Fokusområder' }).getByRole('article', { name: /^Fase 1/ });
      await expect(phase1.getByRole('listitem').locator('strong')).toHaveText(['Bolig', 'Økonomi', 'Netværk og relationer']);
      await expect(phase1).toContainText('Genoptage kontakten til datteren');
      await card.getByRole('button', { name: 'Ændr fokusområder: Fase 1 Overgang til eget hjem' }).click();
      await expect(card.getByRole('form', { name: 'Fokusområder for Fase 1 Overgang til eget hjem' }).getByRole('checkbox', { name: 'Bolig', exact: true })).toBeChecked();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await expectNoViolations(page, "Kirsten Holm's CTI course (375 px, form open)");
    });
  });
});
