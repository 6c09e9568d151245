import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { logIn } from './helpers';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe on one part of the page (the part this spec is about). */
async function expectNoViolations(page: Page, selector: string, name: string) {
  const results = await new AxeBuilder({ page }).include(selector).withTags(TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${name}`).toEqual([]);
}

/** A plain date `days` from today (yyyy-mm-dd). */
function inDays(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Hovedmenu' });

test.describe.serial("goals in the citizen's own words", () => {
  const newGoal = `Jeg vil gå en tur hver dag ${Date.now().toString(36)}.`;

  test('the CTI worker follows up the overdue goal and moves its review date', async ({ page }) => {
    await logIn(page, 'cti');
    await page.getByRole('link', { name: 'Kirsten Holm' }).first().click();
    const section = page.getByRole('region', { name: 'Mål', exact: true });
    const active = section.getByRole('region', { name: /^Aktive mål/ });
    await expect(active.getByRole('article')).toHaveCount(2);
    const goal = section.getByRole('article', { name: '»Se mine børnebørn hver anden uge.«' });
    await expect(goal).toContainText('Opfølgning overskredet');
    await expect(goal).toContainText('Netværk og relationer');
    await expect(goal).toContainText('Udvikle');
    await expect(goal.getByRole('checkbox', { name: 'Ringe til min datter om søndagen' })).not.toBeChecked();
    await expect(goal).toContainText('Seneste vurdering: 2/10');
    await expect(goal.getByRole('img', { name: /Fremgang over tid.*: 2$/ })).toBeVisible();
    await expectNoViolations(page, 'section.goals-section', 'the goals section');

    await goal.getByRole('button', { name: 'Følg op' }).click();
    const form = goal.getByRole('form', { name: 'Opfølgning på målet' });
    // No rating: the group is marked and the error is shown.
    await form.getByRole('button', { name: 'Gem opfølgning' }).click();
    const rating = form.getByRole('group', { name: /Hvor langt er borgeren nået/ });
    await expect(rating).toContainText('Skal udfyldes.');
    await expect(rating.getByRole('radio', { name: '0', exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expect(rating.getByRole('radio', { name: '0', exact: true })).toBeFocused();
    await expectNoViolations(page, 'section.goals-section', 'the follow-up form with an error');

    await rating.getByRole('radio', { name: '5', exact: true }).check();
    await expect(rating).toContainText('5/10');
    await form.getByRole('textbox', { name: /^Note/ }).fill('Har set børnebørnene to gange.');
    await form.getByLabel('Ny dato for opfølgning').fill(inDays(14));
    await form.getByRole('button', { name: 'Gem opfølgning' }).click();

    await expect(section.getByRole('status')).toHaveText('Opfølgningen er gemt.');
    await expect(goal).not.toContainText('Opfølgning overskredet');
    await expect(goal).toContainText('Seneste vurdering: 5/10');
    await expect(goal.getByRole('img', { name: /Fremgang over tid.*: 2, 5$/ })).toBeVisible();
    await expect(goal.getByRole('list', { name: 'Opfølgninger (2)' }).getByRole('listitem').first()).toContainText('Har set børnebørnene to gange.');
    await expect(goal.getByRole('heading', { level: 4 })).toBeFocused();

    // The goal links to the focus areas of the CTI phase it serves.
    await goal.getByRole('link', { name: 'CTI-fokusområde i Fase 1 Overgang til eget hjem' }).click();
    await expect(page.getByRole('region', { name: 'Fokusområder' }).getByRole('heading', { name: /^Fase 1 Overgang til eget hjem/ })).toBeInViewport();
  });

  test('the CTI worker writes a new goal in her words with two steps, ticks one and marks it achieved', async ({ page }) => {
    await logIn(page, 'cti');
    await page.getByRole('link', { name: 'Kirsten Holm' }).first().click();
    const section = page.getByRole('region', { name: 'Mål', exact: true });
    await section.getByRole('button', { name: 'Tilføj mål' }).click();
    const form = section.getByRole('form', { name: 'Nyt mål' });
    await form.getByRole('button', { name: 'Opret målet' }).click();
    await expect(form.getByRole('textbox', { name: /^Målet med borgerens egne ord/ })).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByRole('radio', { name: 'Udvikle' })).toHaveAttribute('aria-invalid', 'true');

    await form.getByRole('textbox', { name: /^Målet med borgerens egne ord/ }).fill(newGoal);
    await form.getByLabel(/^Livsområde/).selectOption({ label: 'Fysisk helbred' });
    await form.getByRole('radio', { name: 'Vedligeholde' }).check();
    await expect(form.getByRole('radio', { name: 'Vedligeholde' })).toHaveAccessibleDescription('Borgeren vil holde fast i noget, der fungerer i dag.');
    await form.getByRole('textbox', { name: 'Skridt 1' }).fill('Købe et par gode sko');
    await form.getByRole('button', { name: 'Tilføj skridt' }).click();
    await form.getByRole('textbox', { name: 'Skridt 2' }).fill('Gå til havnen og tilbage');
    await form.getByRole('textbox', { name: /^Hvem hjælper/ }).fill('Min nabo Erik');
    await expect(form.getByLabel(/^Forløb/).locator('option:checked')).toContainText('CTI-teamet');
    await form.getByLabel(/^CTI-fokusområde/).selectOption('phase1');
    await expectNoViolations(page, 'section.goals-section', 'the new-goal form');
    await form.getByRole('button', { name: 'Opret målet' }).click();

    await expect(section.getByRole('status')).toHaveText('Målet er oprettet.');
    const goal = section.getByRole('article', { name: `»${newGoal}«` });
    await expect(goal.getByRole('heading', { level: 4 })).toBeFocused();
    await expect(goal).toContainText('Fysisk helbred');
    await expect(goal).toContainText('Vedligeholde');
    await expect(goal).toContainText('Min nabo Erik');
    await expect(goal).toContainText('Der er ikke fulgt op på målet endnu.');
    await expect(goal.getByRole('link', { name: 'CTI-fokusområde i Fase 1 Overgang til eget hjem' })).toBeVisible();

    await goal.getByRole('checkbox', { name: 'Købe et par gode sko' }).check();
    await expect(goal).toContainText('1 af 2 skridt er klaret.');
    // The tick was saved: it is still there after a reload.
    await page.reload();
    await expect(goal.getByRole('checkbox', { name: 'Købe et par gode sko' })).toBeChecked();
    await expect(goal.getByRole('checkbox', { name: 'Gå til havnen og tilbage' })).not.toBeChecked();

    await goal.getByRole('button', { name: 'Markér som nået' }).click();
    await expect(section.getByRole('status')).toHaveText('Målet er markeret som nået.');
    const achieved = section.getByRole('region', { name: 'Nåede mål (1)' });
    await expect(achieved.getByRole('article', { name: `»${newGoal}«` })).toContainText('Nået');
    await expect(achieved.getByRole('button', { name: 'Følg op' })).toHaveCount(0);
    await expect(achieved.getByRole('button', { name: 'Genåbn målet' })).toBeVisible();
    await expectNoViolations(page, 'section.goals-section', 'the goals section with an achieved goal');
  });

  test('a leader sees no goals on the citizen page but the outcomes of the unit on the fidelity page', async ({ page }) => {
    await logIn(page, 'leder');
    // Goals are part of the record: a leader (no note access) does not see them.
    await page.goto('/citizens');
    await page.getByRole('link', { name: 'Jonas Vestergaard' }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Jonas Vestergaard');
    await expect(page.getByRole('region', { name: 'Netværk' })).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Mål', exact: true })).toHaveCount(0);
    await nav(page).getByRole('link', { name: 'Metodefidelitet' }).click();
    await expect(page.getByLabel('Enhed', { exact: true }).locator('option:checked')).toHaveText('SKP-teamet');
    const outcomes = page.getByRole('region', { name: 'Resultater' });
    await expect(outcomes.getByRole('heading', { level: 3, name: 'Feedback efter samtaler' })).toBeVisible();
    await expect(outcomes.getByRole('heading', { level: 3, name: 'Udvikling siden første måling' })).toBeVisible();
    await expect(outcomes.getByRole('heading', { level: 3, name: 'Borgernes mål' })).toBeVisible();
    // Other browser tests may add data to the shared demo, so only the structure is asserted.
    await expect(outcomes).toContainText(/Der er ingen samtaler registreret endnu\.|% af samtalerne fik borgerens feedback \(\d+ af \d+ samtaler\)/);
    await expect(outcomes).not.toContainText('undefined');
    await expectNoViolations(page, 'section.outcomes-section', 'the outcomes section');
  });

  test('the CTI team sees the distribution of change and its goals in the outcomes', async ({ page }) => {
    await logIn(page, 'cti');
    await nav(page).getByRole('link', { name: 'Metodefidelitet' }).click();
    const outcomes = page.getByRole('region', { name: 'Resultater' });
    const table = outcomes.getByRole('table', { name: 'Udvikling pr. måleredskab' });
    const who5 = table.getByRole('row', { name: /WHO-5 Trivselsindeks/ });
    await expect(who5).toContainText(/\d+ bedre/);
    await expect(who5).toContainText(/\d+ uændret/);
    await expect(who5).toContainText(/\d+ dårligere/);
    await expect(who5).toContainText('Reel forandring: mindst 10 point');
    const goals = outcomes.getByRole('definition');
    await expect(goals).toHaveCount(5);
    await expectNoViolations(page, 'section.outcomes-section', 'the outcomes section with figures');
  });
});

test('the administrator adds an instrument and saves a new version of it', async ({ page }) => {
  const key = `egen_${Date.now().toString(36)}`;
  const name = `Eget skema ${key}`;
  await logIn(page, 'admin');
  await page.goto('/admin');
  const section = page.getByRole('region', { name: 'Måleredskaber' });
  const table = section.getByRole('table', { name: /^Måleredskaber i / });
  const who5 = table.getByRole('row', { name: /WHO-5 Trivselsindeks/ });
  await expect(who5).toContainText('Effektmåling');
  await expect(who5).toContainText('Følger med Brobygger');
  await expect(section).toContainText('WHO-5 Trivselsindeks: WHO-5 © Psykiatrisk Center Nordsjælland');
  await expect(section).toContainText('Tidligere besvarelser beholder den version, de blev givet med');

  await section.getByRole('button', { name: 'Tilføj eget måleredskab' }).click();
  const form = section.getByRole('form', { name: 'Nyt måleredskab' });
  await expect(form.getByRole('heading', { name: 'Nyt måleredskab' })).toBeFocused();
  await form.getByRole('button', { name: 'Opret måleredskab' }).click();
  await expect(form.getByRole('textbox', { name: /^Nøgle/ })).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByRole('textbox', { name: /^Nøgle/ })).toBeFocused();

  await form.getByRole('textbox', { name: /^Nøgle/ }).fill(key);
  await form.getByRole('textbox', { name: /^Navn \(dansk\)/ }).fill(name);
  await form.getByRole('textbox', { name: /^Navn \(engelsk\)/ }).fill(`Own form ${key}`);
  await form.getByRole('textbox', { name: /^Introduktion \(dansk\)/ }).fill('Hvordan var samtalen i dag?');
  await form.getByRole('textbox', { name: /^Introduktion \(engelsk\)/ }).fill('How was the session today?');
  await form.getByRole('radio', { name: 'Samtalefeedback' }).check();
  const item = form.getByRole('group', { name: /^Spørgsmål 1/ });
  await item.getByRole('textbox', { name: /^Spørgsmålet \(dansk\)/ }).fill('Følte du dig hørt?');
  await item.getByRole('textbox', { name: /^Spørgsmålet \(engelsk\)/ }).fill('Did you feel heard?');
  await form.getByRole('textbox', { name: /^Reel forandring/ }).fill('2');
  await form.getByRole('textbox', { name: /^Advar ved totalscore under/ }).fill('5');
  await expectNoViolations(page, 'section.instruments-section', 'the new-instrument form');
  await form.getByRole('button', { name: 'Opret måleredskab' }).click();

  await expect(section.getByRole('status')).toHaveText(`${name} er oprettet som version 1.`);
  const row = table.getByRole('row', { name: new RegExp(name) });
  await expect(row.getByRole('cell')).toHaveText(['1', 'Samtalefeedback', '1', 'Organisationens eget', 'Gem ny version']);

  // The same key again is refused.
  await section.getByRole('button', { name: 'Tilføj eget måleredskab' }).click();
  const again = section.getByRole('form', { name: 'Nyt måleredskab' });
  await again.getByRole('textbox', { name: /^Nøgle/ }).fill(key);
  await again.getByRole('textbox', { name: /^Navn \(dansk\)/ }).fill('Dublet');
  await again.getByRole('textbox', { name: /^Navn \(engelsk\)/ }).fill('Duplicate');
  await again.getByRole('textbox', { name: /^Introduktion \(dansk\)/ }).fill('x');
  await again.getByRole('textbox', { name: /^Introduktion \(engelsk\)/ }).fill('x');
  await again.getByRole('textbox', { name: /^Spørgsmålet \(dansk\)/ }).fill('x');
  await again.getByRole('textbox', { name: /^Spørgsmålet \(engelsk\)/ }).fill('x');
  await again.getByRole('textbox', { name: /^Reel forandring/ }).fill('1');
  await again.getByRole('button', { name: 'Opret måleredskab' }).click();
  await expect(again.getByRole('alert').filter({ hasText: `nøglen »${key}«` })).toBeVisible();
  await again.getByRole('button', { name: 'Annullér' }).click();

  // A new version, prefilled from the current one.
  await row.getByRole('button', { name: `Gem ny version af ${name}` }).click();
  const edit = section.getByRole('form', { name: `Ny version af ${name} (nu version 1)` });
  await expect(edit.getByRole('textbox', { name: /^Navn \(dansk\)/ })).toHaveValue(name);
  await expect(edit.getByRole('radio', { name: 'Samtalefeedback' })).toBeChecked();
  await expect(edit.getByRole('textbox', { name: /^Advar ved totalscore under/ })).toHaveValue('5');
  await expect(edit).toContainText('Ændringerne gemmes som version 2. Besvarelser givet med version 1 beholder den version.');
  await edit.getByRole('button', { name: 'Tilføj spørgsmål' }).click();
  const second = edit.getByRole('group', { name: /^Spørgsmål 2/ });
  await second.getByRole('textbox', { name: /^Spørgsmålet \(dansk\)/ }).fill('Talte vi om det, du ville?');
  await second.getByRole('textbox', { name: /^Spørgsmålet \(engelsk\)/ }).fill('Did we talk about what you wanted?');
  await expectNoViolations(page, 'section.instruments-section', 'the new-version form');
  await edit.getByRole('button', { name: 'Gem som ny version' }).click();

  await expect(section.getByRole('status')).toHaveText(`${name} er gemt som version 2.`);
  await expect(row.getByRole('cell')).toHaveText(['2', 'Samtalefeedback', '2', 'Organisationens eget', 'Gem ny version']);
});
