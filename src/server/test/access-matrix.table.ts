import type { DemoUsername } from './helpers';

/** The access matrix's decisions: see access-matrix.test.ts for how they are checked. */
export type Principal = DemoUsername | 'anonymous';

export type Ids = {
  citizen: string;
  course: string;
  note: string;
  breakGlassTarget: string;
  skp: string;
  vaerestedet: string;
  demoOrg: string;
  place: string;
  matrixUser: string;
  matrixMembership: string;
  offer: string;
  partner: string;
  referral: string;
  consent: string;
  inboundToAccept: string;
  inboundToDecline: string;
  mandenWorkers: string[];
  crisisOrg: string;
  mentor: string;
  spotting: string;
  crisisRequest: string;
  perCitizen: string;
  pathwayCourse: string;
  stayCourse: string;
  actionPlan: string;
  demoPlace: string;
  ctiCourse: string;
  ctiUnit: string;
  actTeam: string;
  actCourse: string;
  icmCourse: string;
  kirstenGoal: string;
  bostedet: string;
  ali: string;
  expiredMotivation: string;
  pastActivity: string;
  peerRole: { access: string; tasks: string; boundaries: string };
  withdrawnAgreement: string;
  debriefedEpisode: string;
  doneAction: string;
  advisedRequest: string;
  closedRequest: string;
  peerUser: string;
  boUser: string;
  /** SKP-teamet's saved outreach theory of change, at version 2. */
  theory: string;
};
export type Row = { path: string; body?: unknown; expect: (who: Principal) => number; freshSession?: boolean };

/** `statuses[who]` for the named principals, `otherwise` for the other signed-in users, 401 for anonymous. */
const by =
  (statuses: Partial<Record<Principal, number>>, otherwise: number) =>
  (who: Principal): number =>
    statuses[who] ?? (who === 'anonymous' ? 401 : otherwise);

const everyone = (status: number) => by({}, status);
const workersWithBreakGlass = ['vita', 'yosef', 'mentor', 'krise', 'cti', 'act', 'bo', 'myndighed', 'anden'] as const;
const reason = 'Matrix: adgangskontrollen afprøves';

export const table: Record<string, (ids: Ids) => Row> = {
  'GET /health': () => ({ path: '/health', expect: () => 200 }),
  'POST /auth/login': () => ({ path: '/auth/login', body: {}, expect: () => 422 }),
  'POST /auth/logout': () => ({ path: '/auth/logout', freshSession: true, expect: everyone(200) }),
  'GET /me': () => ({ path: '/me', expect: everyone(200) }),

  'GET /citizens': () => ({ path: '/citizens', expect: by({ admin: 403, dpo: 403, spotter: 403 }, 200) }),
  'POST /citizens': (ids) => ({
    path: '/citizens',
    body: { kind: 'unidentified', alias: 'Matrix-borger', course: { method: 'outreach', unitId: ids.skp } },
    expect: by({ vita: 201, yosef: 201, leder: 201 }, 403),
  }),
  'GET /citizens/{id}': (ids) => ({ path: `/citizens/${ids.citizen}`, expect: by({ vita: 200, yosef: 200, leder: 200 }, 404) }),
  'PATCH /citizens/{id}': (ids) => ({
    path: `/citizens/${ids.citizen}`,
    body: { place: ids.place },
    expect: by({ vita: 200, yosef: 200, leder: 403 }, 404),
  }),
  'GET /citizens/{id}/courses': (ids) => ({ path: `/citizens/${ids.citizen}/courses`, expect: by({ vita: 200, yosef: 200, leder: 200 }, 404) }),
  'POST /citizens/{id}/courses': (ids) => ({
    path: `/citizens/${ids.citizen}/courses`,
    body: { method: 'generic', unitId: ids.skp },
    expect: by({ vita: 201, yosef: 201, leder: 201 }, 404),
  }),

  'GET /methods': () => ({ path: '/methods', expect: everyone(200) }),
  'GET /courses/{id}': (ids) => ({ path: `/courses/${ids.course}`, expect: by({ vita: 200, yosef: 200, leder: 200 }, 404) }),
  'GET /courses/{id}/notes': (ids) => ({ path: `/courses/${ids.course}/notes`, expect: by({ vita: 200, yosef: 200, leder: 403 }, 404) }),
  'POST /courses/{id}/notes': (ids) => ({
    path: `/courses/${ids.course}/notes`,
    body: { text: 'Matrix: kort notat' },
    expect: by({ vita: 201, yosef: 201, leder: 403 }, 404),
  }),
  // Only the author edits; to a leader (no note access) the note does not exist.
  'PATCH /notes/{id}': (ids) => ({ path: `/notes/${ids.note}`, body: { text: 'Matrix: rettet notat' }, expect: by({ vita: 200, yosef: 403 }, 404) }),

  'GET /units': () => ({ path: '/units', expect: everyone(200) }),
  'GET /organisation-units': () => ({ path: '/organisation-units', expect: everyone(200) }),

  'POST /break-glass/search': () => ({
    path: '/break-glass/search',
    body: { q: 'Kvinden', reason },
    expect: by(Object.fromEntries(workersWithBreakGlass.map((u) => [u, 200])), 403),
  }),
  // Workers of other organisations cannot break the glass into Demo Kommune: 404.
  'POST /break-glass': (ids) => ({
    path: '/break-glass',
    body: { citizenId: ids.breakGlassTarget, reason },
    expect: by({ vita: 201, yosef: 201, mentor: 201, cti: 201, act: 201, myndighed: 201, krise: 404, bo: 404, anden: 404 }, 403),
  }),
  'GET /break-glass': () => ({ path: '/break-glass', expect: everyone(200) }),

  'GET /admin/organisations': () => ({ path: '/admin/organisations', expect: by({ admin: 200 }, 403) }),
  'GET /admin/units': () => ({ path: '/admin/units', expect: by({ admin: 200 }, 403) }),
  'POST /admin/units': (ids) => ({ path: '/admin/units', body: { organisationId: ids.demoOrg, name: 'Matrix-enheden' }, expect: by({ admin: 201 }, 403) }),
  'PATCH /admin/units/{id}': (ids) => ({ path: `/admin/units/${ids.skp}`, body: { name: 'SKP-teamet' }, expect: by({ admin: 200 }, 403) }),
  'GET /admin/users': () => ({ path: '/admin/users', expect: by({ admin: 200 }, 403) }),
  'POST /admin/users': () => ({
    path: '/admin/users',
    body: { username: 'matrix.ny', displayName: 'Matrix Ny', password: 'et-langt-kodeord-1' },
    expect: by({ admin: 201 }, 403),
  }),
  'PATCH /admin/users/{id}': (ids) => ({ path: `/admin/users/${ids.matrixUser}`, body: { displayName: 'Matrix Bruger' }, expect: by({ admin: 200 }, 403) }),
  'POST /admin/users/{id}/memberships': (ids) => ({
    path: `/admin/users/${ids.matrixUser}/memberships`,
    body: { unitId: ids.vaerestedet, role: 'spotter' },
    expect: by({ admin: 201 }, 403),
  }),
  'DELETE /admin/memberships/{id}': (ids) => ({ path: `/admin/memberships/${ids.matrixMembership}`, expect: by({ admin: 200 }, 403) }),

  // Outreach (SKP): workers of the course's unit work on it; the leader sees figures, not the record's free text.
  'PUT /courses/{id}/contact-plan': (ids) => ({
    path: `/courses/${ids.course}/contact-plan`,
    body: { where: 'Gården', how: 'I par', cadenceDays: 7, keepContact: 'Faste aftaler' },
    expect: by({ vita: 200, yosef: 200, leder: 403 }, 404),
  }),
  'GET /courses/{id}/contact-plan': (ids) => ({ path: `/courses/${ids.course}/contact-plan`, expect: by({ vita: 200, yosef: 200, leder: 403 }, 404) }),
  'GET /courses/{id}/contact-plan/history': (ids) => ({ path: `/courses/${ids.course}/contact-plan/history`, expect: by({ vita: 200, yosef: 200, leder: 403 }, 404) }),
  'POST /courses/{id}/contact-attempts': (ids) => ({
    path: `/courses/${ids.course}/contact-attempts`,
    body: { at: new Date(Date.now() - 3_600_000).toISOString(), method: 'observation', outcome: 'no_one_there' },
    expect: by({ vita: 201, yosef: 201, leder: 403 }, 404),
  }),
  'GET /courses/{id}/contact-attempts': (ids) => ({ path: `/courses/${ids.course}/contact-attempts`, expect: by({ vita: 200, yosef: 200, leder: 403 }, 404) }),
  'GET /courses/{id}/summary': (ids) => ({ path: `/courses/${ids.course}/summary`, expect: by({ vita: 200, yosef: 200, leder: 200 }, 404) }),
  'GET /me/due': () => ({ path: '/me/due', expect: everyone(200) }),
  'GET /units/{id}/overdue': (ids) => ({ path: `/units/${ids.skp}/overdue`, expect: by({ vita: 200, yosef: 200, leder: 200 }, 404) }),
  // A jump the model forbids and an end reason 2A forbids: who passes the access check gets 409, and nothing changes.
  'POST /courses/{id}/phase': (ids) => ({ path: `/courses/${ids.course}/phase`, body: { to: '2C', reason: 'Matrix' }, expect: by({ vita: 409, yosef: 409, leder: 403 }, 404) }),
  'POST /courses/{id}/close': (ids) => ({
    path: `/courses/${ids.course}/close`,
    body: { reason: 'handover', summary: 'Matrix' },
    expect: by({ vita: 409, yosef: 409, leder: 403 }, 404),
  }),
  // Re-sends the current responsible workers, so nothing changes.
  'PUT /courses/{id}/responsible': (ids) => ({
    path: `/courses/${ids.course}/responsible`,
    body: { userIds: ids.mandenWorkers },
    expect: by({ vita: 200, yosef: 200, leder: 403 }, 404),
  }),
  'POST /me/calendar-token': () => ({ path: '/me/calendar-token', expect: everyone(201) }),
  'DELETE /me/calendar-token': () => ({ path: '/me/calendar-token', expect: everyone(200) }),
  // The feed is authorised by its secret token alone, never by a session.
  'GET /me/calendar.ics': () => ({ path: '/me/calendar.ics?token=not-a-real-token', expect: () => 401 }),

  // Catalogs: read by every unit member of the organisation, kept by workers and leaders.
  'GET /offers': () => ({ path: '/offers', expect: by({ admin: 403, dpo: 403 }, 200) }),
  'POST /offers': () => ({
    path: '/offers',
    body: { name: 'Matrix-tilbud', category: 'other', sector: 'public', provider: 'Matrix' },
    expect: by({ admin: 403, dpo: 403, spotter: 403, peer: 403 }, 201),
  }),
  'PATCH /offers/{id}': (ids) => ({
    path: `/offers/${ids.offer}`,
    body: { name: 'Boligsocial vejledning' },
    expect: by({ vita: 200, yosef: 200, leder: 200, mentor: 200, cti: 200, act: 200, myndighed: 200, spotter: 403, admin: 403, dpo: 403 }, 404),
  }),
  'GET /partners': () => ({ path: '/partners', expect: by({ admin: 403, dpo: 403 }, 200) }),
  'POST /partners': () => ({ path: '/partners', body: { name: 'Matrix-partner', type: 'other' }, expect: by({ admin: 403, dpo: 403, spotter: 403, peer: 403 }, 201) }),
  'GET /partners/{id}': (ids) => ({
    path: `/partners/${ids.partner}`,
    expect: by({ vita: 200, yosef: 200, leder: 200, mentor: 200, spotter: 200, cti: 200, act: 200, myndighed: 200, admin: 403, dpo: 403 }, 404),
  }),
  'POST /partners/{id}/activities': (ids) => ({
    path: `/partners/${ids.partner}/activities`,
    body: { unitId: ids.skp, kind: 'meeting', date: new Date().toISOString().slice(0, 10), description: 'Matrix-møde' },
    expect: by({ vita: 201, yosef: 201, leder: 201 }, 403),
  }),

  // Referrals and sharing on the matrix citizen's course. The referral is moved "backwards" (409 for
  // those who pass the access check) so it stays as it is; the citizen has no consent for the offer.
  'POST /courses/{id}/referrals': (ids) => ({ path: `/courses/${ids.course}/referrals`, body: { offerId: ids.offer }, expect: by({ vita: 201, yosef: 201, leder: 403 }, 404) }),
  'GET /courses/{id}/referrals': (ids) => ({ path: `/courses/${ids.course}/referrals`, expect: by({ vita: 200, yosef: 200, leder: 403 }, 404) }),
  'PATCH /referrals/{id}': (ids) => ({ path: `/referrals/${ids.referral}`, body: { status: 'proposed' }, expect: by({ vita: 409, yosef: 409, leder: 403 }, 404) }),
  'POST /referrals/{id}/share': (ids) => ({ path: `/referrals/${ids.referral}/share`, body: {}, expect: by({ vita: 409, yosef: 409, leder: 403 }, 404) }),
  'POST /citizens/{id}/consents': (ids) => ({
    path: `/citizens/${ids.citizen}/consents`,
    body: { kind: 'consent', information: 'Matrix', party: 'Matrix-part', direction: 'to', purpose: 'Matrix', form: 'oral', validFrom: '2026-01-01' },
    expect: by({ vita: 201, yosef: 201, leder: 403 }, 404),
  }),
  'GET /citizens/{id}/consents': (ids) => ({ path: `/citizens/${ids.citizen}/consents`, expect: by({ vita: 200, yosef: 200, leder: 200 }, 404) }),
  // vita withdraws first; to yosef it is then already withdrawn.
  'POST /consents/{id}/withdraw': (ids) => ({ path: `/consents/${ids.consent}/withdraw`, expect: by({ vita: 200, yosef: 409, leder: 403 }, 404) }),

  // Inbound referrals describe a person: only the receiving unit (SKP-teamet) sees them. vita
  // decides first; to yosef and leder the referral is then already decided.
  'POST /inbound-referrals': (ids) => ({
    path: '/inbound-referrals',
    body: { unitId: ids.skp, sourceType: 'neighbour', receivedOn: new Date().toISOString().slice(0, 10), description: 'Matrix-henvendelse' },
    expect: by({ vita: 201, yosef: 201, leder: 201 }, 403),
  }),
  // A peer worker does not handle inbound referrals: they name citizens the peer has no agreement with.
  'GET /inbound-referrals': () => ({ path: '/inbound-referrals', expect: by({ admin: 403, dpo: 403, spotter: 403, peer: 403 }, 200) }),
  'GET /inbound-referrals/stats': () => ({ path: '/inbound-referrals/stats', expect: by({ admin: 403, dpo: 403, spotter: 403, peer: 403 }, 200) }),
  'POST /inbound-referrals/{id}/accept': (ids) => ({
    path: `/inbound-referrals/${ids.inboundToAccept}/accept`,
    body: { alias: 'Matrix-borger fra henvendelse' },
    expect: by({ vita: 200, yosef: 409, leder: 409 }, 404),
  }),
  'POST /inbound-referrals/{id}/decline': (ids) => ({
    path: `/inbound-referrals/${ids.inboundToDecline}/decline`,
    body: { reason: 'Matrix: ikke i målgruppen' },
    expect: by({ vita: 200, yosef: 409, leder: 409 }, 404),
  }),

  // Crisis-center pathway (seed 002). Per Madsen is mid-stay: his pathway course is in Myndighed
  // (mentor, myndighed), his stay course at Akutkrisecentret (krise). Writes are chosen so that
  // nothing a later row sees changes: conflicts (409) and validation failures (422) for those who
  // pass the access check, or records that only add (a spotting, a session, a version).
  'POST /spottings': () => ({
    path: '/spottings',
    body: { alias: 'Matrix-spottet', seen: 'Matrix: ligger på bænken' },
    // Workers elsewhere may spot, but their organisations have no social mentor to take it.
    expect: by({ spotter: 201, vita: 201, yosef: 201, mentor: 201, cti: 201, act: 201, myndighed: 201, krise: 409, bo: 409, anden: 409 }, 403),
  }),
  'GET /spottings': () => ({ path: '/spottings', expect: by({ admin: 403, dpo: 403, leder: 403, boleder: 403, peer: 403 }, 200) }),
  'GET /spottings/{id}': (ids) => ({ path: `/spottings/${ids.spotting}`, expect: by({ spotter: 200, mentor: 200 }, 404) }),
  // The mentor screens the demo spotting (the spotter who registered it sees it, but may not screen).
  'POST /spottings/{id}/screening': (ids) => ({
    path: `/spottings/${ids.spotting}/screening`,
    body: { items: { acuteCrisis: true }, assessment: 'Matrix: i målgruppen', inTargetGroup: true },
    expect: by({ mentor: 200, spotter: 403 }, 404),
  }),
  // The case officer sees the request through the pathway course of the same unit, but does not act on it.
  // Per Madsen already has an admitted request: the social mentor gets 409, nobody else may ask.
  'POST /crisis-requests': (ids) => ({
    path: '/crisis-requests',
    body: { citizenId: ids.perCitizen, crisisCenterOrganisationId: ids.crisisOrg, summary: 'Matrix' },
    expect: by({ mentor: 409 }, 403),
  }),
  'GET /crisis-requests': () => ({ path: '/crisis-requests', expect: everyone(200) }),
  'GET /crisis-requests/{id}': (ids) => ({ path: `/crisis-requests/${ids.crisisRequest}`, expect: by({ mentor: 200, krise: 200, myndighed: 200 }, 404) }),
  'POST /crisis-requests/{id}/decision': (ids) => ({
    path: `/crisis-requests/${ids.crisisRequest}/decision`,
    body: { decision: 'decline', reason: 'Matrix' },
    expect: by({ krise: 409, mentor: 403, myndighed: 403 }, 404),
  }),
  // The arrival is already recorded; a pickup that leaves it out is refused.
  'POST /crisis-requests/{id}/pickup': (ids) => ({
    path: `/crisis-requests/${ids.crisisRequest}/pickup`,
    body: { plannedAt: new Date(Date.now() - 86_400_000).toISOString(), transport: 'taxi', accompaniedBy: 'Matrix' },
    expect: by({ krise: 422, mentor: 422, myndighed: 403 }, 404),
  }),
  'POST /crisis-requests/{id}/withdraw': (ids) => ({ path: `/crisis-requests/${ids.crisisRequest}/withdraw`, body: {}, expect: by({ mentor: 409, krise: 403, myndighed: 403 }, 404) }),
  'GET /crisis/overview': () => ({ path: '/crisis/overview', expect: everyone(200) }),
  'GET /courses/{id}/checklists': (ids) => ({ path: `/courses/${ids.stayCourse}/checklists`, expect: by({ krise: 200 }, 404) }),
  'POST /courses/{id}/checklists/{itemId}': (ids) => ({
    path: `/courses/${ids.stayCourse}/checklists/discharge.transportHome`,
    body: { ticked: true },
    expect: by({ krise: 409 }, 404),
  }),
  'GET /courses/{id}/sessions': (ids) => ({ path: `/courses/${ids.stayCourse}/sessions`, expect: by({ krise: 200 }, 404) }),
  'POST /courses/{id}/sessions': (ids) => ({
    path: `/courses/${ids.stayCourse}/sessions`,
    body: { at: new Date(Date.now() - 3_600_000).toISOString(), kind: 'care', note: 'Matrix' },
    expect: by({ krise: 201 }, 404),
  }),
  // Reached through the mentor's pathway course: the municipality's side of the same stay.
  'GET /courses/{id}/midway-meeting': (ids) => ({ path: `/courses/${ids.pathwayCourse}/midway-meeting`, expect: by({ mentor: 200, myndighed: 200 }, 404) }),
  'PUT /courses/{id}/midway-meeting': (ids) => ({ path: `/courses/${ids.pathwayCourse}/midway-meeting`, body: {}, expect: by({ mentor: 200, myndighed: 200 }, 404) }),
  'GET /courses/{id}/future-plan': (ids) => ({ path: `/courses/${ids.stayCourse}/future-plan`, expect: by({ krise: 200 }, 404) }),
  'PUT /courses/{id}/future-plan': (ids) => ({
    path: `/courses/${ids.pathwayCourse}/future-plan`,
    body: { wishes: 'Matrix', writtenWithCitizen: false },
    expect: by({ mentor: 200, myndighed: 200 }, 404),
  }),
  'GET /citizens/{id}/action-plans': (ids) => ({ path: `/citizens/${ids.perCitizen}/action-plans`, expect: by({ mentor: 200, myndighed: 200, krise: 200 }, 404) }),
  'POST /citizens/{id}/action-plans': (ids) => ({
    path: `/citizens/${ids.perCitizen}/action-plans`,
    body: { purpose: 'Matrix', supportNeeded: 'Matrix', citizenParticipation: 'Matrix' },
    expect: by({ myndighed: 201, mentor: 403, krise: 403 }, 404),
  }),
  // Not shared with the crisis center: to krise it does not exist.
  'GET /action-plans/{id}': (ids) => ({ path: `/action-plans/${ids.actionPlan}`, expect: by({ mentor: 200, myndighed: 200 }, 404) }),
  'GET /action-plans/{id}.pdf': (ids) => ({ path: `/action-plans/${ids.actionPlan}.pdf`, expect: by({ mentor: 200, myndighed: 200 }, 404) }),
  'GET /collaboration-agreements': () => ({ path: '/collaboration-agreements', expect: everyone(200) }),
  'GET /collaboration-agreements/parties': () => ({ path: '/collaboration-agreements/parties', expect: by({ admin: 200, leder: 200, boleder: 200, myndighed: 200 }, 403) }),
  'POST /collaboration-agreements': (ids) => ({
    path: '/collaboration-agreements',
    body: {
      crisisCenterOrganisationId: ids.crisisOrg,
      municipalityOrganisationId: ids.demoOrg,
      validFrom: '2026-01-01',
      quickMedicalDelegation: true,
      actionPlanWork: true,
      midwayParticipation: true,
      dropInCollaboration: false,
      socialMentorUserId: ids.mentor,
    },
    expect: by({ admin: 201, leder: 201 }, 403),
  }),
  // Places: every unit member of the organisation reads them; workers and leaders keep them.
  'GET /places': () => ({ path: '/places', expect: by({ admin: 403, dpo: 403 }, 200) }),
  'POST /places': () => ({ path: '/places', body: { name: 'Matrix-stedet', type: 'other' }, expect: by({ admin: 403, dpo: 403, spotter: 403, peer: 403 }, 201) }),
  'GET /places/{id}': (ids) => ({
    path: `/places/${ids.demoPlace}`,
    expect: by({ vita: 200, yosef: 200, leder: 200, mentor: 200, spotter: 200, cti: 200, act: 200, myndighed: 200 }, 404),
  }),
  'POST /places/{id}/rounds': (ids) => ({
    path: `/places/${ids.demoPlace}/rounds`,
    body: { at: new Date(Date.now() - 3_600_000).toISOString(), peopleMet: 1 },
    expect: by({ vita: 201, yosef: 201, leder: 201, mentor: 201, spotter: 201, cti: 201, act: 201, myndighed: 201 }, 404),
  }),

  // CTI on Kirsten Holm's course (CTI-teamet, in phase 1): requests that pass the access check are refused
  // (a phase not reached, a planned end past nine months without a reason), so nothing changes.
  'GET /courses/{id}/timeline': (ids) => ({ path: `/courses/${ids.ctiCourse}/timeline`, expect: by({ cti: 200 }, 404) }),
  'PUT /courses/{id}/focus-areas': (ids) => ({
    path: `/courses/${ids.ctiCourse}/focus-areas`,
    body: { phase: 'phase3', areas: [{ area: 'housing', activityPlan: 'Matrix' }], chosenWithCitizen: true },
    expect: by({ cti: 409 }, 404),
  }),
  'PUT /courses/{id}/planned-end': (ids) => ({ path: `/courses/${ids.ctiCourse}/planned-end`, body: { plannedEndDate: '2999-01-01' }, expect: by({ cti: 422 }, 404) }),

  // The network names other people: those who read the citizen's notes see it (a leader: 403).
  'GET /citizens/{id}/network': (ids) => ({ path: `/citizens/${ids.citizen}/network`, expect: by({ vita: 200, yosef: 200, leder: 403 }, 404) }),
  'PUT /citizens/{id}/network': (ids) => ({
    path: `/citizens/${ids.citizen}/network`,
    body: { entries: [{ name: 'Hunden Bamse', kind: 'person', relation: 'other', citizenView: 'positive' }] },
    expect: by({ vita: 200, yosef: 200, leder: 403 }, 404),
  }),

  // Fidelity figures of CTI-teamet: its members and leaders only (there is no CTI leader in the demo).
  'GET /fidelity': (ids) => ({ path: `/fidelity?unitId=${ids.ctiUnit}&method=cti`, expect: by({ cti: 200 }, 403) }),

  // Teams: members see a team and its board; the organisation's administrator manages it but sees no
  // citizen on its board. Writes that pass the access check are refused by validation, so nothing changes.
  'GET /teams': () => ({ path: '/teams', expect: everyone(200) }),
  'POST /teams': (ids) => ({
    path: '/teams',
    body: { organisationId: ids.demoOrg, name: 'Matrix-teamet', method: 'act', members: [{ userId: ids.matrixUser, discipline: 'support_worker' }] },
    expect: by({ admin: 201 }, 403),
  }),
  'GET /teams/{id}': (ids) => ({ path: `/teams/${ids.actTeam}`, expect: by({ act: 200, admin: 200 }, 404) }),
  'PUT /teams/{id}/members': (ids) => ({
    path: `/teams/${ids.actTeam}/members`,
    body: { members: [{ userId: ids.matrixUser, discipline: 'nurse' }, { userId: ids.matrixUser, discipline: 'peer' }] },
    expect: by({ admin: 422, act: 403 }, 404),
  }),
  'GET /teams/{id}/board': (ids) => ({ path: `/teams/${ids.actTeam}/board`, expect: by({ act: 200, admin: 403 }, 404) }),
  'POST /teams/{id}/meetings': (ids) => ({ path: `/teams/${ids.actTeam}/meetings`, body: { date: '2026-01-05', attendeeIds: [ids.matrixUser] }, expect: by({ act: 422, admin: 403 }, 404) }),
  'POST /teams/{id}/assignments': (ids) => ({
    path: `/teams/${ids.actTeam}/assignments`,
    body: { date: '2026-01-05', courseId: ids.course, userId: ids.matrixUser },
    expect: by({ act: 422, admin: 403 }, 404),
  }),
  'DELETE /teams/{id}/assignments/{assignmentId}': (ids) => ({ path: `/teams/${ids.actTeam}/assignments/${ids.matrixUser}`, expect: by({ admin: 403 }, 404) }),
  'POST /teams/{id}/decisions': (ids) => ({
    path: `/teams/${ids.actTeam}/decisions`,
    body: { date: '2026-01-05', text: 'Matrix', authorityUserId: ids.matrixUser },
    expect: by({ act: 422, admin: 403 }, 404),
  }),
  // Henrik Bach is not in crisis: confirming it changes nothing.
  'PUT /teams/{id}/crisis/{courseId}': (ids) => ({ path: `/teams/${ids.actTeam}/crisis/${ids.actCourse}`, body: { inCrisis: false }, expect: by({ act: 200, admin: 403 }, 404) }),
  'GET /method-settings': (ids) => ({ path: `/method-settings?organisationId=${ids.demoOrg}`, expect: by({ admin: 200 }, 403) }),
  'PUT /method-settings/{method}': (ids) => ({ path: '/method-settings/act', body: { organisationId: ids.demoOrg, phaseMonths: [3, 3, 3] }, expect: by({ admin: 422 }, 403) }),
  'GET /courses/{id}/icm-plan': (ids) => ({ path: `/courses/${ids.icmCourse}/icm-plan`, expect: by({ cti: 200 }, 404) }),
  'PUT /courses/{id}/icm-plan': (ids) => ({
    path: `/courses/${ids.icmCourse}/icm-plan`,
    body: { coordinatorId: ids.matrixUser, purpose: 'Matrix', services: [], reviewDate: '2030-01-01' },
    expect: by({ cti: 422 }, 404),
  }),

  // FIT and goals. Measurements and goals are read with note access (a leader: 403); writes that pass
  // the access check are refused by validation, except one follow-up on Kirsten Holm's goal by Camilla.
  'GET /instruments': () => ({ path: '/instruments', expect: everyone(200) }),
  'POST /instruments': (ids) => ({
    path: '/instruments',
    body: {
      organisationId: ids.demoOrg,
      key: 'matrix_scale',
      name: { da: 'Matrix', en: 'Matrix' },
      kind: 'session',
      intro: { da: 'Matrix', en: 'Matrix' },
      items: [{ id: 'q1', text: { da: 'Spørgsmål', en: 'Question' }, min: 0, max: 10 }],
      reliableChange: 2,
    },
    expect: by({ admin: 201 }, 403),
  }),
  // Correcting the shipped WHO-5 in place would change past scores: refused.
  'PUT /instruments/{key}': (ids) => ({
    path: '/instruments/who5',
    body: {
      organisationId: ids.demoOrg,
      version: 1,
      name: { da: 'WHO-5', en: 'WHO-5' },
      kind: 'outcome',
      intro: { da: 'x', en: 'x' },
      items: [{ id: 'q1', text: { da: 'x', en: 'x' }, min: 0, max: 5 }],
      reliableChange: 10,
    },
    expect: by({ admin: 409 }, 403),
  }),
  'POST /courses/{id}/measurements': (ids) => ({
    path: `/courses/${ids.course}/measurements`,
    body: { instrument: 'who5', mode: 'verbal', answers: { cheerful: 6, calm: 3, active: 3, rested: 3, interest: 3 } },
    expect: by({ vita: 422, yosef: 422, leder: 403 }, 404),
  }),
  'GET /citizens/{id}/measurements': (ids) => ({ path: `/citizens/${ids.citizen}/measurements`, expect: by({ vita: 200, yosef: 200, leder: 403 }, 404) }),
  'GET /citizens/{id}/development': (ids) => ({ path: `/citizens/${ids.citizen}/development`, expect: by({ vita: 200, yosef: 200, leder: 403 }, 404) }),
  'GET /me/alerts': () => ({ path: '/me/alerts', expect: everyone(200) }),
  'GET /outcomes': (ids) => ({ path: `/outcomes?unitId=${ids.skp}`, expect: by({ vita: 200, yosef: 200, leder: 200 }, 403) }),
  'GET /citizens/{id}/goals': (ids) => ({ path: `/citizens/${ids.citizen}/goals`, expect: by({ vita: 200, yosef: 200, leder: 403 }, 404) }),
  'POST /citizens/{id}/goals': (ids) => ({
    path: `/citizens/${ids.citizen}/goals`,
    body: { text: 'Matrix', lifeArea: 'housing', goalType: 'develop', reviewDate: '2030-01-01', actionPlanId: ids.actionPlan },
    expect: by({ vita: 422, yosef: 422, leder: 403 }, 404),
  }),
  'PATCH /goals/{id}': (ids) => ({ path: `/goals/${ids.kirstenGoal}`, body: {}, expect: by({ cti: 200 }, 404) }),
  'POST /goals/{id}/follow-ups': (ids) => ({ path: `/goals/${ids.kirstenGoal}/follow-ups`, body: { rating: 4, note: 'Matrix' }, expect: by({ cti: 201 }, 404) }),
  // Handing the device to the citizen locks the session: a fresh session per principal.
  'POST /auth/lock': (ids) => ({ path: '/auth/lock', body: { courseId: ids.course }, freshSession: true, expect: by({ vita: 200, yosef: 200, leder: 403 }, 404) }),
  'GET /courses/{id}/citizen-chart': (ids) => ({ path: `/courses/${ids.course}/citizen-chart`, expect: by({ vita: 200, yosef: 200, leder: 403 }, 404) }),
  // A wrong password: the session stays valid (403, not 401).
  'POST /auth/confirm': () => ({ path: '/auth/confirm', body: { password: 'forkert-kodeord' }, expect: everyone(403) }),

  // Residential services (seed 004) at Bostedet: bo is staff, peer the peer worker (Ali Rahimi has
  // agreed to work with her), boleder the leader; admin administers the organisation. Everybody else
  // is an outsider (404). Writes that pass the access check are refused by validation or by state
  // (409 on an expired entry, a debriefed episode, a done action …), except harmless additions.
  'GET /citizens/{id}/motivation': (ids) => ({ path: `/citizens/${ids.ali}/motivation`, expect: by({ bo: 200, peer: 200, boleder: 403 }, 404) }),
  'POST /citizens/{id}/motivation': (ids) => ({
    path: `/citizens/${ids.ali}/motivation`,
    body: { what: 'Matrix', noticedOn: '2999-01-01', noticedBy: 'Matrix' },
    expect: by({ bo: 422, peer: 422, boleder: 403 }, 404),
  }),
  'POST /motivation/{id}/acted-on': (ids) => ({ path: `/motivation/${ids.expiredMotivation}/acted-on`, body: { note: 'Matrix' }, expect: by({ bo: 409, peer: 409 }, 404) }),
  'GET /activities': (ids) => ({ path: `/activities?unitId=${ids.bostedet}`, expect: by({ bo: 200, peer: 200, boleder: 200, admin: 403 }, 404) }),
  'POST /activities': (ids) => ({
    path: '/activities',
    body: { unitId: ids.bostedet, title: 'Matrix', setting: 'residence', place: 'Fællesrummet', startsAt: '2030-01-01T10:00:00Z' },
    expect: by({ bo: 201, peer: 201, boleder: 201, admin: 403 }, 404),
  }),
  'POST /activities/{id}/participation': (ids) => ({
    path: `/activities/${ids.pastActivity}/participation`,
    body: { citizenId: ids.ali, status: 'attended' },
    expect: by({ bo: 200, peer: 200, boleder: 200 }, 404),
  }),
  'GET /citizens/{id}/harm-reduction': (ids) => ({ path: `/citizens/${ids.ali}/harm-reduction`, expect: by({ bo: 200, peer: 403, boleder: 403 }, 404) }),
  'PUT /citizens/{id}/harm-reduction': (ids) => ({
    path: `/citizens/${ids.ali}/harm-reduction`,
    body: {
      areas: Object.fromEntries(['physical', 'psychological', 'social', 'economic'].map((a) => [a, { consequences: '', measures: '' }])),
      measures: [{ text: 'Stop', area: 'physical', abstinence: true }],
      residentWantsAbstinence: false,
      madeWithResident: true,
    },
    expect: by({ bo: 422, peer: 403, boleder: 403 }, 404),
  }),
  'GET /units/{id}/peer-role': (ids) => ({ path: `/units/${ids.bostedet}/peer-role`, expect: by({ bo: 200, peer: 200, boleder: 200, admin: 200 }, 404) }),
  'PUT /units/{id}/peer-role': (ids) => ({ path: `/units/${ids.bostedet}/peer-role`, body: ids.peerRole, expect: by({ boleder: 200, admin: 200, bo: 403, peer: 403 }, 404) }),
  'GET /citizens/{id}/peer-agreements': (ids) => ({ path: `/citizens/${ids.ali}/peer-agreements`, expect: by({ bo: 200, peer: 200, boleder: 200 }, 404) }),
  'POST /citizens/{id}/peer-agreements': (ids) => ({
    path: `/citizens/${ids.ali}/peer-agreements`,
    body: { peerUserId: ids.peerUser, agreedOn: '2026-01-01', form: 'oral' },
    expect: by({ bo: 409, peer: 403, boleder: 403 }, 404),
  }),
  // Withdrawn already: the peer no longer sees the resident (404); the leader sees but may not (403).
  'POST /peer-agreements/{id}/withdraw': (ids) => ({ path: `/peer-agreements/${ids.withdrawnAgreement}/withdraw`, expect: by({ bo: 409, boleder: 403 }, 404) }),
  'GET /units/{id}/handover': (ids) => ({ path: `/units/${ids.bostedet}/handover`, expect: by({ bo: 200, peer: 200, boleder: 403, admin: 403 }, 404) }),
  'GET /episodes': (ids) => ({ path: `/episodes?unitId=${ids.bostedet}`, expect: by({ bo: 200, boleder: 200, peer: 403, admin: 403 }, 404) }),
  'POST /episodes': (ids) => ({
    path: '/episodes',
    body: { unitId: ids.bostedet, occurredAt: '2999-01-01T10:00:00Z', location: 'Matrix', type: 'threat', severity: 'minor', description: 'Matrix', actionsTaken: 'Matrix', anyoneHurt: false, people: [{ kind: 'other', description: 'Matrix' }] },
    expect: by({ bo: 422, boleder: 403, peer: 403, admin: 403 }, 404),
  }),
  'POST /episodes/{id}/debrief': (ids) => ({
    path: `/episodes/${ids.debriefedEpisode}/debrief`,
    body: { heldOn: '2026-01-01', participants: 'Matrix', summary: 'Matrix', learning: 'Matrix' },
    expect: by({ bo: 409, boleder: 403 }, 404),
  }),
  'POST /episode-actions/{id}/done': (ids) => ({ path: `/episode-actions/${ids.doneAction}/done`, expect: by({ bo: 409, boleder: 403 }, 404) }),
  'GET /units/{id}/episodes/trend': (ids) => ({ path: `/units/${ids.bostedet}/episodes/trend`, expect: by({ bo: 200, boleder: 200, peer: 403, admin: 403 }, 404) }),
  'GET /units/{id}/staff-wellbeing': (ids) => ({ path: `/units/${ids.bostedet}/staff-wellbeing`, expect: by({ bo: 200, peer: 200, boleder: 200, admin: 403 }, 404) }),
  'POST /units/{id}/staff-wellbeing': (ids) => ({ path: `/units/${ids.bostedet}/staff-wellbeing`, body: { answers: { cheerful: 3 } }, expect: by({ bo: 422, peer: 422, boleder: 422, admin: 403 }, 404) }),
  'GET /collaboration-meetings': (ids) => ({ path: `/collaboration-meetings?unitId=${ids.bostedet}`, expect: by({ bo: 200, boleder: 200, peer: 403, admin: 403 }, 404) }),
  'POST /collaboration-meetings': (ids) => ({
    path: '/collaboration-meetings',
    body: { unitId: ids.bostedet, kind: 'internal', heldOn: '2999-01-01', topic: 'Matrix', participants: [{ name: 'Matrix', external: false }] },
    expect: by({ bo: 422, boleder: 403, peer: 403, admin: 403 }, 404),
  }),
  'GET /units/{id}/collaboration-models': (ids) => ({ path: `/units/${ids.bostedet}/collaboration-models`, expect: by({ bo: 200, peer: 200, boleder: 200, admin: 200 }, 404) }),
  'POST /units/{id}/collaboration-models': (ids) => ({
    path: `/units/${ids.bostedet}/collaboration-models`,
    body: { title: 'Matrix', body: 'Matrix', validFrom: '2026-01-01' },
    expect: by({ boleder: 201, admin: 201, bo: 403, peer: 403 }, 404),
  }),
  'GET /units/{id}/specialist-team': (ids) => ({ path: `/units/${ids.bostedet}/specialist-team`, expect: by({ bo: 200, peer: 200, boleder: 200, admin: 200 }, 404) }),
  // Re-sends bo's competences as they are.
  'POST /units/{id}/specialist-team': (ids) => ({
    path: `/units/${ids.bostedet}/specialist-team`,
    body: { userId: ids.boUser, competences: ['Misbrug', 'Motivationssamtalen'] },
    expect: by({ boleder: 200, admin: 200, bo: 403, peer: 403 }, 404),
  }),
  'GET /specialist-requests': (ids) => ({ path: `/specialist-requests?unitId=${ids.bostedet}`, expect: by({ bo: 200, peer: 200, boleder: 403, admin: 403 }, 404) }),
  'POST /specialist-requests': (ids) => ({
    path: '/specialist-requests',
    body: { citizenId: ids.ali, unitId: ids.bostedet, question: 'Matrix: hvordan støtter vi bedst?' },
    expect: by({ bo: 201, peer: 403, boleder: 403 }, 404),
  }),
  'POST /specialist-requests/{id}/advice': (ids) => ({ path: `/specialist-requests/${ids.advisedRequest}/advice`, body: { advice: 'Matrix' }, expect: by({ bo: 409, peer: 409 }, 404) }),
  'POST /specialist-requests/{id}/follow-up': (ids) => ({ path: `/specialist-requests/${ids.closedRequest}/follow-up`, body: { followUp: 'Matrix' }, expect: by({ bo: 409, peer: 403 }, 404) }),

  // Results-based management: indicators (the unit's staff and leader in full; the organisation's
  // administrator and the auditor with small numbers hidden and no drill-down) and theories of change.
  'GET /indicators': () => ({ path: '/indicators', expect: everyone(200) }),
  'GET /indicators/{key}': (ids) => ({ path: `/indicators/daysToFirstContact?unitId=${ids.skp}`, expect: by({ vita: 200, yosef: 200, leder: 200, admin: 200, dpo: 200 }, 404) }),
  'GET /dashboards/{unitId}': (ids) => ({ path: `/dashboards/${ids.skp}`, expect: by({ vita: 200, yosef: 200, leder: 200, admin: 200, dpo: 200 }, 404) }),
  'GET /indicators/{key}/courses': (ids) => ({ path: `/indicators/daysToFirstContact/courses?unitId=${ids.skp}`, expect: by({ vita: 200, yosef: 200, leder: 200, admin: 403, dpo: 403 }, 404) }),
  // Exports and the status report: as the indicators (small numbers always suppressed in them).
  'GET /exports/indicators.csv': (ids) => ({ path: `/exports/indicators.csv?unitId=${ids.skp}`, expect: by({ vita: 200, yosef: 200, leder: 200, admin: 200, dpo: 200 }, 404) }),
  'GET /exports/indicators.xlsx': (ids) => ({ path: `/exports/indicators.xlsx?unitId=${ids.skp}`, expect: by({ vita: 200, yosef: 200, leder: 200, admin: 200, dpo: 200 }, 404) }),
  'GET /reports/{unitId}.pdf': (ids) => ({ path: `/reports/${ids.skp}.pdf`, expect: by({ vita: 200, yosef: 200, leder: 200, admin: 200, dpo: 200 }, 404) }),
  'GET /theories-of-change': (ids) => ({ path: `/theories-of-change?unitId=${ids.skp}&method=outreach`, expect: by({ admin: 200, vita: 200, yosef: 200, leder: 200 }, 404) }),
  'GET /theories-of-change/{id}': (ids) => ({ path: `/theories-of-change/${ids.theory}`, expect: by({ admin: 200, vita: 200, yosef: 200, leder: 200 }, 404) }),
  // The unit already has its outreach theory: its leader and the administrator get 409, staff 403.
  'POST /theories-of-change': (ids) => ({
    path: '/theories-of-change',
    body: { unitId: ids.skp, method: 'outreach', title: 'Matrix', elements: [{ id: 'a', column: 'resources', text: 'Matrix', indicator: null }], links: [] },
    expect: by({ admin: 409, leder: 409, vita: 403, yosef: 403 }, 404),
  }),
  // An edit from version 1, which is stale.
  'PUT /theories-of-change/{id}': (ids) => ({
    path: `/theories-of-change/${ids.theory}`,
    body: { version: 1, title: 'Matrix', elements: [{ id: 'a', column: 'resources', text: 'Matrix', indicator: null }], links: [] },
    expect: by({ admin: 409, leder: 409, vita: 403, yosef: 403 }, 404),
  }),

  'GET /audit': () => ({ path: '/audit', expect: by({ dpo: 200 }, 403) }),
  'GET /audit/export': () => ({ path: '/audit/export', expect: by({ dpo: 200 }, 403) }),
  // Verifying the chain reveals no content: auditors and administrators may run it.
  'GET /audit/verify': () => ({ path: '/audit/verify', expect: by({ dpo: 200, admin: 200 }, 403) }),
};
