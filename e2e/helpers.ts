import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Page } from '@playwright/test';

export const PASSWORD = 'demo';

/** WCAG 2.1 A and AA: what Danish public-sector web must meet. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Fails with the list of axe violations (rule and elements) found on the page as it is now. */
export async function expectNoViolations(page: Page, name: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${name}`).toEqual([]);
}

/** Logs in through the login form and waits for the signed-in layout. */
export async function logIn(page: Page, username: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Brugernavn').fill(username);
  await page.getByLabel('Adgangskode').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await expect(page.getByRole('button', { name: 'Log ud' })).toBeVisible();
}

/** A unique, fictional alias so tests do not depend on each other's data. */
export function uniqueAlias(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
}

/**
 * Creates a citizen through the API as `username` (a fresh request context, so the browser's
 * session is untouched) and returns its id, the id of its course, and the note text written.
 */
export async function createCitizenViaApi(request: APIRequestContext, username: string, alias: string, noteText?: string) {
  const login = await request.post('/api/v1/auth/login', { data: { username, password: PASSWORD } });
  expect(login.ok()).toBeTruthy();
  const units = (await (await request.get('/api/v1/units')).json()) as { items: { id: string }[] };
  const created = await request.post('/api/v1/citizens', {
    data: { kind: 'unidentified', alias, course: { method: 'outreach', unitId: units.items[0].id } },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const courses = (await (await request.get(`/api/v1/citizens/${id}/courses`)).json()) as { items: { id: string }[] };
  const courseId = courses.items[0].id;
  if (noteText) {
    const note = await request.post(`/api/v1/courses/${courseId}/notes`, { data: { text: noteText } });
    expect(note.status()).toBe(201);
  }
  await request.post('/api/v1/auth/logout');
  return { id, courseId };
}
