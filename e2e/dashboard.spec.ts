import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoViolations, logIn } from './helpers';

/** Issue 8: the SKP team's leader reads the unit's dashboard, every indicator with its definition, and drills down. */

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

/** The indicators relevant to an outreach team: those for every method and those for outreach. */
const SKP_INDICATORS = [
  'citizensByPhase',
  'daysToFirstContact',
  'attemptsBeforeFirstContact',
  'overdueContacts',
  'inboundBySource',
  'referralRetention',
  'caseloadPerWorker',
  'who5Change',
  'feedbackShare',
  'goalsAchieved',
] as const;
/** The titles and exact definitions, as the app shows them. */
type Texts = { indicators: Record<string, { title: string; definition: string }> };
const indicators = (JSON.parse(readFileSync('src/shared/i18n/da.json', 'utf8')) as Texts).indicators;
const english = (JSON.parse(readFileSync('src/shared/i18n/en.json', 'utf8')) as Texts).indicators;
const titleOf = (key: string) => indicators[key].title;
const definitionOf = (key: string) => indicators[key].definition;
const region = (page: Page, key: string) => page.getByRole('region', { name: titleOf(key), exact: true });

const TZ = 'Europe/Copenhagen';
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: TZ }).format(new Date());
const MONTHS = ['jan.', 'feb.', 'mar.', 'apr.', 'maj', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'];
/** YYYY-MM moved by n months. */
function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  const total = y * 12 + (m - 1) + n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}
const monthLabel = (month: string) => `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;

test.describe.serial('Dashboard: the leader reads the SKP team’s indicators', () => {
  test('leder reads every indicator with its definition, changes the period, drills down to the courses', async ({ page }) => {
    await logIn(page, 'leder');
    const units = (await (await page.request.get('/api/v1/units')).json()) as { items: { id: string; name: string }[] };
    const skp = units.items.find((u) => u.name === 'SKP-teamet')!;
    expect(skp).toBeTruthy();
    await page.goto(`/results/${skp.id}/dashboard`);
    await expect(h1(page)).toHaveText('Dashboard · SKP-teamet');
    await expect(page).toHaveTitle('Dashboard · SKP-teamet – Brobygger');
    await expect(page.getByText('Enhedens metoder: Opsøgende arbejde (SEL §99)')).toBeVisible();

    // Every indicator relevant to outreach, in the catalogue's order, each with its exact definition.
    await expect(page.getByRole('heading', { level: 2 }).filter({ hasNotText: 'Hent tallene' })).toHaveText(SKP_INDICATORS.map(titleOf));
    for (const key of SKP_INDICATORS) {
      const section = region(page, key);
      await expect(section.getByText(definitionOf(key), { exact: true })).toBeHidden();
      await section.getByText('Definition', { exact: true }).click();
      await expect(section.getByText(definitionOf(key), { exact: true })).toBeVisible();
    }

    // On the embedded database no job stores figures: they are computed for the request.
    await expect(page.getByText('Tallene er beregnet nu, direkte fra de registrerede data.')).toBeVisible();

    // The default period: the last 12 whole months. Twelve months ago the team had no running course:
    // that month reads "ingen data", never 0.
    const current = today().slice(0, 7);
    await expect(page.getByLabel('Fra måned')).toHaveValue(addMonths(current, -12));
    await expect(page.getByLabel('Til og med måned')).toHaveValue(addMonths(current, -1));
    await expect(page.getByRole('button', { name: 'Seneste 12 måneder' })).toHaveAttribute('aria-pressed', 'true');
    const byPhase = region(page, 'citizensByPhase');
    const firstRow = byPhase.getByRole('table', { name: 'Tal pr. periode' }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: monthLabel(addMonths(current, -12)), exact: true }) });
    await expect(firstRow.getByRole('cell')).toHaveText(['ingen data', '0']);
    // An indicator without any data in the period says so instead of drawing zeros.
    await expect(region(page, 'who5Change').getByText('Ingen data i den valgte periode.')).toBeVisible();
    await expect(region(page, 'who5Change').getByRole('definition').first()).toHaveText('ingen data');
    // Download links for the same figures.
    await expect(page.getByRole('region', { name: 'Hent tallene' }).getByRole('link', { name: 'CSV' })).toHaveAttribute('href', new RegExp(`/api/v1/exports/indicators\\.csv\\?unitId=${skp.id}&`));
    await expectNoViolations(page, 'the dashboard (definitions open)');

    // This year by quarter: one row per quarter so far, and the figure for the whole period.
    await page.getByRole('button', { name: 'I år' }).click();
    await page.getByLabel('Opdel i').selectOption({ label: 'Kvartaler' });
    await expect(page.getByRole('button', { name: 'I år' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByLabel('Fra måned')).toHaveValue(`${current.slice(0, 4)}-01`);
    const quarters = Array.from({ length: Math.ceil(Number(current.slice(5, 7)) / 3) }, (_, i) => `${i + 1}. kvt. ${current.slice(0, 4)}`);
    await expect(byPhase.getByRole('table', { name: 'Tal pr. periode' }).getByRole('rowheader')).toHaveText(quarters);
    // The figure is the server's count of citizens on a running course today (other browser tests may
    // have added citizens to the team before this one runs), with the demo data's three in phase 2A.
    const api = await page.request.get(`/api/v1/indicators/citizensByPhase?unitId=${skp.id}&from=${current.slice(0, 4)}-01-01&to=${today()}&interval=quarter`);
    const expected = ((await api.json()) as { total: { value: number } }).total.value;
    expect(expected).toBeGreaterThanOrEqual(3);
    await expect(byPhase.getByRole('definition').first()).toHaveText(String(expected));
    const breakdown = byPhase.getByRole('table', { name: 'Opdeling, hele perioden' });
    await expect(breakdown.getByRole('row').filter({ hasText: 'Opsøgende arbejde (SEL §99) · 2A Kontaktskabelse' })).toBeVisible();

    // Drill-down: the courses behind the figure, each citizen linking to their page.
    const show = byPhase.getByRole('button', { name: 'Vis forløb' });
    await expect(show).toHaveAttribute('aria-expanded', 'false');
    await show.click();
    await expect(byPhase.getByRole('button', { name: 'Skjul forløb' })).toHaveAttribute('aria-expanded', 'true');
    const courses = byPhase.getByRole('table', { name: new RegExp(`^\\d+ forløb bag tallet for 1\\. kvt\\. ${current.slice(0, 4)} – `) });
    await expect(courses.getByRole('link', { name: 'Jonas Vestergaard' })).toBeVisible();
    await expect(courses.getByRole('link', { name: 'Manden for enden af grusvejen' })).toBeVisible();
    await expect(courses.getByRole('link', { name: 'Kvinden på bænken ved biblioteket' })).toBeVisible();
    await expect(courses.getByRole('row').filter({ hasText: 'Jonas Vestergaard' }).getByRole('cell')).toHaveText(['Opsøgende arbejde (SEL §99)', '2A Kontaktskabelse', /^\d{2}\.\d{2}\.\d{4}$/]);
    await expect(byPhase.getByText(/forløb mere, som du ikke har adgang til/)).toHaveCount(0);
    // One bar's courses: the running quarter's figure is today's, so the same citizens are behind it.
    const thisQuarter = quarters.at(-1)!;
    await byPhase.getByLabel('Forløbene bag').selectOption({ label: thisQuarter });
    const quarterCourses = byPhase.getByRole('table', { name: new RegExp(`^\\d+ forløb bag tallet for ${thisQuarter.replace(/\./g, '\\.')}$`) });
    await expect(quarterCourses.getByRole('link', { name: 'Jonas Vestergaard' })).toBeVisible();
    await expectNoViolations(page, 'the dashboard (quarters, drill-down open)');

    // An invalid period: the server's answer, translated, on the field and announced.
    await page.getByLabel('Fra måned').selectOption(current);
    await page.getByLabel('Til og med måned').selectOption(addMonths(current, -1));
    await expect(page.getByRole('alert').filter({ hasText: 'Perioden kan ikke vises: Slutdatoen ligger før startdatoen.' })).toBeVisible();
    await expect(page.getByLabel('Til og med måned')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('region', { name: titleOf('citizensByPhase') })).toHaveCount(0);
    await expectNoViolations(page, 'the dashboard (invalid period)');

    // Back to a valid period; in English too.
    await page.getByRole('button', { name: 'Seneste 3 år' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Perioden kan ikke vises' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    const englishSection = page.getByRole('region', { name: english.citizensByPhase.title, exact: true });
    await englishSection.getByText('Definition', { exact: true }).click();
    await expect(englishSection.getByText(english.citizensByPhase.definition, { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Last 3 years' })).toHaveAttribute('aria-pressed', 'true');
    await expect(englishSection.getByRole('button', { name: 'Show courses' })).toBeVisible();
    await page.getByRole('button', { name: 'Skift til dansk' }).click();

    // The citizen link leads to the citizen's page.
    await region(page, 'citizensByPhase').getByRole('button', { name: 'Vis forløb' }).click();
    await region(page, 'citizensByPhase').getByRole('link', { name: 'Jonas Vestergaard' }).click();
    await expect(h1(page)).toContainText('Jonas Vestergaard');
  });
});
