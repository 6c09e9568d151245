import type { Scope } from '../access/scope';
import { changeCoursePhase } from '../modules/courses/course-lifecycle.service';
import { tickItem } from '../modules/crisis/checklists.service';
import { saveFocusAreas } from '../modules/cti/cti.service';
import { addDays, today } from '../modules/outreach/dates';

/** Kirsten Holm's CTI course: a contact period, then phase 1 from the day she got the keys, with her focus areas. */
export async function seedCti(cti: Scope, courseId: string) {
  for (const item of ['firstMeeting', 'needsMapped', 'actionPlan141', 'housingSecured']) await tickItem(cti, courseId, `engage.${item}`, { ticked: true });
  await changeCoursePhase(cti, courseId, { to: 'phase1', reason: 'Kirsten har fået nøgler til lejligheden.', date: addDays(today(), -5) });
  await saveFocusAreas(cti, courseId, {
    phase: 'phase1',
    chosenWithCitizen: true,
    areas: [
      { area: 'housing', activityPlan: 'Indretning og husleje: betalingsaftale med boligselskabet, hjælp til at købe en seng.' },
      { area: 'finances', activityPlan: 'Gennemgå post og regninger sammen hver uge; kontakt til borgerservice om boligstøtte.' },
      { area: 'network', activityPlan: 'Genoptage kontakten til datteren og børnebørnene.' },
    ],
  });
  await tickItem(cti, courseId, 'focus1.focusAreasChosen', { ticked: true });
}
