import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { logIn } from './helpers';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const KIRSTEN = 'Kirsten Holm';

test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });

async function expectNoViolations(page: Page, name: string, include?: string) {
  let builder = new AxeBuilder({ page }).withTags(TAGS);
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${name}`).toEqual([]);
}

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

async function openCitizen(page: Page, name: string) {
  await page.getByRole('searchbox', { name: /Søg efter navn/ }).fill(name);
  await page.getByRole('button', { name: 'Søg' }).click();
  await page.getByRole('link', { name }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
}

const ctiCard = (page: Page) => page.locator('article.course').filter({ has: page.getByRole('heading', { level: 3, name: /^CTI – Critical Time Intervention/ }) });
const development = (page: Page) => page.getByRole('region', { name: 'Udvikling' });
const series = (page: Page, name: string) => development(page).getByRole('article', { name });

/** The rows of an instrument's table (opening "Vis som tabel" first). */
async function tableRows(page: Page, name: string): Promise<Locator> {
  const s = series(page, name);
  const details = s.locator('details');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await s.getByText('Vis som tabel').click();
  return s.getByRole('table').locator('tbody tr');
}

/** Answers the question on screen: picks the option and goes on. */
async function answer(page: Page, number: number, total: number, option: string) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Spørgsmål ${number} af ${total}`);
  await page.getByRole('radio', { name: option, exact: true }).check();
  await page.getByRole('button', { name: number === total ? 'Færdig' : 'Næste' }).click();
}

test.describe.serial('FIT: the citizen view, the development charts and alerts', () => {
  test('the citizen answers on the handed-over phone, which then stays locked until the worker confirms the password', async ({ page }) => {
    test.setTimeout(120_000);
    await logIn(page, 'cti');
    await openCitizen(page, KIRSTEN);
    const citizenUrl = page.url();

    // The development section: charts with a table alternative.
    await expect(development(page)).toBeVisible();
    await expect(series(page, 'WHO-5 Trivselsindeks').getByRole('img')).toBeVisible();
    const who5Before = await (await tableRows(page, 'WHO-5 Trivselsindeks')).count();
    const feedbackBefore = await (await tableRows(page, 'Din mening om samtalen')).count();
    expect(who5Before).toBeGreaterThan(1);
    await series(page, 'WHO-5 Trivselsindeks').getByRole('checkbox', { name: 'Vis de enkelte spørgsmål' }).check();
    await expect(series(page, 'WHO-5 Trivselsindeks').getByRole('img')).toHaveCount(2);
    await expectNoViolations(page, 'the development section', '.development-section');

    // The worker chooses what to ask and hands the phone over.
    const fit = ctiCard(page).getByRole('region', { name: 'Borgerens svar (FIT)' });
    await fit.getByRole('button', { name: 'Borgerens skærm' }).click();
    const start = fit.getByRole('form', { name: 'Start borgerens skærm' });
    await expect(start.getByRole('checkbox', { name: 'Din mening om samtalen' })).toBeChecked();
    await expect(start.getByRole('checkbox', { name: 'WHO-5 Trivselsindeks' })).not.toBeChecked();
    await start.getByRole('checkbox', { name: 'WHO-5 Trivselsindeks' }).check();
    await start.getByRole('checkbox', { name: 'Borgeren må se sin egen udvikling bagefter' }).check();
    await start.getByRole('button', { name: 'Start borgerens skærm' }).click();

    // The citizen view: no menu, no name, nothing from the record.
    await expect(page).toHaveURL(/\/citizen-view$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Et par spørgsmål til dig' })).toBeVisible();
    await expect(page.getByRole('navigation')).toHaveCount(0);
    await expect(page.getByText(KIRSTEN)).toHaveCount(0);
    await expect(page.getByText('Der er 9 spørgsmål.', { exact: false })).toBeVisible();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await expectNoViolations(page, 'the citizen view (welcome)');
    await page.getByRole('button', { name: 'Start' }).click();

    // Session feedback first, one question per screen; an answer is needed to go on.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Spørgsmål 1 af 9');
    await page.getByRole('button', { name: 'Næste' }).click();
    await expect(page.getByText('Vælg et svar for at gå videre.')).toBeVisible();
    await expect(page.getByRole('group', { name: 'Jeg følte mig hørt og respekteret' })).toBeVisible();
    await expect(page.getByRole('radio', { name: '0 – Slet ikke' })).toBeVisible();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await expectNoViolations(page, 'the citizen view (a question with a missing answer)');
    // By keyboard: arrows move through the scale, Enter goes on.
    await page.getByRole('radio', { name: '0 – Slet ikke' }).focus();
    for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: '9', exact: true })).toBeChecked();
    await page.keyboard.press('Enter');
    await answer(page, 2, 9, '9');
    await answer(page, 3, 9, '8');
    await answer(page, 4, 9, '9');
    // WHO-5 with its credit line.
    await expect(page.getByText('Psykiatrisk Center Nordsjælland')).toBeVisible();
    await expect(page.getByRole('radio', { name: 'Lidt af tiden', exact: true })).toBeVisible();
    await expectNoViolations(page, 'the citizen view (WHO-5)');
    for (let n = 5; n <= 9; n++) await answer(page, n, 9, 'Lidt af tiden');

    // Thanks, and the citizen's own totals over time (the worker allowed it).
    await expect(page.getByRole('heading', { level: 1, name: 'Tak for dine svar' })).toBeVisible();
    const own = page.getByRole('region', { name: 'Sådan har dine svar udviklet sig' });
    await expect(own.getByRole('img')).toHaveCount(2);
    await expect(page.getByText(KIRSTEN)).toHaveCount(0);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await expectNoViolations(page, 'the citizen view (thanks and own chart)');

    // Handed back: locked, whatever the address, and nothing from the record is fetched.
    const recordRequests: string[] = [];
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (/^\/api\/v1\/(citizens|courses|alerts|me\/alerts)/.test(path)) recordRequests.push(path);
    });
    await page.getByRole('button', { name: 'Giv skærmen tilbage' }).click();
    const locked = page.getByRole('heading', { level: 1, name: 'Skærmen er låst' });
    await expect(locked).toBeVisible();
    await expectNoViolations(page, 'the lock screen');

    await page.goBack();
    await expect(locked).toBeVisible();
    await expect(page.getByText(KIRSTEN)).toHaveCount(0);
    await expect(page.getByRole('navigation')).toHaveCount(0);

    await page.goto(citizenUrl);
    await expect(locked).toBeVisible();
    await expect(page.getByText(KIRSTEN)).toHaveCount(0);
    await page.goto('/citizens');
    await expect(locked).toBeVisible();
    await expect(page.getByText(KIRSTEN)).toHaveCount(0);
    expect(recordRequests).toEqual([]);
    // Typing an API address on the device is refused by the server too: the session itself is locked.
    const typed = await page.request.get(`/api/v1/citizens${citizenUrl.slice(citizenUrl.lastIndexOf('/'))}`);
    expect(typed.status()).toBe(423);
    expect(JSON.stringify(await typed.json())).not.toContain(KIRSTEN);

    // A wrong password keeps it locked (and the session valid); the right one returns to the citizen.
    await page.getByLabel(/^Medarbejderens adgangskode/).fill('forkert');
    await page.getByRole('button', { name: 'Lås op' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Forkert adgangskode. Prøv igen.' })).toBeVisible();
    await expect(locked).toBeVisible();
    await page.getByLabel(/^Medarbejderens adgangskode/).fill('demo');
    await page.getByRole('button', { name: 'Lås op' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(KIRSTEN);
    expect(page.url()).toBe(citizenUrl);

    // One more point in each chart.
    await expect(await tableRows(page, 'WHO-5 Trivselsindeks')).toHaveCount(who5Before + 1);
    await expect(await tableRows(page, 'Din mening om samtalen')).toHaveCount(feedbackBefore + 1);
    const latest = (await tableRows(page, 'WHO-5 Trivselsindeks')).last();
    await expect(latest).toContainText('20');
    await expect(latest).toContainText('Af borgeren på skærmen');

    // A reload stays unlocked.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(KIRSTEN);
  });

  test("the worker's start page and the course show the alerts", async ({ page }) => {
    await logIn(page, 'cti');
    const alerts = page.getByRole('region', { name: 'Opmærksomhedspunkter' });
    const noImprovement = alerts.getByRole('listitem').filter({ hasText: /Ingen tydelig bedring efter \d+ samtaler \(WHO-5 Trivselsindeks [−+]?\d+ point\)/ });
    await expect(noImprovement).toBeVisible();
    await expect(noImprovement.getByRole('link', { name: KIRSTEN })).toBeVisible();
    await expect(alerts.getByRole('listitem').filter({ hasText: /Mål skal følges op \(siden \d{2}\.\d{2}\.\d{4}\)/ })).toBeVisible();
    await expectNoViolations(page, 'the start page with alerts');

    await noImprovement.getByRole('link', { name: KIRSTEN }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(KIRSTEN);
    await expect(development(page)).toContainText(/Ingen tydelig bedring efter \d+ samtaler/);
    await expect(ctiCard(page).getByRole('region', { name: 'Borgerens svar (FIT)' })).toContainText(/Ingen tydelig bedring efter \d+ samtaler/);
  });

  test('the ACT worker sees low and falling session feedback', async ({ page }) => {
    await logIn(page, 'act');
    const alerts = page.getByRole('region', { name: 'Opmærksomhedspunkter' });
    await expect(alerts).toContainText('Lav tilbagemelding på seneste samtale (31 af 40)');
    await expect(alerts).toContainText('Faldende tilbagemelding (36 → 31)');
  });

  test('answers given aloud: an answer outside the scale is refused on that question', async ({ page }) => {
    await logIn(page, 'cti');
    await openCitizen(page, KIRSTEN);
    const rowsBefore = await (await tableRows(page, 'WHO-5 Trivselsindeks')).count();
    const fit = ctiCard(page).getByRole('region', { name: 'Borgerens svar (FIT)' });
    await fit.getByRole('button', { name: 'Indtast svar' }).click();
    const form = fit.getByRole('form', { name: 'Indtast borgerens svar' });
    await form.getByLabel(/^Spørgeskema/).selectOption({ label: 'WHO-5 Trivselsindeks' });
    await form.getByRole('radio', { name: /^Mundtligt/ }).check();
    const items = [
      'I de sidste 2 uger har jeg været glad og i godt humør',
      'I de sidste 2 uger har jeg følt mig rolig og afslappet',
      'I de sidste 2 uger har jeg følt mig aktiv og energisk',
      'I de sidste 2 uger er jeg vågnet frisk og udhvilet',
      'I de sidste 2 uger har min dagligdag været fyldt med ting, der interesserer mig',
    ];
    for (const [i, label] of items.entries()) await form.getByRole('spinbutton', { name: new RegExp(`^${label}`) }).fill(i === 2 ? '7' : '3');
    await form.getByRole('button', { name: 'Gem svar' }).click();
    const wrong = form.getByRole('spinbutton', { name: new RegExp(`^${items[2]}`) });
    await expect(wrong).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByText('Tallet er for stort.')).toHaveCount(1);
    await expect(form.getByRole('spinbutton', { name: new RegExp(`^${items[0]}`) })).not.toHaveAttribute('aria-invalid', 'true');
    await expectNoViolations(page, 'the answer entry with a refused answer', 'article.course');

    await wrong.fill('4');
    await form.getByRole('button', { name: 'Gem svar' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Svarene er gemt: WHO-5 Trivselsindeks, 64 point.' })).toBeVisible();
    const rows = await tableRows(page, 'WHO-5 Trivselsindeks');
    await expect(rows).toHaveCount(rowsBefore + 1);
    await expect(rows.last()).toContainText('Mundtligt');
  });
});
