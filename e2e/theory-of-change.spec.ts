import { expect, test, type Page } from '@playwright/test';
import { expectNoViolations, logIn } from './helpers';

/** Issue 8: the SKP team's leader adapts the default theory of change for outreach in the browser. */

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const status = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });

const TITLE = 'Forandringsteori for opsøgende arbejde (SKP)';
const FEEDBACK = 'Andel samtaler med feedback';
const run = Date.now().toString(36);
const newText = `Borgeren giver feedback på samtalerne (${run})`;
const assumption = `Når borgeren bliver hørt, bliver kontakten stabil (${run}).`;

async function openOutreachTheory(page: Page) {
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Resultater' }).click();
  await expect(h1(page)).toHaveText('Resultater');
  const unit = page.getByRole('region', { name: /^SKP-teamet/ });
  await expect(unit.getByRole('heading', { name: 'Teori for forandring' })).toBeVisible();
  await unit.getByRole('link', { name: 'Opsøgende arbejde (SEL §99)' }).click();
  await expect(h1(page)).toHaveText(TITLE);
}

test.describe.serial('Theory of change: the leader adapts the outreach theory', () => {
  test('leder opens the default, adds a bound short-term result with an arrow, saves and sees it after a reload', async ({ page }) => {
    await logIn(page, 'leder');
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Resultater' }).click();
    await expect(page.getByRole('region', { name: /^SKP-teamet/ }).getByText('Standardteori')).toBeVisible();
    await expectNoViolations(page, 'the results page');
    await openOutreachTheory(page);

    // The default, drawn as five columns; each arrow is read as "→ element" with its assumption.
    await expect(page.getByText('Standardteori — gem for at gøre den til jeres egen.')).toBeVisible();
    const columns = page.getByRole('region').filter({ has: page.getByRole('heading', { level: 2 }) });
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Trin 1 Ressourcer', 'Trin 2 Aktiviteter', 'Trin 3 Output', 'Trin 4 Kortsigtede resultater', 'Trin 5 Langsigtede effekter']);
    await expect(columns).toHaveCount(5);
    const r1 = page.getByRole('article', { name: 'Ressource 1', exact: true });
    await expect(r1.getByRole('list', { name: 'Pile fra Ressource 1' }).getByRole('listitem')).toContainText('Aktivitet 1');
    await expect(r1).toContainText('Antagelse: Der kan gå mange afvisninger');
    await expectNoViolations(page, 'the default theory (view)');

    await page.getByRole('button', { name: 'Tilpas forandringsteorien' }).click();
    const form = page.getByRole('form', { name: 'Tilpas standardteorien' });
    await expectNoViolations(page, 'the default theory (edit)');

    // A new short-term result: focus goes to its description.
    await form.getByRole('button', { name: 'Tilføj kortsigtet resultat' }).click();
    const s4 = form.getByRole('group', { name: 'Kortsigtet resultat 4', exact: true });
    await expect(s4.getByRole('textbox', { name: /^Beskrivelse/ })).toBeFocused();
    await s4.getByRole('textbox', { name: /^Beskrivelse/ }).fill(newText);

    await s4.getByRole('button', { name: 'Knyt Kortsigtet resultat 4 til en indikator' }).click();
    const indicator = s4.getByRole('group', { name: 'Indikator for Kortsigtet resultat 4' });
    await expect(indicator.getByRole('combobox', { name: /^Indikator/ })).toBeFocused();
    await indicator.getByRole('combobox', { name: /^Indikator/ }).selectOption({ label: FEEDBACK });
    await indicator.getByRole('textbox', { name: /^Mål \(%\)/ }).fill('60');

    await s4.getByRole('button', { name: 'Tilføj pil fra Kortsigtet resultat 4' }).click();
    const arrows = s4.getByRole('group', { name: 'Pile fra Kortsigtet resultat 4' });
    await expect(arrows.getByRole('combobox', { name: /^Pilen fører til/ })).toBeFocused();
    await arrows.getByRole('combobox', { name: /^Pilen fører til/ }).selectOption('l1');
    await arrows.getByRole('textbox', { name: /^Antagelse/ }).fill(assumption);
    await expectNoViolations(page, 'the theory with a new element (edit)');

    await form.getByRole('button', { name: 'Gem som jeres egen' }).click();
    await expect(status(page, 'Forandringsteorien er gemt som version 1.')).toBeVisible();
    await expect(page.getByText(/^Version 1 · gemt .+ af Lise Lauridsen$/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Redigér forandringsteorien' })).toBeFocused();

    await page.reload();
    await expect(h1(page)).toHaveText(TITLE);
    await expect(page.getByText('Standardteori — gem')).toHaveCount(0);
    const card = page.getByRole('article', { name: 'Kortsigtet resultat 4', exact: true });
    await expect(card).toContainText(newText);
    await expect(card).toContainText(FEEDBACK);
    await expect(card).toContainText('60 %');
    const arrow = card.getByRole('list', { name: 'Pile fra Kortsigtet resultat 4' }).getByRole('listitem');
    await expect(arrow).toContainText('Langsigtet effekt 1');
    await expect(arrow).toContainText(`Antagelse: ${assumption}`);
    await expect(page.getByRole('article', { name: 'Langsigtet effekt 1', exact: true })).toContainText('Pile hertil fra: Kortsigtet resultat 1, Kortsigtet resultat 4');
    await expectNoViolations(page, 'the saved theory (view)');
  });

  test('binding the same indicator to a second element is refused at that field', async ({ page }) => {
    await logIn(page, 'leder');
    await openOutreachTheory(page);
    await page.getByRole('button', { name: 'Redigér forandringsteorien' }).click();
    const form = page.getByRole('form', { name: 'Redigér version 1' });

    const l1 = form.getByRole('group', { name: 'Langsigtet effekt 1', exact: true });
    await l1.getByRole('button', { name: 'Knyt Langsigtet effekt 1 til en indikator' }).click();
    const indicator = l1.getByRole('group', { name: 'Indikator for Langsigtet effekt 1' });
    const select = indicator.getByRole('combobox', { name: /^Indikator/ });
    await select.selectOption({ label: FEEDBACK });
    await indicator.getByRole('textbox', { name: /^Mål \(%\)/ }).fill('50');
    await form.getByRole('button', { name: 'Gem ny version' }).click();

    await expect(indicator).toContainText('Indikatoren er allerede knyttet til et andet element i forandringsteorien.');
    await expect(select).toHaveAttribute('aria-invalid', 'true');
    await expect(select).toBeFocused();
    await expect(form.getByRole('alert')).toContainText('Nogle felter er ikke udfyldt korrekt');
    const summaryLink = form.getByRole('link', { name: /^Langsigtet effekt 1 – Indikator: Indikatoren er allerede knyttet/ });
    await expect(summaryLink).toBeVisible();
    await expectNoViolations(page, 'the theory with a field error (edit)');

    // Nothing was saved: after cancelling, version 1 still shows.
    await form.getByRole('button', { name: 'Annullér' }).click();
    await expect(page.getByText(/^Version 1 · gemt/)).toBeVisible();
  });

  test('a save from an older version tells the leader to reload, and the reload shows the newer version', async ({ page }) => {
    await logIn(page, 'leder');
    await openOutreachTheory(page);
    await page.getByRole('button', { name: 'Redigér forandringsteorien' }).click();
    const form = page.getByRole('form', { name: 'Redigér version 1' });
    await form.getByRole('textbox', { name: /^Titel/ }).fill(`${TITLE} – min udgave`);

    // Meanwhile another tab saves version 2 (same session, through the API).
    const units = (await (await page.request.get('/api/v1/units')).json()) as { items: { id: string; name: string }[] };
    const unitId = units.items.find((u) => u.name === 'SKP-teamet')!.id;
    const list = (await (await page.request.get(`/api/v1/theories-of-change?unitId=${unitId}&method=outreach`)).json()) as {
      items: { id: string; version: number; title: string; elements: unknown[]; links: unknown[] }[];
    };
    const saved = list.items[0];
    const put = await page.request.put(`/api/v1/theories-of-change/${saved.id}`, { data: { version: saved.version, title: `${TITLE} – fra en kollega`, elements: saved.elements, links: saved.links } });
    expect(put.status()).toBe(200);

    await form.getByRole('button', { name: 'Gem ny version' }).click();
    await expect(form.getByRole('alert')).toContainText('Der er kommet en nyere version imens.');
    await form.getByRole('button', { name: /^Hent den nyeste version/ }).click();
    await expect(status(page, 'Den nyeste version er hentet.')).toBeVisible();
    await expect(h1(page)).toHaveText(`${TITLE} – fra en kollega`);
    await expect(page.getByText(/^Version 2 · gemt .+ af Lise Lauridsen$/)).toBeVisible();
  });
});
