import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { createCitizenViaApi, logIn, uniqueAlias } from './helpers';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

test("a worker draws the citizen's network with the citizen's view of each relation", async ({ page, request }) => {
  const alias = uniqueAlias('Netværksborgeren');
  const { id: citizenId } = await createCitizenViaApi(request, 'vita', alias);
  await logIn(page, 'vita');
  await page.goto(`/citizens/${citizenId}`);
  const section = page.getByRole('region', { name: 'Netværk' });
  await expect(section).toContainText('Netværket er ikke tegnet endnu.');
  await section.getByRole('button', { name: 'Tegn netværket' }).click();
  const form = section.getByRole('form', { name: 'Netværk' });
  await form.getByRole('button', { name: 'Gem netværket' }).click();
  await expect(form.getByRole('textbox', { name: /^Navn/ })).toHaveAttribute('aria-invalid', 'true');
  await form.getByRole('textbox', { name: /^Navn/ }).fill('Søsteren Lone');
  await form.getByLabel('Borgerens syn på relationen').selectOption({ label: 'blandet' });
  await form.getByRole('textbox', { name: /^Med borgerens ord/ }).fill('Hun ringer, når hun har tid.');
  await form.getByRole('button', { name: 'Tilføj person eller tilbud' }).click();
  await form.getByRole('textbox', { name: /^Navn/ }).nth(1).fill('Værestedet Havnen');
  await form.getByLabel('Person eller tilbud').nth(1).selectOption({ label: 'Tilbud' });
  await form.getByLabel('Relation', { exact: true }).nth(1).selectOption({ label: 'Værested' });
  await form.getByLabel('Borgerens syn på relationen').nth(1).selectOption({ label: 'god' });
  const withForm = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(withForm.violations.map((v) => v.id)).toEqual([]);
  await form.getByRole('button', { name: 'Gem netværket' }).click();

  await expect(section.getByRole('status')).toHaveText('Netværket er gemt som en ny version.');
  await expect(section.getByRole('img', { name: /Netværkskort med 2 relationer/ })).toBeVisible();
  const entries = section.getByRole('listitem');
  await expect(entries).toHaveCount(2);
  await expect(entries.first()).toContainText('Søsteren Lone');
  await expect(entries.first()).toContainText('Borgerens syn: blandet');
  await expect(entries.first()).toContainText('»Hun ringer, når hun har tid.«');
  await expect(entries.nth(1)).toContainText('Værested · Borgerens syn: god');
  await expect(section).toContainText('Version 1, gemt af Vita Sørensen');
  const saved = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(saved.violations.map((v) => v.id)).toEqual([]);

  // A leader sees the citizen but not the network (it names other people).
  await page.context().clearCookies();
  await logIn(page, 'leder');
  await page.goto(`/citizens/${citizenId}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(alias);
  await expect(page.getByRole('region', { name: 'Netværk' })).toHaveCount(0);
});
