import { sql } from 'drizzle-orm';
import type { Scope } from '../access/scope';
import { createAgreement } from '../modules/agreements/agreements.service';
import { createCitizen } from '../modules/citizens/citizens.service';
import { tickItem } from '../modules/crisis/checklists.service';
import { createRequest, decideRequest, recordPickup } from '../modules/crisis/requests.service';
import { createSpotting } from '../modules/crisis/spottings.service';
import { logSession, saveMidway } from '../modules/crisis/stay.service';
import { addDays, today } from '../modules/outreach/dates';
import { createPlace, logRound } from '../modules/places/places.service';

type Who = { admin: Scope; mentor: Scope; spotter: Scope; krise: Scope; vita: Scope };
type Ids = { demoOrg: string; crisisOrg: string; mentor: string; spotter: string; vita: string; mentorUnit: string };

const STAY_DAYS_AGO = 10;

/**
 * The crisis-center demo: the collaboration agreement, mapped places with rounds, a spotting waiting
 * for screening, and Per Madsen ten days into a 28-day stay (created through the services, then
 * moved back in time so the stay's clock has run).
 */
export async function seedCrisis(who: Who, ids: Ids) {
  await createAgreement(who.admin, {
    crisisCenterOrganisationId: ids.crisisOrg,
    municipalityOrganisationId: ids.demoOrg,
    validFrom: addDays(today(), -200),
    quickMedicalDelegation: true,
    actionPlanWork: true,
    midwayParticipation: true,
    dropInCollaboration: true,
    socialMentorUserId: ids.mentor,
    spotterUserIds: [ids.spotter],
    notes: 'Den sociale mentor er kommandovej til akutkrisecenteret. Midtvejsmøder holdes på akutkrisecenteret.',
  });

  const places = [
    { name: 'Banegårdspladsen', type: 'square', address: 'Banegårdspladsen, 9999 Demoby', latitude: 55.6727, longitude: 12.5647, openingHours: 'Døgnet rundt', assigneeIds: [ids.spotter, ids.vita] },
    { name: 'Værestedet Havnen', type: 'drop_in', address: 'Havnegade 2, 9999 Demoby', latitude: 55.6786, longitude: 12.5925, openingHours: 'Man–fre 9–16', partnerContacts: 'Demo Frivilligcenter, Hanne (leder)', assigneeIds: [ids.spotter] },
    { name: 'Parken ved søerne', type: 'park', address: 'Søpromenaden, 9999 Demoby', latitude: 55.6858, longitude: 12.5597, assigneeIds: [ids.vita] },
    { name: 'Stofindtagelsesrummet', type: 'consumption_room', address: 'Istedgade 0, 9999 Demoby', openingHours: 'Alle dage 7–22', partnerContacts: 'Sygeplejerske i vagt', assigneeIds: [] },
  ] as const;
  const created = [];
  for (const p of places) created.push(await createPlace(who.vita, { ...p, assigneeIds: [...p.assigneeIds] }));
  const ago = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
  await logRound(who.spotter, created[0].id, { at: ago(3), participantIds: [], peopleMet: 6, note: 'Roligt. To kendte ansigter, én ny ung mand ved kiosken.' });
  await logRound(who.vita, created[2].id, { at: ago(8), participantIds: [], peopleMet: 2, note: 'Teltet ved bænkene er væk.' });

  await createSpotting(who.spotter, {
    alias: 'Kvinden ved kiosken',
    description: 'Kvinde omkring 40, tynd, grøn jakke.',
    placeId: created[0].id,
    place: 'Banegårdspladsen, ved kiosken',
    seen: 'Sidder sammenkrøbet, svarer ikke sammenhængende, har ikke spist i flere dage efter eget udsagn.',
    lifeThreatening: true,
  });

  // Per Madsen: known to the social mentor, requested, admitted and picked up, now mid-stay.
  const { id: citizenId } = await createCitizen(who.mentor, {
    kind: 'identified',
    name: 'Per Madsen',
    birthYear: 1972,
    noFixedAddress: true,
    homeMunicipality: 'Demo Kommune',
    course: { method: 'crisis_pathway', unitId: ids.mentorUnit },
  } as never);
  const request = await createRequest(who.mentor, { citizenId, crisisCenterOrganisationId: ids.crisisOrg, summary: 'Har sovet udendørs i to uger, massivt forbrug, tabt 8 kg. Ønsker selv ro.' });
  await decideRequest(who.krise, request.id, { decision: 'admit', plannedLengthDays: 28 });
  const now = new Date().toISOString();
  await recordPickup(who.krise, request.id, { plannedAt: now, transport: 'center_car', accompaniedBy: 'Morten (social mentor)', pickedUpAt: now, arrivedAt: now });
  const stayId = (await who.krise.db.execute(sql`select stay_course_id from crisis_requests where id = ${request.id}`)) as unknown as { rows: { stay_course_id: string }[] };
  const stayCourseId = stayId.rows[0].stay_course_id;
  for (const item of ['welcomedRoomPack', 'seenByStaffAndMedicine', 'doctorConsulted', 'dialogueAboutSituation', 'expectationsExplained', 'acuteProblemsExplored', 'authorityContacted141']) {
    await tickItem(who.krise, stayCourseId, `reception.${item}`, { ticked: true });
  }
  await logSession(who.krise, stayCourseId, { at: now, kind: 'motivational', note: 'Per fortalte om sin bror i Aarhus. Vil gerne have kontakt igen.' });
  await saveMidway(who.krise, stayCourseId, { remindedOn: { center: today() } });
  await moveBack(who.krise, request.id, STAY_DAYS_AGO);
}

/** Moves a demo stay `days` back in time: the request (3 h 10 min before the pickup), its pickup and arrival, both courses and their logs. */
async function moveBack(s: Scope, requestId: string, days: number) {
  const shift = sql`make_interval(days => ${days}::int)`;
  await s.db.execute(sql`
    update crisis_requests set requested_at = requested_at - ${shift} - interval '3 hours 10 minutes', decided_at = decided_at - ${shift} - interval '2 hours 40 minutes',
      pickup_planned_at = pickup_planned_at - ${shift}, picked_up_at = picked_up_at - ${shift}, arrived_at = arrived_at - ${shift}
     where id = ${requestId}`);
  const courseIds = sql`(select pathway_course_id from crisis_requests where id = ${requestId} union select stay_course_id from crisis_requests where id = ${requestId})`;
  await s.db.execute(sql`update courses set start_date = start_date - ${days}::int, planned_end_date = planned_end_date - ${days}::int, created_at = created_at - ${shift} where id in ${courseIds}`);
  await s.db.execute(sql`update course_phase_history set at = at - ${shift} where course_id in ${courseIds}`);
  await s.db.execute(sql`update checklist_ticks set at = at - ${shift} + interval '2 hours' where course_id in ${courseIds}`);
  await s.db.execute(sql`update course_sessions set at = at - ${shift} + interval '1 day' where course_id in ${courseIds}`);
}
