import { containsPattern } from '../../db/sql';
import { and, asc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { looksLikeCpr, parseCpr } from '../../../shared/cpr';
import type { Scope } from '../../access/scope';
import { readableCourseSql, uuidArray, visibleCitizenIdsSql } from '../../access/citizen-access';
import { citizens, courses, courseWorkers, units, users } from '../../db/schema';
import { visibleCourseSql } from '../courses/course-access';

export type CitizenRow = typeof citizens.$inferSelect;
export type CitizenInsert = typeof citizens.$inferInsert;

export async function insertCitizen(scope: Scope, values: CitizenInsert): Promise<void> {
  await scope.db.insert(citizens).values(values);
  await scope.audit([{ action: 'citizen.create', citizenId: values.id!, organisationId: values.organisationId, context: {} }]);
}

/** Reads one citizen the caller may see (checked by the caller) and logs the read. */
export async function readCitizen(scope: Scope, id: string, purpose: string): Promise<CitizenRow | undefined> {
  const [row] = await scope.db.select().from(citizens).where(eq(citizens.id, id));
  if (row) await scope.audit([{ action: 'citizen.read', citizenId: id, organisationId: row.organisationId, context: { purpose } }]);
  return row;
}

export async function updateCitizen(scope: Scope, row: CitizenRow, patch: Partial<CitizenInsert>, fields: string[]) {
  await scope.db
    .update(citizens)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(citizens.id, row.id));
  await scope.audit([{ action: 'citizen.update', citizenId: row.id, organisationId: row.organisationId, context: { fields } }]);
}

export type CitizenSearch = { q?: string; mine?: boolean; unitId?: string; page: number; pageSize: number };


/**
 * Searches the citizens visible to the caller; logs one row per citizen returned (or one for none).
 * Query shape (issue 9): the candidates are collected first — the caller's visible citizens, and for
 * "mine" or a unit the citizens of those courses — as id arrays, so the citizens table is read by
 * key for those ids only, never scanned whole; the total comes with the page (a window count) and
 * each row's last activity is looked up for the page's rows only.
 */
export async function searchCitizens(scope: Scope, search: CitizenSearch) {
  const conditions: SQL[] = [sql`${citizens.id} = any(array${visibleCitizenIdsSql(scope)})`];
  if (search.q) {
    const like = containsPattern(search.q);
    const cpr = looksLikeCpr(search.q) ? parseCpr(search.q) : null;
    conditions.push(
      or(
        ilike(citizens.name, like),
        ilike(citizens.alias, like),
        ilike(citizens.place, like),
        ilike(citizens.description, like),
        // Matching by CPR number is reading it: only where the user may see CPR numbers.
        ...(cpr ? [and(eq(citizens.cprHash, scope.cpr.hash(cpr.normalized)), sql`${citizens.id} in ${visibleCitizenIdsSql(scope, 'citizen.readCpr')}`)!] : []),
      )!,
    );
  }
  if (search.mine || search.unitId) {
    const unit = search.unitId ? sql`and c.unit_id = ${search.unitId}` : sql``;
    // Mine: active courses I am responsible for, or — for a peer worker — residents who agreed to work with me.
    const me = scope.access.actor.userId;
    const ids = search.mine
      ? sql`select c.citizen_id from courses c
             where c.id = any(array(select w.course_id from course_workers w where w.user_id = ${me})) and c.status = 'active' ${unit}
            union
            select c.citizen_id from peer_agreements pa join courses c on c.citizen_id = pa.citizen_id and c.unit_id = pa.unit_id
             where pa.peer_user_id = ${me} and pa.withdrawn_at is null and c.status = 'active' ${unit}`
      : sql`select c.citizen_id from courses c where c.status = 'active' ${unit}`;
    conditions.push(sql`${citizens.id} = any(array(${ids}))`);
  }
  const where = and(...conditions)!;
  const displayName = sql`coalesce(${citizens.name}, ${citizens.alias}, '')`;
  const res = (await scope.db.execute(sql`
    select p.id, p.kind, p."organisationId", p."displayName", p.total,
           greatest(p.updated_at, (select max(n.created_at) from case_notes n where n.citizen_id = p.id),
                    (select max(c.updated_at) from courses c where c.citizen_id = p.id)) as "lastActivityAt"
      from (select ${citizens.id}, ${citizens.kind}, ${citizens.organisationId} as "organisationId", ${displayName} as "displayName",
                   ${citizens.updatedAt}, (count(*) over ())::int as total
              from ${citizens}
             where ${where}
             order by lower(${displayName}), ${citizens.id}
             limit ${search.pageSize} offset ${(search.page - 1) * search.pageSize}) p
     order by lower(p."displayName"), p.id`)) as unknown as {
    rows: { id: string; kind: string; organisationId: string; displayName: string; total: number; lastActivityAt: string | Date }[];
  };
  const rows = res.rows;
  // A page past the end has no rows to carry the total: count on its own then.
  const total = rows[0]?.total ?? (search.page > 1 ? ((await scope.db.execute(sql`select count(*)::int as n from ${citizens} where ${where}`)) as unknown as { rows: { n: number }[] }).rows[0].n : 0);

  // A CPR number is never written to the log in clear: it is logged as its keyed hash.
  const cprQuery = search.q && looksLikeCpr(search.q) ? parseCpr(search.q) : null;
  const q = cprQuery ? { cprHash: scope.cpr.hash(cprQuery.normalized) } : { q: search.q ?? null };
  const criterion = { ...q, mine: Boolean(search.mine), unitId: search.unitId ?? null, page: search.page };
  const context = { criterion, resultCount: total };
  const orgs = [...new Set([...scope.access.organisationsWith('citizen.read'), ...scope.access.organisationsWith('citizen.readAgreed')])];
  await scope.audit(
    rows.length
      ? rows.map((r) => ({ action: 'citizen.search' as const, citizenId: r.id, organisationId: r.organisationId, context }))
      : orgs.slice(0, 1).map((organisationId) => ({ action: 'citizen.search' as const, citizenId: null, organisationId, context })),
  );
  return { rows, total };
}

export type CourseSummary = {
  id: string;
  citizenId: string;
  method: string;
  phase: string;
  status: string;
  unitId: string;
  unitName: string;
  responsible: { id: string; displayName: string }[];
};

/** The visible courses of the given citizens, with their units and responsible workers. */
export async function findCourseSummaries(scope: Scope, citizenIds: string[]): Promise<CourseSummary[]> {
  if (citizenIds.length === 0) return [];
  const rows = await scope.db
    .select({
      id: courses.id,
      citizenId: courses.citizenId,
      method: courses.method,
      phase: courses.phase,
      status: courses.status,
      unitId: courses.unitId,
      unitName: units.name,
    })
    .from(courses)
    .innerJoin(units, eq(units.id, courses.unitId))
    .where(and(sql`${courses.citizenId} = any(${uuidArray(citizenIds)})`, visibleCourseSql(scope)))
    .orderBy(asc(courses.startDate));
  const workers = await findResponsible(scope, rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, responsible: workers.get(r.id) ?? [] }));
}

export async function findResponsible(scope: Scope, courseIds: string[]) {
  const map = new Map<string, { id: string; displayName: string }[]>();
  if (courseIds.length === 0) return map;
  const rows = await scope.db
    .select({ courseId: courseWorkers.courseId, id: users.id, displayName: users.displayName })
    .from(courseWorkers)
    .innerJoin(users, eq(users.id, courseWorkers.userId))
    .where(inArray(courseWorkers.courseId, courseIds))
    .orderBy(asc(users.displayName));
  for (const r of rows) map.set(r.courseId, [...(map.get(r.courseId) ?? []), { id: r.id, displayName: r.displayName }]);
  return map;
}

/** Units of the citizen's courses through which the caller sees the citizen. */
export async function findAccessUnits(scope: Scope, citizenId: string): Promise<string[]> {
  const grace = scope.config.accessGraceDays;
  const rows = await scope.db
    .select({ unitId: courses.unitId })
    .from(courses)
    .where(
      and(
        eq(courses.citizenId, citizenId),
        readableCourseSql(scope, 'courses'),
        sql`(${courses.status} = 'active' or ${courses.endedAt} > now() - make_interval(days => ${grace}::int))`,
      ),
    );
  return [...new Set(rows.map((r) => r.unitId))];
}
