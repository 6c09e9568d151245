import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectNoViolations, logIn, uniqueAlias } from './helpers';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Hovedmenu' });
const status = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });

/** The course card of a method on the citizen page. */
const courseCard = (page: Page, heading: RegExp) => page.locator('article.course').filter({ has: page.getByRole('heading', { level: 3, name: heading }) });

test.describe.serial('the acute crisis-center pathway: spotting → screening → request → stay → homecoming', () => {
  const alias = uniqueAlias('Manden ved springvandet');
  const seen = `Ligger på bænken og er svær at vække, har kastet op ${Date.now().toString(36)}`;
  let citizenId = '';

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

    test('the spotter registers an unidentified citizen at a place and follows the status', async ({ page }) => {
      await logIn(page, 'spotter');
      await expect(page).toHaveURL(/\/spottings$/);
      await expect(nav(page).getByRole('link')).toHaveText(['Spotning', 'Steder']);
      await expect(page.getByRole('heading', { level: 1, name: 'Spotning' })).toBeVisible();

      const form = page.getByRole('form', { name: 'Registrér en borger i akut krise' });
      await form.getByRole('button', { name: 'Registrér spotning' }).tap();
      await expect(form.getByRole('textbox', { name: /^Kaldenavn eller kendetegn/ })).toHaveAttribute('aria-invalid', 'true');
      await expect(form.getByRole('textbox', { name: /^Hvad så du/ })).toHaveAttribute('aria-invalid', 'true');
      await form.getByRole('textbox', { name: /^Kaldenavn eller kendetegn/ }).fill(alias);
      await form.getByRole('combobox', { name: 'Sted fra stedregistret' }).selectOption({ label: 'Banegårdspladsen' });
      // A registered place replaces the free-text place.
      await expect(form.getByRole('textbox', { name: /^Sted$/ })).toHaveCount(0);
      await form.getByRole('textbox', { name: /^Beskrivelse af borgeren/ }).fill('Mand omkring 50, grøn jakke.');
      await form.getByRole('textbox', { name: /^Hvad så du/ }).fill(seen);
      await form.getByRole('checkbox', { name: 'Situationen er potentielt livstruende' }).check();
      await form.getByRole('button', { name: 'Registrér spotning' }).tap();

      await expect(status(page, 'Spotningen er registreret.')).toBeVisible();
      const mine = page.getByRole('region', { name: 'Mine registreringer' });
      const item = mine.getByRole('listitem').filter({ hasText: /^Banegårdspladsen · / });
      await expect(item).toContainText('Afventer screening');
      await expect(item).toContainText('Livstruende');
      // The spotter sees the status of what they registered, not the citizen's record.
      await expect(mine).not.toContainText(alias);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await expectNoViolations(page, 'spotting (spotter, 375 px)');
    });
  });

  test('the social mentor screens the citizen into the target group and sends the request', async ({ page }) => {
    await logIn(page, 'mentor');
    await nav(page).getByRole('link', { name: 'Spotning' }).click();
    const queue = page.getByRole('region', { name: /^Afventer screening/ });
    await expect(queue.getByRole('complementary', { name: 'Princip for screeningen' })).toHaveText(
      'Screeningen handler ikke om at frasortere borgere, der vurderes svære at hjælpe. Målet er at sikre, at de borgere, der har mest behov for hjælp, tilbydes relevant støtte.',
    );
    const card = queue.getByRole('article').filter({ has: page.getByRole('heading', { name: alias }) });
    await expect(card).toContainText(seen);
    await expect(card).toContainText('Spottet af Sara Vinther');
    const href = await card.getByRole('link', { name: 'Åbn borgeren' }).getAttribute('href');
    citizenId = href!.split('/').pop()!;
    expect(citizenId).toMatch(/^[0-9a-f-]{36}$/);

    await card.getByRole('button', { name: 'Screen borgeren' }).click();
    const screening = card.getByRole('form', { name: 'Screening' });
    await screening.getByRole('button', { name: 'Gem screening' }).click();
    await expect(screening.getByRole('group', { name: /Er borgeren i målgruppen/ })).toContainText('Skal udfyldes.');
    await expectNoViolations(page, 'screening form with errors');
    for (const item of ['Borgeren er i en akut krise', 'Situationen er potentielt livstruende', 'Basale behov (mad, søvn, hygiejne, helbred) er ikke dækket', 'Borgerens hjemkommune er kendt']) {
      await screening.getByRole('checkbox', { name: item }).check();
    }
    await screening.getByRole('textbox', { name: /^Din vurdering/ }).fill('Akut krise med risiko for liv og helbred. Har brug for ro og lægetilsyn nu.');
    await screening.getByRole('radio', { name: 'Ja, i målgruppen' }).check();
    await screening.getByRole('button', { name: 'Gem screening' }).click();
    await expect(status(page, 'Screeningen er gemt. Borgeren er i målgruppen')).toBeVisible();

    const ready = page.getByRole('region', { name: /^I målgruppen – send henvendelse/ }).getByRole('article').filter({ has: page.getByRole('heading', { name: alias }) });
    await expect(ready).toContainText('I målgruppen');
    await ready.getByRole('button', { name: 'Send henvendelse til akutkrisecenter' }).click();
    const request = ready.getByRole('form', { name: 'Send henvendelse til akutkrisecenter' });
    // The only crisis center with an active agreement is chosen; the assessment is the starting point.
    await expect(request.getByRole('combobox', { name: /^Akutkrisecenter/ })).toHaveValue(/.+/);
    await expect(request.getByRole('combobox', { name: /^Akutkrisecenter/ }).locator('option:checked')).toHaveText('Akutkrisecentret');
    await request.getByRole('textbox', { name: /^Hvorfor har borgeren brug for et ophold nu/ }).fill('Akut krise, sover udendørs, har ikke spist i dagevis. Ønsker selv et ophold.');
    await request.getByRole('button', { name: 'Send henvendelse' }).click();
    await expect(status(page, 'Henvendelsen er sendt til Akutkrisecentret.')).toBeVisible();

    await nav(page).getByRole('link', { name: 'Akutforløb' }).click();
    const requested = page.getByRole('region', { name: 'Henvendelse sendt' });
    await expect(requested.getByRole('listitem').filter({ hasText: alias })).toContainText('Afventer afgørelse fra akutkrisecenteret');
    const requests = page.getByRole('region', { name: 'Henvendelser til akutkrisecenter' });
    const open = requests.getByRole('article').filter({ has: page.getByRole('heading', { name: new RegExp(alias) }) });
    await expect(open).toContainText('Demo Kommune → Akutkrisecentret');
    await expect(open.getByRole('button', { name: 'Træk henvendelsen tilbage' })).toBeVisible();
    // Only the center decides.
    await expect(open.getByRole('button', { name: 'Træf afgørelse' })).toHaveCount(0);
    await expectNoViolations(page, 'crisis pathway (mentor)');
  });

  test('the crisis center admits, picks up, ticks reception items, logs a session and plans ahead', async ({ page }) => {
    await logIn(page, 'krise');
    await nav(page).getByRole('link', { name: 'Akutforløb' }).click();
    const requests = page.getByRole('region', { name: 'Henvendelser til akutkrisecenter' });
    let item = requests.getByRole('article').filter({ has: page.getByRole('heading', { name: new RegExp(alias) }) });
    await expect(item).toContainText('Akut krise, sover udendørs');
    await item.getByRole('button', { name: 'Træf afgørelse' }).click();
    const decision = item.getByRole('form', { name: 'Træf afgørelse' });
    await decision.getByRole('radio', { name: 'Nej, borgeren indskrives ikke' }).check();
    await decision.getByRole('button', { name: 'Gem afgørelse' }).click();
    await expect(decision.getByRole('textbox', { name: /^Begrundelse/ })).toHaveAttribute('aria-invalid', 'true');
    await decision.getByRole('radio', { name: 'Ja, borgeren indskrives' }).check();
    await decision.getByRole('spinbutton', { name: 'Planlagt længde (dage)' }).fill('21');
    await expectNoViolations(page, 'crisis pathway with the decision form');
    await decision.getByRole('button', { name: 'Gem afgørelse' }).click();
    await expect(status(page, 'Borgeren er sagt ja til.')).toBeVisible();

    await requests.getByRole('group', { name: 'Vis' }).getByText('Indskrevet', { exact: true }).click();
    item = requests.getByRole('article').filter({ has: page.getByRole('heading', { name: new RegExp(alias) }) });
    await expect(item).toContainText('Ja til indskrivning, planlagt 21 dage');
    await item.getByRole('button', { name: 'Planlæg afhentning' }).click();
    let pickup = item.getByRole('form', { name: 'Planlæg afhentning' });
    await pickup.getByRole('combobox', { name: /^Transport/ }).selectOption({ label: 'Akutkrisecenterets bil' });
    await pickup.getByRole('textbox', { name: /^Hvem følger med/ }).fill('Kim Krogh og Morten Juhl');
    await pickup.getByRole('button', { name: 'Gem afhentning' }).click();
    await expect(status(page, 'Afhentningen er gemt.')).toBeVisible();
    await expect(item).toContainText('Akutkrisecenterets bil');
    await expect(item.getByTestId('pickup-speed')).toHaveCount(0);

    // Later: confirm the pickup and the arrival, which starts the stay.
    await item.getByRole('button', { name: 'Opdatér afhentning' }).click();
    pickup = item.getByRole('form', { name: 'Planlæg afhentning' });
    await pickup.getByRole('button', { name: 'Sæt til nu – Hentet' }).click();
    await pickup.getByRole('button', { name: 'Sæt til nu – Ankommet' }).click();
    await pickup.getByRole('button', { name: 'Gem afhentning' }).click();
    await expect(status(page, 'Afhentningen er gemt.')).toBeVisible();
    await expect(item.getByTestId('pickup-speed')).toHaveText(/\d+ (min|t \d+ min)$/);
    await expect(item.getByRole('button', { name: 'Opdatér afhentning' })).toHaveCount(0);

    await item.getByRole('link', { name: 'Åbn borgeren' }).click();
    await expect(page).toHaveURL(new RegExp(`/citizens/${citizenId}$`));
    const stay = courseCard(page, /^Ophold på akutkrisecenter/);
    await expect(stay.getByRole('heading', { level: 4, name: /Henvendelse til akutkrisecenter/ })).toContainText('Indskrevet');

    const welcome = 'Borgeren er budt velkommen og har fået værelse og velkomstpakke';
    const row = stay.getByRole('listitem').filter({ hasText: welcome });
    await row.getByRole('button', { name: `Afkryds: ${welcome}` }).click();
    await expect(row).toContainText('Afkrydset af Kim Krogh');
    await stay.getByRole('button', { name: 'Afkryds: Borgeren er tilset af medarbejdere og medicinansvarlig' }).click();
    await expect(stay.locator('details.checklist-phase > summary').first()).toContainText('Ankomst og modtagelse 2 af 9 afkrydset');
    // The 141 contact has a due date two days after the arrival.
    await expect(stay.getByRole('listitem').filter({ hasText: 'Myndighed i hjemkommunen kontaktet om § 141-handleplan' })).toContainText('Frist');

    const sessions = stay.getByRole('region', { name: 'Samtaler under opholdet' });
    const sessionForm = sessions.getByRole('form', { name: 'Log en samtale' });
    await sessionForm.getByRole('combobox', { name: /^Slags samtale/ }).selectOption({ label: 'Motiverende samtale' });
    await sessionForm.getByRole('textbox', { name: 'Notat' }).fill('Talte om at komme ned i forbrug og om kontakt til datteren.');
    await sessionForm.getByRole('button', { name: 'Gem samtale' }).click();
    await expect(status(page, 'Samtalen er gemt.')).toBeVisible();
    await expect(sessions.getByRole('article').first()).toContainText('Talte om at komme ned i forbrug');

    const midway = stay.getByRole('region', { name: 'Midtvejsmøde', exact: true });
    await expect(midway).toContainText('planlagt ophold 21 dage');
    await midway.getByRole('button', { name: 'Planlæg eller udfyld midtvejsmødet' }).click();
    const midwayForm = midway.getByRole('form', { name: 'Planlæg eller udfyld midtvejsmødet' });
    await expect(midwayForm.getByLabel(/^Tidspunkt for mødet/)).toHaveValue('');
    await midwayForm.getByRole('button', { name: 'Brug den foreslåede dato kl. 10' }).click();
    await expect(midwayForm.getByLabel(/^Tidspunkt for mødet/)).toHaveValue(/T10:00$/);
    await midwayForm.getByLabel(/^Sted/).fill('Akutkrisecentret, mødelokalet');
    await midwayForm.getByLabel(/^Deltagere/).fill('Borgeren, Kim Krogh, Morten Juhl');
    await midwayForm.getByLabel('Borgeren', { exact: true }).fill('2026-01-05');
    await midwayForm.getByLabel('Hjemkommunen', { exact: true }).fill('2026-01-05');
    await midwayForm.getByLabel('Status på borgerens situation').fill('Sover om natten, spiser igen.');
    await midwayForm.getByLabel('Støtteberedskab i hjemkommunen ved hjemkomst').fill('Bostøtte og værested aftales.');
    await midwayForm.getByRole('button', { name: 'Gem midtvejsmøde' }).click();
    await expect(status(page, 'Midtvejsmødet er gemt.')).toBeVisible();
    await expect(midway).toContainText('Akutkrisecentret, mødelokalet');
    await expect(midway).toContainText('10:00');
    await expect(midway).toContainText('Borgeren: 05.01.2026');
    await expect(midway).toContainText('Akutkrisecenteret: ikke påmindet');

    const future = stay.getByRole('region', { name: 'Fremtidsplan', exact: true });
    await future.getByRole('button', { name: 'Skriv fremtidsplan' }).click();
    const futureForm = future.getByRole('form', { name: 'Fremtidsplan – ny version' });
    await futureForm.getByLabel(/^Borgerens ønsker for fremtiden/).fill('At have et sted at bo og se mit barnebarn.');
    await futureForm.getByLabel('Bolig').fill('Søge skæv bolig.');
    await futureForm.getByRole('button', { name: 'Gem ny version' }).click();
    await expect(status(page, 'Fremtidsplanen er gemt som en ny version.')).toBeVisible();
    await expect(future).toContainText('At have et sted at bo og se mit barnebarn.');
    await expect(future).toContainText('Version 1 · Kim Krogh');
    await expectNoViolations(page, 'citizen page with the stay');
  });

  test('the case officer writes a §141 action plan; sharing without consent is refused; the PDF downloads', async ({ page }) => {
    await logIn(page, 'myndighed');
    await page.goto(`/citizens/${citizenId}`);
    const plans = page.getByRole('region', { name: 'Handleplaner (§ 141)' });
    await expect(plans).toContainText('Der er ingen handleplan.');
    await plans.getByRole('button', { name: 'Skriv handleplan' }).click();
    const form = plans.getByRole('form', { name: 'Skriv handleplan' });
    await form.getByRole('button', { name: 'Gem handleplan' }).click();
    await expect(form.getByRole('textbox', { name: /^Formålet med indsatsen/ })).toHaveAttribute('aria-invalid', 'true');
    await form.getByRole('textbox', { name: /^Formålet med indsatsen/ }).fill('Stabilisering og en plan for bolig efter opholdet.');
    await form.getByRole('textbox', { name: /^Hvilken indsats der er behov for/ }).fill('Ro, lægetilsyn, hjælp til at søge bolig.');
    await form.getByRole('textbox', { name: /^Forventet varighed/ }).fill('3 måneder');
    await form.getByRole('textbox', { name: 'Bolig' }).fill('Skrevet op til skæv bolig.');
    await form.getByRole('button', { name: 'Tilføj tilbud' }).click();
    await form.getByRole('textbox', { name: /^Tilbud 1/ }).fill('Bostøtte (§ 85)');
    await form.getByRole('combobox', { name: 'Borgerens svar på tilbud 1' }).selectOption({ label: 'Takket ja' });
    await form.getByRole('textbox', { name: /^Sådan har borgeren medvirket/ }).fill('Samtale på akutkrisecenteret; planen er læst op for borgeren.');
    await form.getByRole('checkbox', { name: 'Formål' }).check();
    await form.getByRole('checkbox', { name: 'Støttebehov' }).check();
    await form.getByRole('combobox', { name: 'Del med organisation i Brobygger' }).selectOption({ label: 'Akutkrisecentret' });
    await form.getByRole('button', { name: 'Gem handleplan' }).click();
    await expect(form.getByRole('alert').filter({ hasText: 'Handleplanen er ikke gemt' })).toContainText(
      'Handleplanen er ikke gemt: der er intet gyldigt samtykke eller hjemmel til at dele med Akutkrisecentret.',
    );
    await expectNoViolations(page, 'action plan form with the consent refusal');

    // Without sharing, the plan is saved.
    await form.getByRole('checkbox', { name: 'Formål' }).uncheck();
    await form.getByRole('checkbox', { name: 'Støttebehov' }).uncheck();
    await form.getByRole('button', { name: 'Gem handleplan' }).click();
    await expect(status(page, 'Handleplanen er gemt.')).toBeVisible();
    const plan = plans.getByRole('article').filter({ has: page.getByRole('heading', { name: /Handleplan, Demo Kommune \(version 1\)/ }) });
    await expect(plan).toContainText('Stabilisering og en plan for bolig efter opholdet.');
    await expect(plan).toContainText('Bostøtte (§ 85) – Takket ja');

    const download = page.waitForEvent('download');
    await plan.getByRole('link', { name: /^Hent som PDF/ }).click();
    const file = await (await download).path();
    const bytes = await readFile(file);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(page.url()).toMatch(new RegExp(`/citizens/${citizenId}$`));
  });

  test('the crisis center discharges the citizen; the mentor follows up at homecoming', async ({ page }) => {
    await logIn(page, 'krise');
    await page.goto(`/citizens/${citizenId}`);
    const stay = courseCard(page, /^Ophold på akutkrisecenter/);
    const phase = stay.getByRole('region', { name: 'Fase og afslutning' });
    for (const to of ['Stabilisering og opbygning', 'Udslusning']) {
      await phase.getByRole('button', { name: 'Skift fase' }).click();
      const form = phase.getByRole('form', { name: 'Skift fase' });
      await form.getByRole('radio', { name: to }).check();
      await form.getByLabel(/^Begrundelse/).fill(`Videre til ${to.toLowerCase()}.`);
      await form.getByRole('button', { name: 'Skift fase' }).click();
      await expect(status(page, 'Fasen er skiftet.')).toBeVisible();
      await expect(stay.locator('.details-list').first()).toContainText(to);
    }
    await phase.getByRole('button', { name: 'Afslut forløb' }).click();
    const close = phase.getByRole('form', { name: 'Afslut forløb' });
    await close.getByRole('combobox', { name: /^Årsag/ }).selectOption({ label: 'Udskrevet til hjemkommunen' });
    await close.getByLabel(/^Afsluttende opsummering/).fill('Stabil, har aftale om bostøtte. Kører hjem med Morten.');
    await close.getByRole('button', { name: 'Afslut forløbet' }).click();
    await expect(status(page, 'Forløbet er afsluttet.')).toBeVisible();
    await expect(stay.locator('.details-list').first()).toContainText('Udskrevet til hjemkommunen');
    await page.getByRole('button', { name: 'Log ud' }).click();

    await logIn(page, 'mentor');
    await nav(page).getByRole('link', { name: 'Akutforløb' }).click();
    await expect(page.getByRole('region', { name: 'Hjemkomst' }).getByRole('link', { name: alias })).toBeVisible();
    await page.getByRole('region', { name: 'Hjemkomst' }).getByRole('link', { name: alias }).click();
    const pathway = courseCard(page, /^Akutkrisecenter-forløb/);
    await expect(pathway.locator('.details-list').first()).toContainText('3 Brobygning og hjemkomst');
    const followUp = 'Der er fulgt op på § 141-handleplanen';
    await pathway.getByRole('button', { name: `Afkryds: ${followUp}` }).click();
    await expect(pathway.getByRole('listitem').filter({ hasText: followUp })).toContainText('Afkrydset af Morten Juhl');
    // The midway meeting and future plan written at the center are shown on the mentor's course too.
    await expect(pathway.getByRole('region', { name: 'Fremtidsplan', exact: true })).toContainText('At have et sted at bo og se mit barnebarn.');
    await expectNoViolations(page, 'citizen page with the pathway course at homecoming');
  });

  test('the spotter sees the outcome but cannot open the citizen', async ({ page }) => {
    await logIn(page, 'spotter');
    const mine = page.getByRole('region', { name: 'Mine registreringer' });
    await expect(mine.getByRole('listitem').filter({ hasText: /^Banegårdspladsen · / })).toContainText('Indskrevet på akutkrisecenter');
    await page.goto(`/citizens/${citizenId}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Ikke fundet' })).toBeVisible();
    await expect(page.getByText(alias)).toHaveCount(0);
  });
});

test('places and agreements have no WCAG 2.1 AA violations and work without map tiles', async ({ page }) => {
  await logIn(page, 'leder');
  await nav(page).getByRole('link', { name: 'Steder' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Steder' })).toBeVisible();
  await expect(page.getByText('Der er ikke sat et baggrundskort op')).toBeVisible();
  await expect(page.locator('.place-marker').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Alle steder' }).getByRole('article')).not.toHaveCount(0);
  await expectNoViolations(page, 'places');

  await page.getByRole('button', { name: 'Opret sted' }).click();
  const form = page.getByRole('form', { name: 'Opret sted' });
  await form.getByRole('textbox', { name: /^Navn/ }).fill('Bænkene ved åen');
  await form.getByRole('combobox', { name: /^Type/ }).selectOption({ label: 'Park' });
  await form.getByRole('textbox', { name: /^Breddegrad/ }).fill('55,68');
  await form.getByRole('button', { name: 'Opret sted' }).click();
  await expect(form.getByRole('textbox', { name: /^Længdegrad/ })).toHaveAttribute('aria-invalid', 'true');
  await form.getByRole('textbox', { name: /^Længdegrad/ }).fill('12,57');
  await form.getByRole('button', { name: 'Opret sted' }).click();
  await expect(status(page, 'Stedet er oprettet.')).toBeVisible();
  const place = page.getByRole('article').filter({ has: page.getByRole('heading', { name: /Bænkene ved åen/ }) });
  await expect(place).toContainText('Ingen runder endnu');
  await place.getByRole('button', { name: /^Registrér runde/ }).click();
  const round = place.getByRole('form', { name: 'Registrér runde ved Bænkene ved åen' });
  await round.getByRole('spinbutton', { name: 'Antal personer mødt' }).fill('3');
  await round.getByRole('button', { name: 'Gem runde' }).click();
  await expect(status(page, 'Runden ved Bænkene ved åen er gemt.')).toBeVisible();
  await expect(place).not.toContainText('Ingen runder endnu');

  await nav(page).getByRole('link', { name: 'Samarbejdsaftaler' }).click();
  const agreement = page.getByRole('article').filter({ hasText: 'Akutkrisecentret og Demo Kommune' });
  await expect(agreement).toContainText('Gældende');
  await expect(agreement).toContainText('Morten Juhl');
  await expect(agreement).toContainText('Sara Vinther');
  await page.getByRole('button', { name: 'Opret samarbejdsaftale' }).click();
  await expect(page.getByRole('form', { name: 'Opret samarbejdsaftale' })).toBeVisible();
  await expectNoViolations(page, 'agreements with the create form');
});
