import type { Scope } from '../access/scope';
import { logSession } from '../modules/crisis/stay.service';
import { createGoal, addFollowUp } from '../modules/goals/goals.service';
import { recordMeasurement } from '../modules/measurements/measurements.service';
import { addDays, today } from '../modules/outreach/dates';

const at = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString();
const who5 = (v: [number, number, number, number, number]) => ({ cheerful: v[0], calm: v[1], active: v[2], rested: v[3], interest: v[4] });
const feedback = (v: [number, number, number, number]) => ({ heard: v[0], topics: v[1], approach: v[2], overall: v[3] });

/**
 * FIT and goals on the demo: Kirsten Holm's WHO-5 after six sessions without a meaningful change
 * (an alert for Camilla), Henrik Bach's session feedback falling (an alert for Anders), and goals in
 * the citizens' own words with follow-ups, one of them due for review.
 */
export async function seedFit(as: { cti: Scope; act: Scope }, courses: { kirsten: string; kirstenCitizen: string; henrik: string; henrikCitizen: string }) {
  const kirsten: [number, [number, number, number, number, number], [number, number, number, number]][] = [
    [35, [1, 2, 1, 1, 2], [8, 7, 8, 8]],
    [28, [2, 2, 1, 1, 2], [9, 8, 8, 9]],
    [21, [1, 2, 2, 1, 2], [9, 9, 9, 9]],
    [14, [2, 2, 2, 1, 2], [9, 9, 8, 9]],
    [7, [2, 2, 1, 2, 2], [10, 9, 9, 9]],
    [2, [2, 2, 1, 2, 2], [9, 10, 9, 10]],
  ];
  for (const [daysAgo, w, f] of kirsten) {
    // The weekly visit, then her answers about her wellbeing and about the visit.
    const { session } = await logSession(as.cti, courses.kirsten, { at: at(daysAgo + 0.05), kind: 'home_visit', setting: 'community', note: null });
    await recordMeasurement(as.cti, courses.kirsten, { instrument: 'who5', answers: who5(w), mode: daysAgo === 21 ? 'verbal' : 'citizen', at: at(daysAgo), sessionId: session.id });
    await recordMeasurement(as.cti, courses.kirsten, { instrument: 'session_feedback', answers: feedback(f), mode: 'citizen', at: at(daysAgo), sessionId: session.id });
  }
  const henrik: [number, [number, number, number, number, number], [number, number, number, number]][] = [
    [12, [2, 1, 2, 1, 3], [10, 9, 9, 10]],
    [5, [3, 2, 2, 2, 3], [9, 9, 9, 9]],
    [2, [3, 2, 3, 2, 3], [8, 7, 8, 8]],
  ];
  for (const [daysAgo, w, f] of henrik) {
    await recordMeasurement(as.act, courses.henrik, { instrument: 'who5', answers: who5(w), mode: daysAgo === 5 ? 'paper' : 'citizen', at: at(daysAgo) });
    await recordMeasurement(as.act, courses.henrik, { instrument: 'session_feedback', answers: feedback(f), mode: 'citizen', at: at(daysAgo) });
  }

  const home = await createGoal(as.cti, courses.kirstenCitizen, {
    courseId: courses.kirsten,
    text: 'Jeg vil kunne betale huslejen selv hver måned.',
    lifeArea: 'finances',
    goalType: 'develop',
    steps: [
      { text: 'Lave en betalingsaftale med boligselskabet', done: true },
      { text: 'Oprette betalingsservice', done: false },
    ],
    whoHelps: 'Camilla og min datter',
    reviewDate: addDays(today(), 14),
    focusAreaPhase: 'phase1',
  });
  await addFollowUp(as.cti, home.id, { rating: 3, note: 'Aftalen med boligselskabet er på plads.' });
  const family = await createGoal(as.cti, courses.kirstenCitizen, {
    courseId: courses.kirsten,
    text: 'Se mine børnebørn hver anden uge.',
    lifeArea: 'network',
    goalType: 'develop',
    steps: [{ text: 'Ringe til min datter om søndagen', done: false }],
    whoHelps: 'Camilla',
    reviewDate: addDays(today(), -3),
    focusAreaPhase: 'phase1',
  });
  await addFollowUp(as.cti, family.id, { rating: 2, note: 'Har ringet én gang.' });
  await createGoal(as.act, courses.henrikCitizen, {
    courseId: courses.henrik,
    text: 'Holde fast i at tage min medicin, så jeg kan sove.',
    lifeArea: 'physical_health',
    goalType: 'maintain',
    steps: [{ text: 'Hente dosisrullen på apoteket hver fredag', done: false }],
    whoHelps: 'Signe fra ACT-teamet',
    reviewDate: addDays(today(), 21),
  });
}
