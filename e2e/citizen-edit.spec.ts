import { expect, test } from '@playwright/test';
import { createCitizenViaApi, logIn, uniqueAlias } from './helpers';

test('a worker edits a citizen, edits a note and identifies the citizen', async ({ page, request }) => {
  const alias = uniqueAlias('Manden på torvet');
  const { id } = await createCitizenViaApi(request, 'vita', alias, 'Sad på torvet med en kop kaffe.');
  await logIn(page, 'vita');
  await page.goto(`/citizens/${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(alias);

  // Edit: the citizen's own words and a safety note.
  await page.getByRole('button', { name: 'Redigér oplysninger' }).click();
  const form = page.getByRole('form', { name: 'Redigér borgerens oplysninger' });
  await form.getByLabel('Mine håb og drømme').fill('En varm seng til vinteren.');
  await form.getByLabel('Sikkerhedsnoter').fill('Mødes kun udendørs');
  await form.getByRole('button', { name: 'Gem' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Oplysningerne er gemt.' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Med borgerens egne ord' })).toContainText('En varm seng til vinteren.');
  await expect(page.getByRole('note').filter({ hasText: 'Sikkerhed' })).toContainText('Mødes kun udendørs');

  // Edit own note: the earlier version is kept and the note is marked as edited.
  const note = page.locator('.note').filter({ hasText: 'Sad på torvet' });
  await note.getByRole('button', { name: 'Redigér notat' }).click();
  await note.getByLabel('Redigér notatets tekst').fill('Sad på torvet med en kop kaffe og en avis.');
  await note.getByRole('button', { name: 'Gem' }).click();
  const edited = page.locator('.note').filter({ hasText: 'og en avis.' });
  await expect(edited.getByText('redigeret')).toBeVisible();
  await edited.getByText('Tidligere versioner').click();
  await expect(edited.locator('details')).toContainText('Sad på torvet med en kop kaffe.');

  // Identify: an invalid CPR number is refused next to the field, then identify by name.
  await page.getByRole('button', { name: 'Identificér borger' }).click();
  const identify = page.getByRole('form', { name: 'Identificér borgeren' });
  await identify.getByRole('textbox', { name: /^Navn/ }).fill('Torben Testesen');
  await identify.getByRole('textbox', { name: 'CPR-nummer' }).fill('12345');
  await identify.getByRole('button', { name: 'Identificér borger' }).click();
  await expect(identify.getByText('CPR-nummeret er ikke gyldigt (DDMMÅÅ-SSSS).')).toBeVisible();
  await identify.getByRole('textbox', { name: 'CPR-nummer' }).fill('');
  await identify.getByRole('textbox', { name: 'Fødselsår' }).fill('1961');
  await identify.getByRole('button', { name: 'Identificér borger' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Borgeren er identificeret.' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Torben Testesen');
  await expect(page.getByRole('region', { name: 'Grunddata' })).toContainText('1961');
});
