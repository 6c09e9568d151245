import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { logIn } from './helpers';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe (WCAG 2.1 AA) on the page's main content. */
async function expectNoViolations(page: Page, name: string) {
  const results = await new AxeBuilder({ page }).include('main').withTags(TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${name}`).toEqual([]);
}

type Ids = { unitId: string; ali: string; aliCourse: string; maja: string };

/** Bostedet and its two demo residents, looked up with the browser's session. */
async function lookUp(page: Page): Promise<Ids> {
  const units = (await (await page.request.get('/api/v1/units')).json()) as { items: { id: string; name: string }[] };
  const unitId = units.items.find((u) => u.name === 'Bostedet')!.id;
  const list = (await (await page.request.get('/api/v1/citizens?mine=false&pageSize=100')).json()) as {
    items: { id: string; displayName: string; courses: { id: string; unitId: string }[] }[];
  };
  const ali = list.items.find((c) => c.displayName === 'Ali Rahimi')!;
  const maja = list.items.find((c) => c.displayName === 'Maja Kristensen')!;
  return { unitId, ali: ali.id, aliCourse: ali.courses.find((c) => c.unitId === unitId)!.id, maja: maja.id };
}

const GUITAR = 'Vil gerne spille guitar til fredagscaféen.';

test.describe.serial('a day at the residence: the shift handover and the resident’s page', () => {
  const run = Date.now().toString(36);
  const staffNote = `Ali og Bo talte om fredagscaféen (${run}).`;
  const peerNote = `Pia og Ali øvede sammen i eftermiddag (${run}).`;
  const question = `Hvordan støtter vi Alis lyst til at spille, når han er træt om morgenen? (${run})`;
  const majaMotivation = `Vil gerne ringe til sin datter i weekenden (${run}).`;
  let ids: Ids;
  // Each test walks through several pages with axe checks on a shared, busy machine.
  test.describe.configure({ timeout: 120_000 });

  test('bo sees last night’s episode and Ali’s motivation at the handover, and follows the motivation up', async ({ page }) => {
    await logIn(page, 'bo');
    ids = await lookUp(page);
    // A note of bo's on Ali: the peer must not see it later.
    expect((await page.request.post(`/api/v1/courses/${ids.aliCourse}/notes`, { data: { text: staffNote } })).status()).toBe(201);

    await page.goto(`/residence/${ids.unitId}/handover`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Vagtoverlevering');
    await expect(page.getByRole('radio', { name: 'Sidste vagt (de seneste 8 timer)' })).toBeChecked();

    // The episode from last night: on Maja's card and in the residence's list, in words.
    const maja = page.getByRole('article', { name: 'Maja Kristensen' });
    await expect(maja.getByRole('region', { name: /^Episode/ })).toContainText('Trussel · moderat · Gangen, 1. sal');
    await expect(maja.getByRole('link', { name: 'Gå til episoderne' })).toHaveAttribute('href', `/residence/${ids.unitId}/episodes`);
    await expect(page.getByRole('region', { name: 'Hele botilbuddet' })).toContainText('Gangen, 1. sal');
    await expect(maja).toContainText('Opfølgning på planen for skadesreduktion');

    const ali = page.getByRole('article', { name: 'Ali Rahimi' });
    await expect(ali).toContainText(staffNote);
    const motivation = ali.getByRole('article', { name: GUITAR });
    await expect(motivation).toContainText('Ali selv, ved morgenmaden');
    await expectNoViolations(page, 'the handover (bo)');

    await motivation.getByRole('button', { name: 'Fulgt op' }).click();
    const form = motivation.getByRole('form', { name: `Fulgt op: ${GUITAR}` });
    await form.getByRole('button', { name: 'Gem opfølgningen' }).click();
    await expect(form.getByRole('textbox', { name: /Hvad blev gjort/ })).toHaveAttribute('aria-invalid', 'true');
    await expect(form).toContainText('Skal udfyldes.');
    await expectNoViolations(page, 'the acted-on form with an error');
    await form.getByRole('textbox', { name: /Hvad blev gjort/ }).fill('Bo lånte en guitar på musikskolen, og Ali øvede i fællesrummet.');
    await form.getByRole('button', { name: 'Gem opfølgningen' }).click();
    await expect(page.getByText('Motivationen hos Ali Rahimi er fulgt op.')).toBeVisible();
    await expect(ali.getByRole('article', { name: GUITAR })).toHaveCount(0);

    // Gone from the banner at the top of Ali's page too; kept under earlier motivation.
    await ali.getByRole('link', { name: 'Ali Rahimi' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Ali Rahimi' })).toBeVisible();
    const banner = page.getByRole('region', { name: 'Motiveret for lige nu' });
    await expect(banner).toBeVisible();
    await expect(banner).not.toContainText(GUITAR);
    const earlier = page.getByRole('region', { name: 'Tidligere motivation' });
    await earlier.getByText(/^Vis \d+ tidligere motivation/).click();
    await expect(earlier).toContainText(GUITAR);
    await expect(earlier).toContainText('Bo lånte en guitar på musikskolen');
    // The peer role is shown, so staff can show Ali what the peer does and does not do.
    const peer = page.getByRole('region', { name: 'Peer-medarbejder', exact: true });
    await expect(peer.getByRole('article', { name: 'Aftale med Pia Eriksen' })).toBeVisible();
    await expect(peer.getByRole('heading', { name: 'Hvad peer-medarbejderen gør og ikke gør' })).toBeVisible();
    await expect(peer).toContainText('Grænser');
    await expect(page.getByRole('region', { name: 'Skadesreduktion' })).toContainText('stiller ikke krav om, at beboeren stopper');

    // Ask the specialised team about Ali.
    const specialist = page.getByRole('region', { name: 'Spørg det specialiserede team' });
    await specialist.getByRole('textbox', { name: /Dit spørgsmål/ }).fill(question);
    await specialist.getByRole('button', { name: 'Send spørgsmålet' }).click();
    await expect(specialist.getByRole('article', { name: question })).toContainText('Venter på svar');
    await expectNoViolations(page, "Ali's page (bo)");
  });

  test('bo adds a motivation for Maja, tries a measure about stopping and records and withdraws a peer agreement', async ({ page }) => {
    await logIn(page, 'bo');
    await page.goto(`/citizens/${ids.maja}`);
    const banner = page.getByRole('region', { name: 'Motiveret for lige nu' });
    await banner.getByRole('button', { name: 'Ny motivation' }).click();
    const form = banner.getByRole('form', { name: 'Ny motivation' });
    await expect(form.getByRole('textbox', { name: /^Bemærket af/ })).toHaveValue('Bo Nygaard');
    await form.getByRole('button', { name: 'Gem motivationen' }).click();
    await expect(form.getByRole('textbox', { name: /Hvad er beboeren motiveret for/ })).toHaveAttribute('aria-invalid', 'true');
    await form.getByRole('textbox', { name: /Hvad er beboeren motiveret for/ }).fill(majaMotivation);
    await form.getByRole('textbox', { name: /^Bemærket af/ }).fill('Maja selv');
    await form.getByRole('button', { name: 'Gem motivationen' }).click();
    await expect(banner.getByRole('status')).toHaveText('Motivationen er gemt.');
    await expect(banner.getByRole('article', { name: majaMotivation })).toContainText('af Maja selv');

    // Harm reduction makes no demand to stop: a measure about stopping needs the resident's own wish.
    const harm = page.getByRole('region', { name: 'Skadesreduktion' });
    await expect(harm).toContainText('Opfølgning i dag');
    await harm.getByRole('button', { name: 'Redigér planen' }).click();
    const plan = harm.getByRole('form', { name: 'Redigér planen for skadesreduktion' });
    const first = plan.getByRole('group', { name: 'Tiltag 1', exact: true });
    const stop = first.getByRole('checkbox', { name: 'Tiltaget handler om at stoppe' });
    await expect(stop).toBeDisabled();
    await plan.getByRole('checkbox', { name: 'Beboeren ønsker selv at stoppe' }).check();
    await expect(stop).toBeEnabled();
    await stop.check();
    await plan.getByRole('checkbox', { name: 'Beboeren ønsker selv at stoppe' }).uncheck();
    await plan.getByRole('button', { name: 'Gem ny version' }).click();
    await expect(first).toContainText('Et tiltag om ophør kræver, at beboeren selv ønsker at stoppe.');
    await expect(stop).toHaveAttribute('aria-invalid', 'true');
    await expectNoViolations(page, 'the harm-reduction form with an error');
    await stop.uncheck();
    await plan.getByRole('button', { name: 'Gem ny version' }).click();
    await expect(harm.getByRole('status')).toHaveText(/^Planen er gemt som version \d+\.$/);
    await expect(harm).not.toContainText('Opfølgning i dag');

    // A peer agreement, shown with the role's tasks and boundaries, then withdrawn by the resident.
    const peer = page.getByRole('region', { name: 'Peer-medarbejder', exact: true });
    await peer.getByRole('button', { name: 'Registrér en aftale' }).click();
    const agreement = peer.getByRole('form', { name: 'Ny aftale med en peer-medarbejder' });
    await agreement.getByLabel(/^Peer-medarbejder/).selectOption({ label: 'Pia Eriksen' });
    await agreement.getByRole('radio', { name: 'Mundtlig' }).check();
    await agreement.getByRole('button', { name: 'Registrér aftalen' }).click();
    await expect(peer.getByRole('status')).toHaveText('Aftalen med Pia Eriksen er registreret.');
    const item = peer.getByRole('article', { name: 'Aftale med Pia Eriksen' });
    await expect(item).toContainText('Gælder');
    await expect(item).toContainText('Mundtlig');
    await item.getByRole('button', { name: 'Træk aftalen tilbage' }).click();
    await item.getByRole('button', { name: 'Ja, træk aftalen tilbage' }).click();
    await expect(peer.getByRole('status')).toHaveText('Aftalen er trukket tilbage.');
    await expect(item).toContainText('Trukket tilbage');

    // The new motivation is on the handover too.
    await page.goto(`/residence/${ids.unitId}/handover`);
    await expect(page.getByRole('article', { name: 'Maja Kristensen' }).getByRole('article', { name: majaMotivation })).toBeVisible();
  });

  test('the peer worker sees Ali but not Maja, writes a note, sees only their own notes and their tasks and boundaries', async ({ page }) => {
    await logIn(page, 'peer');
    await page.goto('/citizens');
    await page.getByRole('radio', { name: 'Mine enheders borgere' }).check();
    const table = page.getByRole('table');
    await expect(table.getByRole('link', { name: 'Ali Rahimi' })).toBeVisible();
    await expect(table.getByRole('link', { name: 'Maja Kristensen' })).toHaveCount(0);

    await page.goto(`/citizens/${ids.maja}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Ikke fundet' })).toBeVisible();

    await page.goto(`/citizens/${ids.ali}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Ali Rahimi' })).toBeVisible();
    const notes = page.getByRole('region', { name: /^Journalnotater/ });
    await expect(notes).toContainText('Som peer-medarbejder ser du kun dine egne notater.');
    await notes.getByRole('textbox', { name: 'Nyt notat' }).fill(peerNote);
    await notes.getByRole('button', { name: 'Gem notat' }).click();
    await expect(notes.getByRole('listitem').filter({ hasText: peerNote })).toBeVisible();
    await expect(notes).not.toContainText(staffNote);

    const own = page.getByRole('region', { name: 'Dit samarbejde med beboeren' });
    await expect(own.getByRole('article', { name: 'Din aftale med beboeren' })).toContainText('Gælder');
    const role = own.getByRole('region', { name: 'Dine opgaver og grænser' });
    await expect(role.getByRole('heading', { name: 'Dine opgaver', exact: true })).toBeVisible();
    await expect(role.getByRole('heading', { name: 'Dine grænser', exact: true })).toBeVisible();

    // Sections of the record the peer has no access to are left out, not shown as errors.
    await expect(page.getByRole('region', { name: 'Skadesreduktion' })).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Mål', exact: true })).toHaveCount(0);
    await expect(page.locator('main [role="alert"]:not(:empty)')).toHaveCount(0);

    // On the specialised team, the peer gives advice on bo's question.
    const specialist = page.getByRole('region', { name: 'Spørg det specialiserede team' });
    const request = specialist.getByRole('article', { name: question });
    await request.getByRole('button', { name: 'Giv et råd' }).click();
    await request.getByRole('textbox', { name: /^Rådet/ }).fill('Aftal øvetid om eftermiddagen, og lad Ali selv vælge dagene.');
    await request.getByRole('button', { name: 'Gem rådet' }).click();
    await expect(specialist.getByRole('status')).toHaveText('Rådet er gemt.');
    await expect(request).toContainText('Besvaret – venter på opfølgning');
    await expect(specialist.getByRole('form', { name: 'Nyt spørgsmål til det specialiserede team' })).toHaveCount(0);
    await expectNoViolations(page, "Ali's page (peer)");

    // The peer's handover: only Ali, with the peer's own note.
    await page.goto(`/residence/${ids.unitId}/handover`);
    await expect(page.getByText('Du ser kun de beboere, der har sagt ja til at arbejde med dig, og kun dine egne notater.')).toBeVisible();
    const ali = page.getByRole('article', { name: 'Ali Rahimi' });
    await expect(ali).toContainText(peerNote);
    await expect(ali).not.toContainText(staffNote);
    await expect(page.getByRole('article', { name: 'Maja Kristensen' })).toHaveCount(0);
    await expectNoViolations(page, 'the handover (peer)');
  });

  test('bo follows up the advice, and chooses another window for the handover', async ({ page }) => {
    await logIn(page, 'bo');
    await page.goto(`/citizens/${ids.ali}`);
    const specialist = page.getByRole('region', { name: 'Spørg det specialiserede team' });
    const request = specialist.getByRole('article', { name: question });
    await expect(request).toContainText('Aftal øvetid om eftermiddagen');
    await request.getByRole('button', { name: 'Skriv opfølgning' }).click();
    await request.getByRole('textbox', { name: /Hvordan fulgte I op/ }).fill('Ali øver tirsdag og torsdag kl. 14.');
    await request.getByRole('button', { name: 'Gem opfølgningen' }).click();
    await expect(specialist.getByRole('status')).toHaveText('Opfølgningen er gemt.');
    await expect(request).toContainText('Fulgt op');
    await expect(request).toContainText('Ali øver tirsdag og torsdag kl. 14.');

    await page.goto(`/residence/${ids.unitId}/handover`);
    const window = page.locator('.handover-window');
    const before = await window.textContent();
    await page.getByRole('radio', { name: 'Vælg et tidspunkt' }).check();
    const when = page.getByLabel('Tidspunkt', { exact: true });
    await when.fill('2999-01-01T07:00');
    await page.getByRole('button', { name: 'Vis', exact: true }).click();
    await expect(page.getByText('Tidspunktet kan ikke ligge i fremtiden.')).toBeVisible();
    await expect(when).toHaveAttribute('aria-invalid', 'true');
    await page.getByRole('radio', { name: 'Siden kl. 07:00' }).check();
    await expect(window).not.toHaveText(before ?? '');
    await expect(window).toContainText('07:00');
    await expectNoViolations(page, 'the handover with a chosen time');
  });
});
