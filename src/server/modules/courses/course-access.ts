import { sql, type SQL } from 'drizzle-orm';
import type { Scope } from '../../access/scope';
import { readableCourseSql } from '../../access/citizen-access';

/**
 * A course is visible when its unit is one where the user may read citizens and the citizen is
 * visible (see citizen-access), or when the user holds a break-the-glass grant for its citizen and
 * the course is held by the grant's organisation (a grant never opens another organisation's course).
 * `alias` is the SQL alias of the courses table in the surrounding query.
 */
export function visibleCourseSql(scope: Scope, alias = 'courses'): SQL {
  const a = sql.raw(alias);
  const grace = scope.config.accessGraceDays;
  return sql`(
    (${readableCourseSql(scope, alias)}
      and exists (select 1 from courses v where v.citizen_id = ${a}.citizen_id and ${readableCourseSql(scope, 'v')}
                   and (v.status = 'active' or v.ended_at > now() - make_interval(days => ${grace}::int))))
    or exists (select 1 from access_grants g where g.citizen_id = ${a}.citizen_id and g.organisation_id = ${a}.organisation_id
                and g.user_id = ${scope.access.actor.userId} and g.expires_at > now())
  )`;
}
