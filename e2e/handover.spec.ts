import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { createCitizenViaApi, logIn, PASSWORD, uniqueAlias } from './helpers';

const responsibleOf = (page: Page) => page.locator('.course .details-list').first().locator('div').filter({ hasText: 'Ansvarlige' }).locator('dd');

/** Moves a course through the outreach phases to 2C (bridging and handover) as `username`. */
async function toPhase2C(request: APIRequestContext, username: string, courseId: string) {
  expect((await request.post('/api/v1/auth/login', { data: { username, password: PASSWORD } })).ok()).toBeTruthy();
  for (const to of ['2B', '2C']) {
    const r = await request.post(`/api/v1/courses/${courseId}/phase`, { data: { to, reason: `Videre til ${to}` } });
    expect(r.ok()).toBeTruthy();
  }
  await request.post('/api/v1/auth/logout');
}

test.describe.serial('handover to a colleague and to another unit', () => {
  test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

  test('vita hands a course over to yosef', async ({ page, request }) => {
    const alias = uniqueAlias('Kvinden ved kiosken');
    const { id } = await createCitizenViaApi(request, 'vita', alias);
    await logIn(page, 'vita');
    await page.goto(`/citizens/${id}`);
    await expect(responsibleOf(page)).toHaveText('Vita Sørensen');

    await page.getByRole('button', { name: 'Overdrag til kollega' }).tap();
    const form = page.getByRole('form', { name: 'Overdrag til kollega' });
    const group = form.getByRole('group', { name: /Ansvarlige medarbejdere/ });
    await expect(group.getByRole('checkbox', { name: 'Vita Sørensen' })).toBeChecked();
    // At least one is required.
    await group.getByRole('checkbox', { name: 'Vita Sørensen' }).uncheck();
    await form.getByRole('button', { name: 'Gem ansvarlige' }).tap();
    await expect(group).toContainText('Skal udfyldes.');
    await group.getByRole('checkbox', { name: 'Yosef Haddad' }).check();
    await form.screenshot({ path: '/tmp/handover-colleague-375.png' });
    await form.getByRole('button', { name: 'Gem ansvarlige' }).tap();

    await expect(page.getByRole('status').filter({ hasText: 'Forløbet er overdraget.' })).toBeVisible();
    await expect(responsibleOf(page)).toHaveText('Yosef Haddad');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });

  test('vita hands a course over to the CTI team, which accepts it into a new course', async ({ page, request }) => {
    const alias = uniqueAlias('Manden under broen');
    const summary = `Har fået lejlighed og ønsker CTI-støtte ${Date.now().toString(36)}`;
    const { id, courseId } = await createCitizenViaApi(request, 'vita', alias);
    await toPhase2C(request, 'vita', courseId);

    await logIn(page, 'vita');
    await page.goto(`/citizens/${id}`);
    await page.getByRole('button', { name: 'Overdrag og afslut' }).tap();
    const form = page.getByRole('form', { name: 'Afslut forløb' });
    const unit = form.getByRole('combobox', { name: /^Modtagende enhed/ });
    await expect(unit.getByRole('option')).toContainText(['Ingen – afslut kun her', 'ACT-teamet', 'CTI-teamet', 'Myndighed', 'Værestedet']);
    await unit.selectOption({ label: 'CTI-teamet' });
    await expect(form).toContainText('CTI-teamet får den afsluttende opsummering som en henvendelse');
    await form.getByLabel(/^Afsluttende opsummering/).fill(summary);
    await form.screenshot({ path: '/tmp/handover-unit-375.png' });
    await form.getByRole('button', { name: 'Overdrag og afslut forløbet' }).tap();
    await expect(page.getByRole('status').filter({ hasText: 'Forløbet er afsluttet.' })).toBeVisible();
    await page.context().clearCookies();

    await logIn(page, 'cti');
    await page.goto('/inbound');
    const item = page.getByRole('article').filter({ hasText: summary });
    await expect(item.getByRole('heading', { name: /^Overdragelse fra SKP-teamet/ })).toBeVisible();
    await item.getByRole('button', { name: 'Modtag overdragelsen' }).tap();
    await expect(item.getByRole('textbox', { name: /^Alias/ })).toHaveCount(0);
    await item.getByRole('combobox', { name: /^Metode/ }).selectOption({ label: 'Generelt forløb' });
    await item.screenshot({ path: '/tmp/handover-accept-375.png' });
    await item.getByRole('button', { name: 'Opret forløb' }).tap();

    await expect(page).toHaveURL(new RegExp(`/citizens/${id}$`));
    await expect(page.getByRole('heading', { level: 3, name: 'Generelt forløb · CTI-teamet' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Overdrag til kollega' })).toBeVisible();
  });
});
