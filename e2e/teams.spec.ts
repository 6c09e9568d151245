import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoViolations, logIn, PASSWORD, uniqueAlias } from './helpers';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Hovedmenu' });
const status = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });

/** A day in Europe/Copenhagen as yyyy-mm-dd, `offset` days from today. */
function day(offset = 0): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date(Date.now() + offset * 86_400_000));
}
const shown = (iso: string) => iso.split('-').reverse().join('.');

/** The id of ACT-teamet, read as its member `act` through the API (a separate request context). */
async function actTeamId(request: APIRequestContext): Promise<string> {
  expect((await request.post('/api/v1/auth/login', { data: { username: 'act', password: PASSWORD } })).ok()).toBeTruthy();
  const teams = (await (await request.get('/api/v1/teams')).json()) as { items: { id: string; name: string }[] };
  await request.post('/api/v1/auth/logout');
  const team = teams.items.find((t) => t.name === 'ACT-teamet');
  expect(team, 'ACT-teamet among act’s teams').toBeTruthy();
  return team!.id;
}

test.describe.serial('ACT: the daily team board, and who may see it', () => {
  test('act opens the board: who sees whom today, the meeting, a decision and a crisis', async ({ page }) => {
    await logIn(page, 'act');
    await nav(page).getByRole('link', { name: 'Teams' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Teams');
    const teamRow = page.getByRole('row').filter({ hasText: 'ACT-teamet' });
    await expect(teamRow).toContainText('ACT');
    await expect(teamRow).toContainText(/\d+ borger/);
    await expectNoViolations(page, 'the team list');
    await teamRow.getByRole('link', { name: 'ACT-teamet' }).click();
    await expect(page).toHaveURL(/\/teams\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Dagens tavle');
    await expect(page.getByLabel(/^Dato for mødet/)).toHaveValue(day());

    const members = page.getByRole('region', { name: 'Teamets medlemmer' });
    await expect(members.getByRole('listitem').filter({ hasText: 'Anders Toft' })).toContainText('Støttemedarbejder');
    await expect(members.getByRole('listitem').filter({ hasText: 'Signe Mørk' })).toContainText('Sygeplejerske');
    await expect(members.getByRole('listitem').filter({ hasText: 'Malik Nour' })).toContainText('Sagsbehandler med myndighed');

    // Who sees whom today: Signe Mørk sees Henrik Bach.
    const seen = page.getByRole('region', { name: 'Hvem ses i dag, og af hvem' });
    const henrik = seen.getByRole('row').filter({ has: page.getByRole('link', { name: 'Henrik Bach' }) });
    const earlier = henrik.getByRole('button', { name: 'Fjern Signe Mørk fra Henrik Bach' });
    if (await earlier.count()) await earlier.click();
    await expect(earlier).toHaveCount(0);
    await henrik.getByRole('button', { name: 'Tildel til Henrik Bach' }).click();
    await expect(henrik.getByText('Vælg en medarbejder først.')).toBeVisible();
    await henrik.getByRole('combobox', { name: 'Medarbejder, der ser Henrik Bach' }).selectOption({ label: 'Signe Mørk (Sygeplejerske)' });
    await henrik.getByRole('button', { name: 'Tildel til Henrik Bach' }).click();
    await expect(status(page, 'Signe Mørk ser Henrik Bach.')).toBeVisible();
    await expect(henrik.getByRole('listitem').filter({ hasText: 'Signe Mørk' })).toBeVisible();
    await expect(henrik.getByRole('combobox', { name: 'Medarbejder, der ser Henrik Bach' }).locator('option', { hasText: 'Signe Mørk' })).toHaveCount(0);

    // The meeting is recorded as held, with its attendees.
    const meeting = page.getByRole('region', { name: `Teammødet ${shown(day())}` });
    const meetingForm = meeting.getByRole('form');
    await meetingForm.getByRole('checkbox', { name: 'Anders Toft (Støttemedarbejder)' }).setChecked(true);
    await meetingForm.getByRole('checkbox', { name: 'Signe Mørk (Sygeplejerske)' }).setChecked(true);
    await meetingForm.getByRole('checkbox', { name: 'Malik Nour (Sagsbehandler med myndighed)' }).setChecked(true);
    await meetingForm.getByRole('textbox', { name: 'Note fra mødet' }).fill('Kort morgenmøde, alle borgere gennemgået.');
    await meetingForm.getByRole('button', { name: /^(Registrér mødet som holdt|Opdatér mødet)$/ }).click();
    await expect(status(page, 'Mødet er registreret som holdt.')).toBeVisible();
    await expect(meeting).toContainText('Holdt');
    await expect(meeting).toContainText(/Deltagere: .*Signe Mørk/);
    await expect(meeting).toContainText('Kort morgenmøde, alle borgere gennemgået.');
    await expect(meeting.getByRole('button', { name: 'Opdatér mødet' })).toBeVisible();

    // A decision needs its text; the case officer holds the authority.
    const decisions = page.getByRole('region', { name: `Beslutninger ${shown(day())}` });
    const decisionForm = decisions.getByRole('form', { name: 'Registrér beslutning' });
    await expect(decisionForm.getByRole('combobox', { name: /^Truffet med myndighed af/ }).locator('option:checked')).toHaveText('Malik Nour (Sagsbehandler med myndighed)');
    await decisionForm.getByRole('button', { name: 'Registrér beslutning' }).click();
    await expect(decisionForm.getByRole('textbox', { name: /^Beslutning/ })).toHaveAttribute('aria-invalid', 'true');
    const decision = uniqueAlias('Henrik Bach tilbydes samtale om bolig');
    await decisionForm.getByRole('textbox', { name: /^Beslutning/ }).fill(decision);
    await decisionForm.getByRole('combobox', { name: /^Borger/ }).selectOption({ label: 'Henrik Bach' });
    await decisionForm.getByRole('combobox', { name: /^Truffet med myndighed af/ }).selectOption({ label: 'Malik Nour (Sagsbehandler med myndighed)' });
    await decisionForm.getByRole('button', { name: 'Registrér beslutning' }).click();
    await expect(status(page, 'Beslutningen er registreret.')).toBeVisible();
    const recorded = decisions.getByRole('listitem').filter({ hasText: decision });
    await expect(recorded).toContainText('Vedrører: Henrik Bach');
    await expect(recorded).toContainText('Truffet med myndighed af Malik Nour (Sagsbehandler med myndighed)');
    await expect(recorded).toContainText('Registreret af Anders Toft');

    // Crisis: Lone Berg is in crisis; Henrik Bach is marked and then no longer.
    const crisis = page.getByRole('region', { name: 'I krise' });
    await expect(crisis.getByRole('listitem').filter({ hasText: 'Lone Berg' })).toContainText(/I krise siden \d{2}\.\d{2}\.\d{4}/);
    const henrikCrisis = crisis.getByRole('listitem').filter({ hasText: 'Henrik Bach' });
    await henrikCrisis.getByRole('button', { name: 'Markér Henrik Bach som i krise' }).click();
    await expect(status(page, 'Henrik Bach er markeret som i krise.')).toBeVisible();
    await expect(henrikCrisis).toContainText(`I krise siden ${shown(day())}`);
    await expect(henrik).toContainText('I krise');
    await expectNoViolations(page, 'the ACT board after the day’s work');
    await henrikCrisis.getByRole('button', { name: 'Afslut krise for Henrik Bach' }).click();
    await expect(status(page, 'Henrik Bach er ikke længere markeret som i krise.')).toBeVisible();
    await expect(henrikCrisis).toContainText('Ikke i krise');

    await expect(page.getByRole('heading', { level: 2, name: /^Ikke set i \d+ dage?$/ })).toBeVisible();

    // Another day: the board of yesterday has its own assignments; back to today by a button.
    await page.getByLabel(/^Dato for mødet/).fill(day(-1));
    await expect(page.getByRole('heading', { level: 2, name: `Hvem ses ${shown(day(-1))}, og af hvem` })).toBeVisible();
    await page.getByRole('button', { name: 'Gå til i dag' }).click();
    await expect(page.getByLabel(/^Dato for mødet/)).toHaveValue(day());
    await expect(henrik.getByRole('listitem').filter({ hasText: 'Signe Mørk' })).toBeVisible();

    // Removing the assignment leaves the row as it was.
    await henrik.getByRole('button', { name: 'Fjern Signe Mørk fra Henrik Bach' }).click();
    await expect(status(page, 'Signe Mørk er fjernet fra Henrik Bach.')).toBeVisible();
    await expect(henrik.getByRole('button', { name: 'Fjern Signe Mørk fra Henrik Bach' })).toHaveCount(0);
  });

  test('vita (SKP) is no member: no way to the ACT board, which shows as not found', async ({ page, playwright }) => {
    const request = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
    const teamId = await actTeamId(request);
    await request.dispose();

    await logIn(page, 'vita');
    await expect(nav(page).getByRole('link', { name: 'ACT-teamet' })).toHaveCount(0);
    const teamsLink = nav(page).getByRole('link', { name: 'Teams' });
    if (await teamsLink.count()) {
      await teamsLink.click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Teams');
      await expect(page.getByRole('link', { name: 'ACT-teamet' })).toHaveCount(0);
      await expect(page.getByRole('main')).not.toContainText('ACT-teamet');
    }
    await page.goto(`/teams/${teamId}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ikke fundet');
    await expect(page.getByRole('main')).not.toContainText('Henrik Bach');
    expect((await page.request.get(`/api/v1/teams/${teamId}/board`)).status()).toBe(404);
  });

  test('admin creates a team, changes its members, and saves a new version of the ACT settings', async ({ page }) => {
    await logIn(page, 'admin');
    // A fresh user for the new team, so no other test's team changes.
    const username = `e2e.team.${Date.now().toString(36)}`;
    const created = await page.request.post('/api/v1/admin/users', { data: { username, displayName: `Tea Teamsen ${username.slice(-4)}`, password: 'et-langt-kodeord-1' } });
    expect(created.status()).toBe(201);
    await nav(page).getByRole('link', { name: 'Administration' }).click();
    await page.reload();

    const teams = page.getByRole('region', { name: 'Teams' });
    await expect(teams.getByRole('article', { name: 'ACT-teamet' })).toContainText('Sagsbehandler med myndighed');
    const form = teams.getByRole('form', { name: 'Opret team' });
    await form.getByRole('button', { name: 'Opret team' }).click();
    await expect(form.getByRole('textbox', { name: /^Teamets navn/ })).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByRole('combobox', { name: /^Medlem 1/ })).toHaveAttribute('aria-invalid', 'true');
    await expectNoViolations(page, 'the admin team form with errors');
    const name = uniqueAlias('ICM-team');
    await form.getByRole('combobox', { name: 'Organisation' }).selectOption({ label: 'Demo Kommune' });
    await form.getByRole('textbox', { name: /^Teamets navn/ }).fill(name);
    await form.getByRole('combobox', { name: 'Metode' }).selectOption('icm');
    await form.getByRole('combobox', { name: /^Medlem 1/ }).selectOption({ label: `Tea Teamsen ${username.slice(-4)} (${username})` });
    await form.getByRole('combobox', { name: 'Faglighed for medlem 1' }).selectOption({ label: 'Teamleder' });
    await form.getByRole('button', { name: 'Opret team' }).click();
    await expect(status(page, `Teamet ${name} er oprettet.`)).toBeVisible();
    const card = teams.getByRole('article', { name });
    await expect(card).toContainText('Teamleder');

    await card.getByRole('button', { name: `Redigér medlemmer af ${name}` }).click();
    const edit = card.getByRole('form', { name: `Redigér medlemmer af ${name}` });
    await edit.getByRole('combobox', { name: 'Faglighed for medlem 1' }).selectOption({ label: 'Case manager' });
    await edit.getByRole('button', { name: 'Gem medlemmer' }).click();
    await expect(status(page, `Medlemmerne af ${name} er gemt.`)).toBeVisible();
    await expect(card).toContainText('Case manager');
    await expect(card).not.toContainText('Teamleder');

    // The same name again is refused.
    await form.getByRole('textbox', { name: /^Teamets navn/ }).fill(name);
    await form.getByRole('combobox', { name: /^Medlem 1/ }).selectOption({ label: `Tea Teamsen ${username.slice(-4)} (${username})` });
    await form.getByRole('button', { name: 'Opret team' }).click();
    await expect(form.getByRole('alert').filter({ hasText: 'Navnet er allerede i brug i organisationen.' })).toBeVisible();

    // Method settings: ACT lists a citizen not seen for N days; saving makes a new version.
    const settings = page.getByRole('region', { name: 'Metodeindstillinger' });
    await expect(settings).toContainText('Forløb beholder den version af indstillingerne, de startede under.');
    const org = settings.getByRole('combobox', { name: 'Organisation' });
    if (await org.count()) await org.selectOption({ label: 'Demo Kommune' });
    const act = settings.getByRole('form', { name: /^ACT/ });
    const before = await act.textContent();
    const version = Number(/Version (\d+)/.exec(before ?? '')?.[1] ?? 'NaN');
    expect(version).toBeGreaterThanOrEqual(0);
    const field = act.getByRole('spinbutton', { name: /^Dage før en borger står som »ikke set« på tavlen/ });
    const current = Number(await field.inputValue());
    const next = current >= 90 ? 7 : current + 1;
    await field.fill('0');
    await act.getByRole('button', { name: /^Gem indstillinger for ACT/ }).click();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await field.fill(String(next));
    await act.getByRole('button', { name: /^Gem indstillinger for ACT/ }).click();
    await expect(status(page, new RegExp(`^Indstillingerne for ACT.* er gemt som version ${version + 1}\\.$`))).toBeVisible();
    const saved = settings.getByRole('form', { name: /^ACT/ });
    await expect(saved).toContainText(`Version ${version + 1}, gemt af`);
    await expect(saved.getByRole('spinbutton', { name: /^Dage før en borger står som »ikke set« på tavlen/ })).toHaveValue(String(next));
    // Only the fields that apply to ACT are offered.
    await expect(saved.getByRole('group', { name: /^Planlagte måneder/ })).toHaveCount(0);
    const cti = settings.getByRole('form', { name: /^CTI/ });
    await expect(cti.getByRole('group', { name: 'Planlagte måneder i fase 1–3' })).toBeVisible();
    await expect(cti.getByRole('spinbutton', { name: /^Dage før en borger/ })).toHaveCount(0);
    await expectNoViolations(page, 'the admin teams and method settings');
  });
});
