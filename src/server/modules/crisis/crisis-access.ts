import { sql, type SQL } from 'drizzle-orm';
import type { Scope } from '../../access/scope';
import { uuidArray } from '../../db/sql';
import { visibleCourseSql } from '../courses/course-access';

/**
 * Who sees what of the crisis pathway. Everything hangs on the two courses, so access ends with
 * them (plus the grace period) as everywhere else:
 * - a course is *readable* when it is visible and the user reads its notes (note.read in its unit,
 *   or responsible on it): the social mentor on the pathway course, the center on the stay course,
 *   the case officer of the mentor's unit;
 * - the crisis center's staff also see a request addressed to them while it waits for a decision,
 *   and for the grace period after they declined it or it was withdrawn;
 * - the spotter sees only the status of their own spottings (see spottings.service).
 */
export function readableCourseSql(s: Scope, courseId: SQL): SQL {
  return sql`exists (select 1 from courses c where c.id = ${courseId} and ${visibleCourseSql(s, 'c')}
    and (c.unit_id = any(${uuidArray(s.access.unitsWith('note.read'))})
         or exists (select 1 from course_workers w where w.course_id = c.id and w.user_id = ${s.access.actor.userId})))`;
}

/** Organisations in which the user is crisis-center staff (may open a stay course). */
export const centerOrgs = (s: Scope) => [...new Set(s.access.actor.memberships.filter((m) => m.unitId && s.access.has('course.create', m.unitId)).map((m) => m.organisationId))];
/** Organisations in which the user is a social mentor. */
export const mentorOrgs = (s: Scope) => s.access.organisationsWith('crisis.mentor');

/**
 * A request is visible when one of its courses is readable, or — to the crisis center it was sent
 * to — while it waits for a decision and for the grace period after it was declined or withdrawn.
 */
export function requestVisibleSql(s: Scope): SQL {
  return sql`((crisis_requests.crisis_center_org_id = any(${uuidArray(centerOrgs(s))})
      and (crisis_requests.status = 'requested'
           or coalesce(crisis_requests.decided_at, crisis_requests.withdrawn_at) > now() - make_interval(days => ${s.config.accessGraceDays}::int)))
    or ${readableCourseSql(s, sql`crisis_requests.pathway_course_id`)}
    or ${readableCourseSql(s, sql`crisis_requests.stay_course_id`)})`;
}

/** The social mentor's full view of a spotting: a mentor of its municipality who reads its pathway course. */
export function spottingFullViewSql(s: Scope): SQL {
  return sql`(spottings.organisation_id = any(${uuidArray(mentorOrgs(s))}) and ${readableCourseSql(s, sql`spottings.course_id`)})`;
}
