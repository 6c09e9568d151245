import { expect, type APIRequestContext, type Page } from '@playwright/test';

export const PASSWORD = 'demo';

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
