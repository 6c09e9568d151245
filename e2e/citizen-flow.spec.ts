import { expect, test } from '@playwright/test';
import { logIn, uniqueAlias } from './helpers';

test.describe.serial('a worker creates an unidentified citizen; another municipality cannot see it', () => {
  const alias = uniqueAlias('Kvinden ved havnen');
  let citizenUrl = '';

  test('vita creates the citizen, opens it and finds it in "Mine borgere"', async ({ page }) => {
    await logIn(page, 'vita');
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Opret borger' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Opret borger' })).toBeVisible();
    await expect(page).toHaveTitle(/Opret borger/);

    // Submitting without an alias shows the error next to the field.
    await page.getByRole('button', { name: 'Opret borger' }).click();
    await expect(page.getByText('Skal udfyldes.')).toBeVisible();
    await expect(page.getByRole('textbox', { name: /^Alias/ })).toHaveAttribute('aria-invalid', 'true');

    await page.getByRole('textbox', { name: /^Alias/ }).fill(alias);
    await page.getByLabel('Sted').fill('Bænken ved havnen');
    await page.getByRole('textbox', { name: 'Beskrivelse' }).fill('Kvinde i 40’erne med en rød rygsæk.');
    await page.getByLabel('Hvad betyder noget for mig').fill('At få lov at sidde i fred ved vandet.');
    await page.getByLabel('Sikkerhedsnoter').fill('Arbejd i par\nRing ikke før kl. 10');
    await expect(page.getByLabel('Metode')).toHaveValue('outreach');
    await expect(page.getByRole('checkbox', { name: /Vita Sørensen/ })).toBeChecked();
    await page.getByRole('button', { name: 'Opret borger' }).click();

    await expect(page).toHaveURL(/\/citizens\/[0-9a-f-]{36}$/);
    citizenUrl = new URL(page.url()).pathname;
    await expect(page.getByRole('heading', { level: 1 })).toContainText(alias);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('uidentificeret');
    // The citizen's own words come first, then the safety notes.
    const ownWords = page.getByRole('region', { name: 'Med borgerens egne ord' });
    await expect(ownWords).toContainText('At få lov at sidde i fred ved vandet.');
    const safety = page.getByRole('note').filter({ hasText: 'Sikkerhed for medarbejdere' });
    await expect(safety.getByRole('listitem')).toHaveText(['Arbejd i par', 'Ring ikke før kl. 10']);
    const order = await page.locator('h2').allTextContents();
    expect(order.slice(0, 3)).toEqual(['Med borgerens egne ord', expect.stringContaining('Sikkerhed for medarbejdere'), 'Grunddata']);
    // No citizen data in the URL or the title.
    expect(page.url()).not.toContain('havnen');
    await expect(page).not.toHaveTitle(new RegExp(alias));

    // Write a case note.
    await page.getByLabel('Nyt notat').fill('Første observation fra afstand. Hun fodrede mågerne.');
    await page.getByRole('button', { name: 'Gem notat' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Notatet er gemt.' })).toBeVisible();
    await expect(page.locator('.note-list')).toContainText('Hun fodrede mågerne.');

    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Mine borgere' }).click();
    const row = page.getByRole('row').filter({ hasText: alias });
    await expect(row).toBeVisible();
    await expect(row).toContainText('uidentificeret');
    await expect(row).toContainText('Opsøgende arbejde (SEL §99)');
    await expect(row).toContainText('2A Kontaktskabelse');
    await expect(row).toContainText(/\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}/);
    await page.getByRole('searchbox', { name: /Søg efter navn/ }).fill(alias);
    await page.getByRole('button', { name: 'Søg' }).click();
    await expect(page.getByRole('status').filter({ hasText: '1 borger' })).toBeVisible();
    await row.getByRole('link', { name: alias }).click();
    await expect(page).toHaveURL(new RegExp(`${citizenUrl}$`));
  });

  test('anden (another municipality) does not find it, and its URL shows "not found"', async ({ page }) => {
    expect(citizenUrl).not.toBe('');
    await logIn(page, 'anden');
    await page.getByRole('radio', { name: 'Mine enheders borgere' }).check();
    await page.getByRole('searchbox', { name: /Søg efter navn/ }).fill(alias);
    await page.getByRole('button', { name: 'Søg' }).click();
    await expect(page.getByText('Ingen borgere fundet.')).toBeVisible();
    await expect(page.getByText(alias)).toHaveCount(0);

    await page.goto(citizenUrl);
    await expect(page.getByRole('heading', { level: 1, name: 'Ikke fundet' })).toBeVisible();
    await expect(page.getByText(alias)).toHaveCount(0);
    // The same page as for an id that does not exist at all.
    await page.goto('/citizens/01a20815-0000-7000-8000-000000000000');
    await expect(page.getByRole('heading', { level: 1, name: 'Ikke fundet' })).toBeVisible();
  });
});
