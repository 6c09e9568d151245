import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoViolations, logIn } from './helpers';

/** Residential services at Bostedet (seed 004): activities, episodes, trend, collaboration, the team and the peer role. */

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Hovedmenu' });
const subNav = (page: Page) => page.getByRole('navigation', { name: 'Botilbuddets sider: Bostedet' });
const status = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });
const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

const TZ = 'Europe/Copenhagen';
/** A wall-clock time in Copenhagen as a datetime-local value, `minutes` from now. */
function localInput(minutes = 0): string {
  const p = new Intl.DateTimeFormat('en-CA', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(
    new Date(Date.now() + minutes * 60_000),
  );
  const v = (t: string) => p.find((x) => x.type === t)!.value;
  return `${v('year')}-${v('month')}-${v('day')}T${v('hour')}:${v('minute')}`;
}
const today = () => localInput().slice(0, 10);
const shown = (iso: string) => iso.split('-').reverse().join('.');
const inDays = (n: number) => new Intl.DateTimeFormat('en-CA', { timeZone: TZ }).format(new Date(Date.now() + n * 86_400_000));
const MONTHS = ['jan.', 'feb.', 'mar.', 'apr.', 'maj', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'];
const thisMonth = () => `${MONTHS[Number(today().slice(5, 7)) - 1]} ${today().slice(0, 4)}`;

const run = Date.now().toString(36);
const place = `Vaskeriet ${run}`;
const actionText = `Gennemgå aftenrutinen ${run}`;
const activityTitle = `Brætspil ${run}`;
const peerTasks = `Pia holder også brætspilsaften om torsdagen (${run}).`;

/** The current month's row in the table of episodes per month: "all episodes" and "debriefed". */
async function monthCounts(page: Page) {
  const table = page.getByRole('region', { name: 'Episoder pr. måned' }).getByRole('table');
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: thisMonth(), exact: true }) });
  const cells = row.getByRole('cell');
  return { total: Number(await cells.nth(0).innerText()), debriefed: Number(await cells.nth(6).innerText()) };
}

let before = { total: 0, debriefed: 0 };

async function openResidence(page: Page) {
  await mainNav(page).getByRole('link', { name: 'Botilbud' }).click();
  await expect(h1(page)).toHaveText('Botilbud · Bostedet');
}

const episodeCard = (page: Page): Locator => page.getByRole('article', { name: new RegExp(place) });

test.describe.serial('Botilbud: activities, episodes, trend, collaboration, the team and the peer role', () => {
  test('bo registers an episode with a resident and himself, then debriefs it with an action for the leader', async ({ page }) => {
    await logIn(page, 'bo');
    await openResidence(page);
    await expectNoViolations(page, 'the residence overview');

    // The trend before: the DB is shared, so only the change is asserted later.
    await page.getByRole('link', { name: 'Udvikling' }).first().click();
    await expect(h1(page)).toContainText('Udvikling over tid');
    await expect(page.getByRole('region', { name: 'Episoder pr. måned' }).getByRole('table')).toBeVisible();
    before = await monthCounts(page);

    await subNav(page).getByRole('link', { name: 'Episoder' }).click();
    await expect(h1(page)).toContainText('Voldsomme episoder');
    await expect(subNav(page).getByRole('link', { name: 'Episoder' })).toHaveAttribute('aria-current', 'page');
    await page.getByRole('button', { name: 'Registrér episode' }).click();
    const form = page.getByRole('form', { name: 'Registrér episode' });
    await expectNoViolations(page, 'the episode form');

    // A time in the future is refused.
    await form.getByLabel(/^Hvornår/).fill(localInput(24 * 60));
    await form.getByLabel(/^Hvor\b/).fill(place);
    await form.getByRole('radio', { name: 'Trussel' }).check();
    await form.getByRole('radio', { name: 'Mindre alvorlig' }).check();
    await form.getByLabel(/^Hvad skete der\?/).fill('Råb og trusler ved vaskemaskinen om, hvis tur det var.');
    await form.getByLabel(/^Hvad blev der gjort\?/).fill('Bo talte roligt med Ali og lavede en vaskeplan sammen med ham.');
    await form.getByRole('radio', { name: 'Nej' }).check();
    await form.getByRole('checkbox', { name: 'Ali Rahimi' }).check();
    await form.getByRole('checkbox', { name: 'Bo Nygaard (Medarbejder)' }).check();
    await form.getByRole('button', { name: 'Registrér episoden' }).click();
    await expect(form.getByText('Tidspunktet kan ikke ligge i fremtiden.')).toBeVisible();
    await expect(form.getByLabel(/^Hvornår/)).toBeFocused();

    await form.getByLabel(/^Hvornår/).fill(localInput(-2));
    await form.getByRole('button', { name: 'Registrér episoden' }).click();
    await expect(status(page, 'Episoden er registreret.')).toBeVisible();
    const card = episodeCard(page);
    await expect(card).toContainText('Venter på debriefing');
    await expect(card).toContainText('Ali Rahimi (beboer)');
    await expect(card).toContainText('Bo Nygaard (personale)');
    await card.getByText('Forløb og debriefing').click();
    await expect(card).toContainText('Råb og trusler ved vaskemaskinen');
    await expectNoViolations(page, 'the episode register');

    // The debrief, with a follow-up action owned by the leader.
    await card.getByRole('button', { name: /^Registrér debriefing/ }).click();
    const debrief = card.getByRole('form', { name: 'Registrér debriefing' });
    await expect(debrief.getByLabel(/^Holdt den/)).toHaveValue(today());
    await debrief.getByLabel(/^Deltagere/).fill('Bo Nygaard, Rikke Bang');
    await debrief.getByLabel(/^Resumé/).fill('Uenighed om vasketider blev til trusler.');
    await debrief.getByLabel(/^Hvad lærer vi af det\?/).fill('En fast vaskeplan forebygger konflikter.');
    await debrief.getByRole('button', { name: 'Tilføj opfølgningspunkt' }).click();
    await debrief.getByLabel(/^Opfølgningspunkt 1/).fill(actionText);
    await debrief.getByLabel(/^Ansvarlig for punkt 1/).selectOption({ label: 'Rikke Bang (Leder)' });
    await debrief.getByLabel(/^Frist for punkt 1/).fill(inDays(7));
    await expectNoViolations(page, 'the debrief form');
    await debrief.getByRole('button', { name: 'Gem debriefingen' }).click();
    await expect(status(page, 'Debriefingen er gemt.')).toBeVisible();
    await expect(card).toContainText(`Debriefet ${shown(today())}`);
    await expect(card.getByRole('listitem').filter({ hasText: actionText })).toContainText(`Rikke Bang, frist ${shown(inDays(7))}`);
  });

  test('bo adds an activity and records that a resident attended', async ({ page }) => {
    await logIn(page, 'bo');
    await openResidence(page);
    await page.getByRole('link', { name: 'Aktiviteter' }).first().click();
    await expect(h1(page)).toContainText('Aktiviteter og fællesskab');
    await expect(page.getByRole('heading', { level: 2, name: /^Ingen meningsfuld aktivitet i \d+ dage$/ })).toBeVisible();
    await page.getByRole('button', { name: 'Ny aktivitet' }).click();
    const form = page.getByRole('form', { name: 'Ny aktivitet' });
    await form.getByLabel(/^Aktivitet/).fill(activityTitle);
    await form.getByRole('radio', { name: 'På botilbuddet' }).check();
    await form.getByLabel(/^Sted/).fill('Fællesrummet');
    await form.getByLabel(/^Starter/).fill(`${today()}T00:00`);
    await form.getByLabel(/^Kontaktperson/).fill('Bo Nygaard');
    await expectNoViolations(page, 'the activity form');
    await form.getByRole('button', { name: 'Opret aktiviteten' }).click();
    await expect(status(page, `Aktiviteten »${activityTitle}« er oprettet.`)).toBeVisible();

    const activity = page.getByRole('article', { name: new RegExp(activityTitle) });
    await expect(activity).toContainText('På botilbuddet: Fællesrummet');
    await expect(activity).toContainText('Bo Nygaard');
    await activity.getByText(`Registrér deltagelse: ${activityTitle}`).click();
    const ali = activity.getByRole('group', { name: 'Ali Rahimi' });
    await ali.getByRole('radio', { name: 'Deltog' }).check();
    await ali.getByLabel('Note om Ali Rahimi (valgfri)').fill('Vandt to spil.');
    await ali.getByRole('button', { name: 'Gem for Ali Rahimi' }).click();
    await expect(status(page, `Ali Rahimi: Deltog (${activityTitle}).`)).toBeVisible();
    await expect(activity.getByRole('listitem').filter({ hasText: 'Ali Rahimi: Deltog' })).toContainText('Vandt to spil.');
    await expectNoViolations(page, 'the activity calendar');
  });

  test('an external meeting about a resident without consent is refused; discussed internally it is recorded', async ({ page }) => {
    const topic = `Samarbejde om aftenerne ${run}`;
    await logIn(page, 'bo');
    await openResidence(page);
    await page.getByRole('link', { name: 'Samarbejde' }).first().click();
    await expect(h1(page)).toContainText('Samarbejde');
    await expect(page.getByRole('region', { name: 'Samarbejdsmodeller' })).toBeVisible();
    await page.getByRole('button', { name: 'Registrér et møde' }).click();
    const form = page.getByRole('form', { name: 'Registrér et møde' });
    await form.getByLabel(/^Slags møde/).selectOption({ label: 'Med psykiatrien' });
    await form.getByLabel(/^Emne/).fill(topic);
    await expect(form.getByLabel(/^Navn, deltager 1/)).toHaveValue('Bo Nygaard');
    await form.getByRole('button', { name: 'Tilføj ekstern deltager' }).click();
    await form.getByLabel(/^Navn, deltager 2/).fill('Læge Hansen');
    await form.getByLabel(/^Organisation, deltager 2/).fill(`Ukendt Klinik ${run}`);
    await form.getByLabel('Beboer', { exact: true }).selectOption({ label: 'Maja Kristensen' });
    await form.getByRole('button', { name: 'Tilføj beboer' }).click();
    await expect(form.getByLabel(/^Samtykke eller hjemmel for Maja Kristensen/)).toBeVisible();
    await form.getByLabel(/^Hvad blev drøftet om Maja Kristensen\?/).fill('Aftenerne og søvnen.');
    await expectNoViolations(page, 'the meeting form');
    await form.getByRole('button', { name: 'Registrér mødet' }).click();
    await expect(form.getByRole('alert')).toHaveText('Der er ikke et gyldigt samtykke eller en hjemmel til at dele oplysningerne lige nu. Registrér samtykke først.');
    await expect(page.getByRole('heading', { level: 3, name: new RegExp(topic) })).toHaveCount(0);

    // Without the external party, as an internal meeting, it can be recorded.
    await form.getByRole('button', { name: 'Fjern deltager 2' }).click();
    await form.getByLabel(/^Slags møde/).selectOption({ label: 'Internt møde' });
    await form.getByRole('button', { name: 'Registrér mødet' }).click();
    await expect(status(page, 'Mødet er registreret.')).toBeVisible();
    const meeting = page.getByRole('article', { name: new RegExp(topic) });
    await expect(meeting).toContainText('Internt møde');
    await expect(meeting).toContainText('Maja Kristensen: Aftenerne og søvnen.');
    await expect(meeting).toContainText('Drøftet internt');
    await expectNoViolations(page, 'the collaboration page');
  });

  test('boleder sees the new episode counted in the trend, closes the action and edits the peer role', async ({ page }) => {
    await logIn(page, 'boleder');
    await openResidence(page);
    await page.getByRole('link', { name: 'Udvikling' }).first().click();
    await expect(h1(page)).toContainText('Udvikling over tid');
    await expect(page.getByRole('region', { name: 'Episoder pr. måned' }).getByRole('table')).toBeVisible();
    await expect.poll(() => monthCounts(page)).toEqual({ total: before.total + 1, debriefed: before.debriefed + 1 });
    await expect(page.getByRole('img', { name: /^Søjlediagram: Episoder i alt pr. måned/ })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Episoder efter sted og måned' }).getByRole('rowheader', { name: place })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Din trivsel denne måned' })).toContainText('Svaret er anonymt');
    await expectNoViolations(page, 'the trend');

    // The leader sees the episode without the staff's account, and closes the action she owns.
    await subNav(page).getByRole('link', { name: 'Episoder' }).click();
    await expect(page.getByText('Som leder ser du episoderne uden personalets beskrivelse')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Registrér episode' })).toHaveCount(0);
    const card = episodeCard(page);
    await card.getByText('Forløb og debriefing').click();
    await expect(card).toContainText('En fast vaskeplan forebygger konflikter.');
    await expect(card).not.toContainText('Råb og trusler ved vaskemaskinen');
    await card.getByRole('button', { name: `Markér som udført: ${actionText}` }).click();
    await expect(status(page, `»${actionText}« er markeret som udført.`)).toBeVisible();
    await expect(card.getByRole('listitem').filter({ hasText: actionText })).toContainText(`Udført ${shown(today())}`);
    await expectNoViolations(page, 'the episode register (leader)');

    // The peer role: tasks and boundaries for everyone, edited by the leader.
    await subNav(page).getByRole('link', { name: 'Peer-rollen' }).click();
    await expect(h1(page)).toContainText('Peer-medarbejderens rolle');
    await page.getByRole('button', { name: 'Ret peer-rollen' }).click();
    const form = page.getByRole('form', { name: 'Ret peer-rollen' });
    await expect(form.getByRole('radio', { name: 'Kun beboere, der har sagt ja' })).toBeChecked();
    const tasks = form.getByLabel(/^Opgaver/);
    await tasks.fill(`${await tasks.inputValue()}\n${peerTasks}`);
    await expectNoViolations(page, 'the peer role form');
    await form.getByRole('button', { name: 'Gem' }).click();
    await expect(status(page, 'Peer-rollen er gemt.')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Opgaver' })).toContainText(peerTasks);
    await expect(page.getByText(/Senest ændret af Rikke Bang/)).toBeVisible();
  });

  test('peer sees the activity calendar, the specialised team and the peer role, but no episodes', async ({ page }) => {
    await logIn(page, 'peer');
    await openResidence(page);
    await expect(page.getByRole('link', { name: 'Aktiviteter' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Episoder' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Udvikling' })).toHaveCount(0);
    await expectNoViolations(page, 'the residence overview (peer)');

    await page.getByRole('link', { name: 'Aktiviteter' }).click();
    await expect(subNav(page).getByRole('link')).toHaveText(['Vagtoverlevering', 'Aktiviteter', 'Samarbejde', 'Specialiseret team', 'Peer-rollen']);
    const activity = page.getByRole('article', { name: new RegExp(activityTitle) });
    await expect(activity).toContainText('Ali Rahimi: Deltog');
    await expect(page.getByRole('button', { name: 'Ny aktivitet' })).toBeVisible();
    await expectNoViolations(page, 'the activity calendar (peer)');

    await subNav(page).getByRole('link', { name: 'Specialiseret team' }).click();
    const team = page.getByRole('region', { name: 'Teamets medlemmer' });
    await expect(team.getByRole('listitem').filter({ hasText: 'Bo Nygaard' })).toContainText('Misbrug');
    await expect(team.getByRole('listitem').filter({ hasText: 'Pia Eriksen' })).toContainText('Peer');
    await expect(page.getByRole('button', { name: 'Tilføj til teamet' })).toHaveCount(0);
    await expectNoViolations(page, 'the specialised team (peer)');

    await subNav(page).getByRole('link', { name: 'Peer-rollen' }).click();
    await expect(page.getByRole('region', { name: 'Opgaver' })).toContainText(peerTasks);
    await expect(page.getByText('Kun beboere, der har sagt ja til at arbejde med peer-medarbejderen.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Ret peer-rollen' })).toHaveCount(0);
    await expectNoViolations(page, 'the peer role (peer)');

    // The episodes page is not there for a peer worker.
    await page.goto(page.url().replace(/\/peer$/, '/episodes'));
    await expect(h1(page)).toHaveText('Ikke fundet');
  });
});
