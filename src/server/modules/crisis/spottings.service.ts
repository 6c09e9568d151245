import type { z } from 'zod';
import type { ScreeningBody, Spotting, SpottingCreate } from '../../../shared/schemas/crisis';
import { allowedCitizenIds } from '../../access/citizen-access';
import { inTransaction, type Scope } from '../../access/scope';
import { newId } from '../../db/ids';
import { AppError, forbidden, invalid, notFound } from '../../http/problem';
import { findValidAgreementsOf } from '../agreements/agreements.repo';
import { endCourse, findCourse } from '../courses/courses.repo';
import { openCourse } from '../courses/courses.service';
import { insertCitizen } from '../citizens/citizens.repo';
import { userNames } from '../outreach/outreach.repo';
import { findPlace } from '../places/places.repo';
import { inFuture, today } from '../outreach/dates';
import { recordTick } from './checklists.service';
import { requestVisibleSql, spottingFullViewSql } from './crisis-access';
import { citizenCards, findRequests, findSocialMentors, findSpottings, insertSpotting, lockKey, unitOfRole, updateSpotting, type SpottingRow } from './crisis.repo';
import { requireActive } from '../outreach/outreach.service';

type SpottingDto = z.infer<typeof Spotting>;

/** The social mentor who takes over a spotting: the one named in a valid agreement, else any. */
async function mentorFor(s: Scope, organisationId: string): Promise<{ userId: string; unitId: string }> {
  for (const a of await findValidAgreementsOf(s.db, organisationId, today())) {
    const unitId = await unitOfRole(s.db, a.socialMentorUserId, organisationId, 'social_mentor');
    if (unitId) return { userId: a.socialMentorUserId, unitId };
  }
  const any = (await findSocialMentors(s.db, organisationId)).find((m) => m.unitId);
  if (!any) throw new AppError(409, 'no_social_mentor');
  return { userId: any.userId, unitId: any.unitId! };
}

type Listed = { spotting: SpottingRow; full: boolean };

/** The mentor's full view where `full` (see crisis-access); the spotter's status view of their own otherwise. */
async function toSpottings(s: Scope, rows: Listed[]): Promise<SpottingDto[]> {
  const full = rows.filter((r) => r.full).map((r) => r.spotting);
  const cards = await citizenCards(s.db, full.map((r) => r.citizenId));
  const names = await userNames(s, [...new Set(rows.flatMap(({ spotting: r }) => [r.spottedBy, ...(r.screening ? [r.screening.byUserId] : [])]))]);
  const requests = full.length ? await findRequests(s.db, requestVisibleSql(s)) : [];
  if (full.length) {
    await s.audit(
      full.map((r) => ({ action: 'spotting.read' as const, citizenId: r.citizenId, courseId: r.courseId, organisationId: r.organisationId, context: { spottingIds: [r.id] } })),
    );
  }
  return rows.map(({ spotting: r, full: mentor }) => ({
    id: r.id,
    spottedAt: r.spottedAt.toISOString(),
    spottedBy: { id: r.spottedBy, displayName: names.get(r.spottedBy) ?? '' },
    place: r.place,
    placeId: r.placeId,
    lifeThreatening: r.lifeThreatening,
    status: r.status as SpottingDto['status'],
    statusAt: r.statusAt.toISOString(),
    seen: mentor || r.spottedBy === s.access.actor.userId ? r.seen : null,
    citizen: mentor ? { id: r.citizenId, displayName: cards.get(r.citizenId)?.displayName ?? '' } : null,
    courseId: mentor ? r.courseId : null,
    screening:
      mentor && r.screening
        ? {
            items: r.screening.items,
            assessment: r.screening.assessment,
            inTargetGroup: r.screening.inTargetGroup,
            by: { id: r.screening.byUserId, displayName: names.get(r.screening.byUserId) ?? '' },
            at: r.screening.at,
          }
        : null,
    requestId: mentor ? (requests.find((q) => q.spottingId === r.id)?.id ?? null) : null,
  }));
}

/**
 * A spotter registers a citizen in acute crisis. It opens the social mentor's crisis pathway course
 * (the mentor is responsible from then on); the spotter sees the status and nothing of the record.
 */
export function createSpotting(scope: Scope, body: z.infer<typeof SpottingCreate>) {
  return inTransaction(scope, async (s) => {
    const organisationId = s.access.organisationsWith('spotting.create')[0];
    if (!organisationId) throw forbidden();
    const spottedAt = body.spottedAt ? new Date(body.spottedAt) : new Date();
    if (inFuture(spottedAt)) throw invalid('spottedAt', 'in_future');
    let placeText = body.place ?? null;
    if (body.placeId) {
      const place = await findPlace(s.db, body.placeId);
      if (!place || place.organisationId !== organisationId) throw invalid('placeId', 'invalid_value');
      placeText ??= place.name;
    }
    const mentor = await mentorFor(s, organisationId);
    let citizenId = body.citizenId;
    if (citizenId) {
      if (!(await allowedCitizenIds(s, [citizenId])).has(citizenId)) throw invalid('citizenId', 'invalid_value');
    } else {
      if (!body.alias) throw invalid('alias', 'required');
      citizenId = newId();
      await insertCitizen(s, {
        id: citizenId,
        organisationId,
        kind: 'unidentified',
        alias: body.alias,
        description: body.description ?? null,
        place: placeText,
        ownWords: { whatMatters: '', hopesAndDreams: '', wantHelpWith: '', doNotWant: '' },
        safetyNotes: [],
      });
    }
    const courseId = await openCourse(s, { citizenId, organisationId, unitId: mentor.unitId, method: 'crisis_pathway', responsibleIds: [mentor.userId] });
    const id = newId();
    await insertSpotting(s.db, {
      id,
      organisationId,
      citizenId,
      courseId,
      spottedBy: s.access.actor.userId,
      spottedAt,
      placeId: body.placeId ?? null,
      place: placeText,
      seen: body.seen,
      lifeThreatening: body.lifeThreatening,
      status: 'awaiting_screening',
      statusAt: new Date(),
    });
    await s.audit([{ action: 'spotting.create', citizenId, courseId, organisationId, context: { spottingId: id } }]);
    await recordTick(s, { id: courseId, citizenId, organisationId }, 'spotting.registered', true);
    return getSpotting(s, id);
  });
}

export async function listSpottings(scope: Scope) {
  if (!scope.access.has('spotting.create') && !scope.access.has('crisis.mentor')) throw forbidden();
  return inTransaction(scope, async (s) => ({ items: await toSpottings(s, await findSpottings(s.db, s.access.actor.userId, spottingFullViewSql(s))) }));
}

/** A spotting the caller registered or sees in full, else 404. */
async function visibleSpotting(s: Scope, id: string): Promise<Listed> {
  const [row] = await findSpottings(s.db, s.access.actor.userId, spottingFullViewSql(s), id);
  if (!row) throw notFound();
  return row;
}

export function getSpotting(scope: Scope, id: string) {
  return inTransaction(scope, async (s) => (await toSpottings(s, [await visibleSpotting(s, id)]))[0]);
}

/**
 * The social mentor's target-group screening. It must not sort out citizens who are hard to help;
 * outside the target group the pathway course ends with that reason.
 */
export function screenSpotting(scope: Scope, id: string, body: z.infer<typeof ScreeningBody>) {
  return inTransaction(scope, async (s) => {
    await lockKey(s.db, `spotting:${id}`);
    const { spotting: row, full } = await visibleSpotting(s, id);
    if (!full) throw forbidden();
    if (row.screening) throw new AppError(409, 'already_screened');
    const pathway = await findCourse(s.db, row.courseId);
    requireActive(pathway);
    const now = new Date();
    const items = Object.fromEntries(Object.entries(body.items).filter(([, v]) => v !== undefined)) as Record<string, boolean>;
    await updateSpotting(s.db, id, {
      screening: { items, assessment: body.assessment, inTargetGroup: body.inTargetGroup, byUserId: s.access.actor.userId, at: now.toISOString() },
      status: body.inTargetGroup ? 'in_target_group' : 'not_in_target_group',
      statusAt: now,
    });
    await s.audit([{ action: 'spotting.screen', citizenId: row.citizenId, courseId: row.courseId, organisationId: row.organisationId, context: { spottingId: id, inTargetGroup: body.inTargetGroup } }]);
    const course = { id: row.courseId, citizenId: row.citizenId, organisationId: row.organisationId };
    await recordTick(s, course, 'screening.screened', true);
    if (!body.inTargetGroup) await endCourse(s, pathway, { status: 'completed', endedAt: now, endReason: 'not_in_target_group', closingSummary: body.assessment });
    return getSpotting(s, id);
  });
}
