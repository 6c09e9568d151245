import { eq } from 'drizzle-orm';
import type { Scope } from '../access/scope';
import { collaborationMeetings, collaborationModels, harmReductionPlans, episodeActions, episodeDebriefs, episodePeople, episodes, specialistRequests, specialistTeamMembers, staffWellbeing } from '../db/schema';
import { newId } from '../db/ids';
import { createGoal } from '../modules/goals/goals.service';
import { recordMeasurement } from '../modules/measurements/measurements.service';
import { addDays, today } from '../modules/outreach/dates';
import { createActivity, recordParticipation } from '../modules/residential/activities.service';
import { saveHarmReduction } from '../modules/residential/harm-reduction.service';
import { actOnMotivation, createMotivation } from '../modules/residential/motivation.service';
import { recordPeerAgreement, setPeerRole } from '../modules/residential/peer.service';
import { monthOf } from '../modules/residential/unit-access';

type Resident = { citizenId: string; courseId: string };
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000);
const daysAgo = (d: number) => hoursAgo(d * 24);
const who5 = (v: number[]) => ({ cheerful: v[0], calm: v[1], active: v[2], rested: v[3], interest: v[4] });

/**
 * A day at Bostedet (seed 004): the peer role and Ali's agreement to work with Pia, motivation entries,
 * the activity calendar with participation, Maja's harm-reduction plan with a follow-up due today,
 * episodes over half a year (the latest, last night, still waiting for its debrief), the specialised
 * team, a collaboration model and meeting, and wellbeing measured for residents and (anonymously) staff.
 */
export async function seedResidential(
  as: { bo: Scope; boleder: Scope },
  unitId: string,
  organisationId: string,
  users: { bo: string; peer: string; boleder: string },
  r: { ali: Resident; maja: Resident; tobias: Resident; helle: Resident },
) {
  const { bo, boleder } = as;
  await setPeerRole(boleder, unitId, {
    access: 'agreed',
    tasks:
      'Pia bruger sine egne erfaringer med psykisk sårbarhed og misbrug til at støtte beboere i deres recovery: samtaler, følgeskab til aktiviteter og ærinder, og at bringe beboernes perspektiv ind i personalemøder og det specialiserede team.',
    boundaries:
      'Pia arbejder kun med beboere, der selv har sagt ja til det. Hun læser ikke beboernes journal, giver ikke medicin og træffer ikke myndighedsafgørelser. Det, en beboer fortæller Pia, bliver mellem dem, medmindre nogen er i fare.',
  });
  await recordPeerAgreement(bo, r.ali.citizenId, { peerUserId: users.peer, agreedOn: addDays(today(), -30), form: 'written', note: 'Ali vil gerne have Pia med til øvelokalet.' });

  // 1. Motivation: Ali's is fresh and waiting to be acted on; Tobias's was acted on last week.
  await createMotivation(bo, r.ali.citizenId, { what: 'Vil gerne spille guitar til fredagscaféen.', noticedOn: today(), noticedBy: 'Ali selv, ved morgenmaden' });
  const tobias = await createMotivation(bo, r.tobias.citizenId, { what: 'Vil gerne spørge om en praktikplads hos tømreren på hjørnet.', noticedOn: addDays(today(), -6), noticedBy: 'Bo Nygaard' });
  await actOnMotivation(bo, tobias.id, { note: 'Fulgtes med Tobias til tømreren dagen efter. Han starter i snusepraktik på mandag.' });

  // 2. Activities: past ones with participation, upcoming ones in the calendar. Helle has been quiet.
  const at = (d: number, hour: number) => {
    const day = addDays(today(), d);
    return new Date(`${day}T${String(hour - 1).padStart(2, '0')}:00:00Z`).toISOString();
  };
  const walk = await createActivity(bo, { unitId, title: 'Gåtur ved søerne', setting: 'community', place: 'Søerne, mødested ved indgangen', startsAt: at(-10, 10), contact: 'Bo Nygaard' });
  const cooking = await createActivity(bo, { unitId, title: 'Fællesmadlavning', setting: 'residence', place: 'Køkkenet', startsAt: at(-3, 16), contact: 'Bo Nygaard' });
  const library = await createActivity(bo, { unitId, title: 'Læsekreds på biblioteket', setting: 'community', place: 'Demoby Bibliotek', startsAt: at(-20, 14), contact: 'Bibliotekar Else Mark, tlf. 11 22 33 44' });
  await createActivity(bo, { unitId, title: 'Fredagscafé med musik', setting: 'residence', place: 'Fællesrummet', startsAt: at(2, 15), contact: 'Pia Eriksen' });
  await createActivity(bo, { unitId, title: 'Fodbold i parken', setting: 'community', place: 'Demoby Park, boldbanen', startsAt: at(5, 17), contact: 'Lokalklubben, træner Jan' });
  await recordParticipation(bo, walk.id, { citizenId: r.ali.citizenId, status: 'attended' });
  await recordParticipation(bo, walk.id, { citizenId: r.tobias.citizenId, status: 'attended' });
  await recordParticipation(bo, cooking.id, { citizenId: r.ali.citizenId, status: 'attended' });
  await recordParticipation(bo, cooking.id, { citizenId: r.maja.citizenId, status: 'wanted_not_possible', note: 'Havde møde på jobcentret.' });
  await recordParticipation(bo, library.id, { citizenId: r.helle.citizenId, status: 'declined', note: 'For mange mennesker.' });

  // 3. Harm reduction: Maja's plan, made with her, follow-up today.
  await saveHarmReduction(bo, r.maja.citizenId, {
    substances: 'Alkohol, mest om aftenen',
    areas: {
      physical: { consequences: 'Sover dårligt, spiser uregelmæssigt.', measures: 'Aftensmad i fællesskabet; vand og frugt på værelset.' },
      psychological: { consequences: 'Uro og tristhed dagen derpå.', measures: 'Samtale med kontaktpersonen om morgenen efter en hård aften.' },
      social: { consequences: 'Konflikter med naboen på gangen.', measures: 'Aftalt stilletid efter kl. 23; mægling hvis det blusser op.' },
      economic: { consequences: 'Pengene slipper op midt i måneden.', measures: 'Budget sammen med Bo; husleje og mad trækkes først.' },
    },
    measures: [
      { text: 'Drikker ikke alene på værelset efter kl. 23 — kommer i fællesrummet eller ringer til nattevagten.', area: 'physical', who: 'Maja og nattevagten', abstinence: false },
      { text: 'Ugentligt budgetmøde om mandagen.', area: 'economic', who: 'Bo Nygaard', abstinence: false },
    ],
    residentWantsAbstinence: false,
    residentsOwnWords: 'Jeg vil ikke stoppe lige nu, men jeg vil ikke have, at det går ud over min datter.',
    madeWithResident: true,
    followUpDates: [today(), addDays(today(), 28)],
  });
  // The plan was made four weeks ago; today is its follow-up.
  await bo.db.update(harmReductionPlans).set({ at: daysAgo(28) }).where(eq(harmReductionPlans.citizenId, r.maja.citizenId));

  // Goals with the residents, one due for follow-up.
  await createGoal(bo, r.ali.citizenId, { text: 'Jeg vil spille i et band igen.', lifeArea: 'daily_activities', goalType: 'develop', steps: [{ text: 'Øve tre gange om ugen', done: true }, { text: 'Finde et øvelokale', done: false }], whoHelps: 'Pia og min bror', reviewDate: addDays(today(), -1), courseId: r.ali.courseId });
  await createGoal(bo, r.maja.citizenId, { text: 'Jeg vil have min egen lejlighed igen.', lifeArea: 'housing', goalType: 'develop', steps: [{ text: 'Blive skrevet op', done: false }], whoHelps: 'Bo', reviewDate: addDays(today(), 30), courseId: r.maja.courseId });

  // 4. Episodes over six months; the latest, last night, is waiting for its debrief.
  const places = ['Fællesrummet', 'Gangen, 1. sal', 'Køkkenet', 'Ved indgangen'];
  const types = ['threat', 'threat', 'damage', 'violence', 'self_harm'] as const;
  const residents = [r.maja, r.tobias, r.helle, r.ali];
  for (let i = 0; i < 11; i++) {
    const id = newId();
    const when = daysAgo(12 + i * 15);
    const type = types[i % types.length];
    const hurt = type === 'violence' || type === 'self_harm';
    await bo.db.insert(episodes).values({ id, organisationId, unitId, occurredAt: when, location: places[i % places.length], type, severity: i % 4 === 0 ? 'moderate' : 'minor', description: 'Uenighed om fællesrummet, der blev højlydt.', actionsTaken: 'Personalet talte roligt med de involverede og skabte afstand.', anyoneHurt: hurt, injuries: hurt ? 'En mindre skramme, behandlet på stedet.' : null, createdBy: users.bo, createdAt: when });
    await bo.db.insert(episodePeople).values([
      { id: newId(), episodeId: id, kind: 'resident', citizenId: residents[i % residents.length].citizenId, userId: null, description: null, hurt: type === 'self_harm' },
      { id: newId(), episodeId: id, kind: 'staff', citizenId: null, userId: users.bo, description: null, hurt: type === 'violence' },
    ]);
    await bo.db.insert(episodeDebriefs).values({ episodeId: id, heldOn: addDays(today(), -(11 + i * 15)), participants: 'Bo Nygaard, Rikke Bang', summary: 'Gennemgang af forløbet.', learning: 'Tidlige tegn på uro ses ved aftensmaden; tag en snak før det spidser til.', byUserId: users.bo, at: when });
    if (i === 0) await bo.db.insert(episodeActions).values({ id: newId(), episodeId: id, text: 'Aftale fast aftenrunde i fællesrummet kl. 21.', ownerId: users.boleder, dueDate: addDays(today(), -1), doneAt: null, doneBy: null });
  }
  const lastNight = newId();
  await bo.db.insert(episodes).values({ id: lastNight, organisationId, unitId, occurredAt: hoursAgo(5), location: 'Gangen, 1. sal', type: 'threat', severity: 'moderate', description: 'Maja råbte og truede naboen efter et telefonopkald. Hun faldt til ro efter en halv time.', actionsTaken: 'Nattevagten fulgte Maja til værelset og blev hos hende, til hun faldt til ro.', anyoneHurt: false, injuries: null, createdBy: users.bo, createdAt: hoursAgo(4.5) });
  await bo.db.insert(episodePeople).values([
    { id: newId(), episodeId: lastNight, kind: 'resident', citizenId: r.maja.citizenId, userId: null, description: null, hurt: false },
    { id: newId(), episodeId: lastNight, kind: 'staff', citizenId: null, userId: users.bo, description: null, hurt: false },
  ]);

  // Wellbeing: residents' WHO-5 monthly; staff answer anonymously (only the score and the month are kept).
  const series: number[][] = [
    [2, 2, 1, 1, 2],
    [2, 2, 2, 1, 2],
    [3, 2, 2, 2, 2],
    [3, 3, 2, 2, 3],
  ];
  for (const [k, res] of residents.entries()) {
    for (let m = 0; m < 4; m++) {
      const v = series[(m + k) % series.length];
      await recordMeasurement(bo, res.courseId, { instrument: 'who5', answers: who5(v), mode: 'verbal', at: daysAgo(95 - m * 30 + k).toISOString() });
    }
  }
  const staffTotals = [[52, 60, 48], [56, 64, 52], [60, 68, 56], [64, 68, 60]];
  for (let m = 0; m < 4; m++) {
    for (const total of staffTotals[m]) await bo.db.insert(staffWellbeing).values({ id: newId(), unitId, month: monthOf(daysAgo(95 - m * 30)), instrumentKey: 'who5', instrumentVersion: 1, total });
  }

  // 5–6. The specialised team, a written collaboration model, a meeting with addiction treatment, a request.
  await bo.db.insert(specialistTeamMembers).values([
    { unitId, userId: users.bo, competences: ['Misbrug', 'Motivationssamtalen'], since: addDays(today(), -200) },
    { unitId, userId: users.peer, competences: ['Peer', 'Recovery'], since: addDays(today(), -120) },
  ]);
  await bo.db.insert(collaborationModels).values({
    id: newId(),
    unitId,
    title: 'Samarbejdsmodel med Rusmiddelcentret',
    partner: 'Demo Rusmiddelcenter',
    body: 'Fast møde første tirsdag i måneden. Beboere drøftes kun med samtykke. Rusmiddelcentret kontakter vagttelefonen ved akut behov; botilbuddet følger med til første samtale.',
    validFrom: addDays(today(), -180),
    byUserId: users.boleder,
    at: daysAgo(180),
  });
  await bo.db.insert(collaborationMeetings).values({
    id: newId(),
    organisationId,
    unitId,
    kind: 'internal',
    heldOn: addDays(today(), -7),
    topic: 'Personalemøde: aftenerne i fællesrummet',
    participants: [
      { name: 'Bo Nygaard', organisation: null, external: false, userId: users.bo },
      { name: 'Pia Eriksen', organisation: null, external: false, userId: users.peer },
      { name: 'Rikke Bang', organisation: null, external: false, userId: users.boleder },
    ],
    decisions: 'Fast aftenrunde kl. 21. Pia holder fredagscaféen.',
    followUps: [{ text: 'Skema for aftenrunder', owner: 'Rikke Bang', dueDate: addDays(today(), -1) }],
    createdBy: users.bo,
    createdAt: daysAgo(7),
  });
  await bo.db.insert(specialistRequests).values({ id: newId(), organisationId, unitId, citizenId: r.maja.citizenId, courseId: r.maja.courseId, question: 'Hvordan kan vi støtte Maja om aftenen uden at det bliver kontrol?', askedBy: users.bo, askedAt: daysAgo(2), advice: null, advisedBy: null, advisedAt: null, followUp: null, followedUpBy: null, followedUpAt: null });
}
