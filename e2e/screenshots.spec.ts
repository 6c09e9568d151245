import { expect, test, type Page } from '@playwright/test';
import { logIn } from './helpers';

/** Screenshots of the main pages for a human to look at (written to /tmp, never to the repository). */
const DIR = '/tmp/brobygger-screenshots';

for (const [size, viewport] of [
  ['desktop', { width: 1280, height: 900 }],
  ['phone', { width: 375, height: 812 }],
] as const) {
  test(`screenshots of the main pages (${size})`, async ({ browser }) => {
    const context = await browser.newContext({ viewport });
    const shot = (page: Page, name: string) => page.screenshot({ path: `${DIR}/${size}-${name}.png`, fullPage: true });
    const page = await context.newPage();
    await page.goto('/login');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await shot(page, 'login');
    await logIn(page, 'vita');
    await expect(page.getByRole('table')).toBeVisible();
    await shot(page, 'citizens');
    await page.getByRole('table', { name: 'Borgere' }).getByRole('link', { name: 'Jonas Vestergaard' }).click();
    await expect(page.locator('.note-list')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Henvisninger til tilbud' })).toBeVisible();
    await shot(page, 'citizen');
    await page.goto('/citizens');
    await page.getByRole('table', { name: 'Borgere' }).getByRole('link', { name: 'Manden for enden af grusvejen' }).click();
    await expect(page.getByRole('form', { name: 'Registrér kontaktforsøg' })).toBeVisible();
    await shot(page, 'citizen-outreach');
    for (const [path, heading] of [['/offers', 'Tilbud'], ['/partners', 'Samarbejdspartnere'], ['/inbound', 'Henvendelser']] as const) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(page.locator('.card').first()).toBeVisible();
      await shot(page, path.slice(1));
    }
    await page.goto('/citizens/new');
    await expect(page.getByLabel('Metode')).toBeVisible();
    await shot(page, 'create');
    await page.goto('/break-glass');
    await expect(page.getByLabel('Begrundelse')).toBeVisible();
    await shot(page, 'break-glass');
    await page.goto('/places');
    await expect(page.getByRole('heading', { level: 1, name: 'Steder' })).toBeVisible();
    await expect(page.getByText('Banegårdspladsen').first()).toBeVisible();
    await shot(page, 'places');
    for (const [who, path, name] of [['spotter', '/spottings', 'spottings-spotter'], ['mentor', '/spottings', 'spottings-mentor'], ['mentor', '/crisis', 'crisis-mentor'], ['krise', '/crisis', 'crisis-center'], ['mentor', '/agreements', 'agreements']] as const) {
      await context.clearCookies();
      await logIn(page, who);
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('networkidle');
      await shot(page, name);
    }
    // Per Madsen mid-stay, as the crisis center sees him.
    await page.goto('/crisis');
    await page.getByRole('link', { name: 'Per Madsen' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Per Madsen' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await shot(page, 'citizen-stay');
    await context.clearCookies();
    await logIn(page, 'leder');
    await expect(page.getByRole('table', { name: /Henvendelser pr. måned/ })).toBeVisible();
    await shot(page, 'leader');
    await context.clearCookies();
    await logIn(page, 'admin');
    await expect(page.getByRole('heading', { level: 2, name: 'Brugere' })).toBeVisible();
    await shot(page, 'admin');
    await context.clearCookies();
    await logIn(page, 'dpo');
    await expect(page.getByRole('table', { name: 'Loghændelser' })).toBeVisible();
    await shot(page, 'audit');
    await context.close();
  });
}
