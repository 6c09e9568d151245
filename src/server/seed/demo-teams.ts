import type { Scope } from '../access/scope';
import { changeCoursePhase } from '../modules/courses/course-lifecycle.service';
import { tickItem } from '../modules/crisis/checklists.service';
import { logSession } from '../modules/crisis/stay.service';
import { saveIcmPlan } from '../modules/icm/icm-plan.service';
import { addDays, today } from '../modules/outreach/dates';
import { assign, recordDecision, recordMeeting, setCrisis } from '../modules/teams/board.service';

const daysAgo = (n: number, hour = 10) => new Date(Date.now() - n * 86_400_000 - (new Date().getUTCHours() - hour) * 3_600_000).toISOString();
const isWeekday = (date: string) => ![0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());

/**
 * The ACT team's last four weeks (contacts in the community and at the office, the daily meetings,
 * a decision by the case officer, a citizen in crisis, today's visit) and Jonas Friis's ICM course.
 */
export async function seedTeams(
  as: { act: Scope; actsyg: Scope; cti: Scope },
  ids: { actTeam: string; henrik: string; lone: string; jonas: string },
  users: { act: string; actsyg: string; actmyn: string; cti: string },
) {
  const { act, actsyg, cti } = as;
  for (const item of ['firstContact', 'teamIntroduced', 'needsMapped']) await tickItem(act, ids.henrik, `engage.${item}`, { ticked: true });
  await changeCoursePhase(act, ids.henrik, { to: 'active', reason: 'Henrik kender teamet og vil gerne have besøg.', date: addDays(today(), -30) });
  const contacts: [Scope, string, number, 'community' | 'office', string][] = [
    [act, ids.henrik, 12, 'community', 'Gåtur med Henrik og hunden.'],
    [actsyg, ids.henrik, 9, 'office', 'Henrik kom forbi kontoret efter medicin.'],
    [act, ids.henrik, 5, 'community', 'Besøg ved bænken ved stationen.'],
    [act, ids.henrik, 2, 'community', 'Fulgte Henrik til lægen.'],
    [actsyg, ids.lone, 9, 'community', 'Hjemmebesøg hos Lone.'],
  ];
  for (const [scope, courseId, n, setting, note] of contacts) await logSession(scope, courseId, { at: daysAgo(n), kind: setting === 'community' ? 'home_visit' : 'contact', setting, note });

  // The daily meeting was held on most weekdays of the last four weeks (not yet today).
  const attendees = [users.act, users.actsyg, users.actmyn];
  for (let i = 27; i >= 1; i--) {
    const date = addDays(today(), -i);
    if (isWeekday(date) && i % 9 !== 4) await recordMeeting(act, ids.actTeam, { date, attendeeIds: attendees });
  }
  await recordDecision(act, ids.actTeam, {
    date: addDays(today(), -1),
    courseId: ids.henrik,
    text: 'Henrik får hjælp til en ny recept og dosisdispensering; Signe følger ham til lægen.',
    authorityUserId: users.actmyn,
  });
  await setCrisis(act, ids.actTeam, ids.lone, true);
  await assign(act, ids.actTeam, { date: today(), courseId: ids.henrik, userId: users.act });

  // ICM: one coordinating case manager, the plan with the services, coordination contacts per service.
  await saveIcmPlan(cti, ids.jonas, {
    coordinatorId: users.cti,
    purpose: 'At få styr på papirerne og komme i gang med noget med hænderne.',
    dailySupport: 'Ugentligt besøg: post, regninger og indkøb. Ledsagelse til jobcentret.',
    services: [
      { name: 'Jobcentret', agreed: 'Sagsbehandleren holder møde hver måned; Camilla deltager.', contact: 'Jobcentret Demoby' },
      { name: 'Egen læge', agreed: 'Jonas bestiller tid; Camilla minder ham om det og følger med, hvis han vil.', contact: null },
    ],
    reviewDate: addDays(today(), 45),
  });
  for (const item of ['firstMeeting', 'needsMapped', 'coordinatorNamed', 'icmPlan']) await tickItem(cti, ids.jonas, `engage.${item}`, { ticked: true });
  await changeCoursePhase(cti, ids.jonas, { to: 'active', reason: 'ICM-planen er lavet sammen med Jonas.', date: addDays(today(), -90) });
  await logSession(cti, ids.jonas, { at: daysAgo(6), kind: 'home_visit', setting: 'community', note: 'Gik posten igennem sammen.' });
  await logSession(cti, ids.jonas, { at: daysAgo(3), kind: 'coordination', setting: 'phone', service: 'Jobcentret', note: 'Aftalte mødedato med sagsbehandleren.' });
}
