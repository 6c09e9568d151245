import { and, desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { MethodSettings, MethodSettingsBody } from '../../../shared/schemas/teams';
import { inTransaction, type Scope } from '../../access/scope';
import type { Db } from '../../db/client';
import { methodSettings } from '../../db/schema';
import { conflict, forbidden, invalid, notFound } from '../../http/problem';
import { deploymentDefaults, effectiveMethod, findMethod, methodModels, type MethodModel, type MethodSettingValues } from '../../methods';
import type { CourseRow } from '../courses/courses.repo';
import { lockKey } from '../crisis/crisis.repo';
import { userNames } from '../outreach/outreach.repo';

type Dto = z.infer<typeof MethodSettings>;
type Values = MethodSettingValues;

/** The settings a method takes: its defaults' keys (a method without norms takes none). */
const settable = (m: MethodModel, s: Scope) => Object.keys(deploymentDefaults(m, s.config)) as (keyof Values)[];
const configurable = (s: Scope) => methodModels.filter((m) => settable(m, s).length > 0);

/** A municipality's settings for a method: a given version, or the latest (version 0 = none recorded). */
export async function findSettings(db: Db, organisationId: string, method: string, version?: number | null) {
  if (version === null) return undefined;
  const where = [eq(methodSettings.organisationId, organisationId), eq(methodSettings.method, method)];
  if (version !== undefined) where.push(eq(methodSettings.version, version));
  const [row] = await db.select().from(methodSettings).where(and(...where)).orderBy(desc(methodSettings.version)).limit(1);
  return row;
}

/** The method a course follows: the model with the settings version it started under. */
export async function methodOfCourse(s: Scope, course: CourseRow): Promise<MethodModel | undefined> {
  const model = findMethod(course.method);
  if (!model) return undefined;
  const row = await findSettings(s.db, course.organisationId, course.method, course.settingsVersion);
  return effectiveMethod(model, s.config, (row?.settings ?? {}) as Values);
}

/** The method in force in an organisation now, and the settings version a new course records. */
export async function methodInForce(s: Scope, organisationId: string, model: MethodModel) {
  const row = await findSettings(s.db, organisationId, model.id);
  return { method: effectiveMethod(model, s.config, (row?.settings ?? {}) as Values), settingsVersion: row?.version ?? null };
}

/** GET /methods: the models with the settings in force in the caller's (first) organisation. */
export async function methodsInForce(scope: Scope, organisationId?: string) {
  const org = organisationId ?? scope.access.actor.memberships[0]?.organisationId;
  if (organisationId && !scope.access.actor.memberships.some((m) => m.organisationId === organisationId)) throw notFound();
  const items: MethodModel[] = [];
  for (const m of methodModels) items.push(org ? (await methodInForce(scope, org, m)).method : effectiveMethod(m, scope.config));
  return { items };
}

async function toDto(s: Scope, organisationId: string, m: MethodModel): Promise<Dto> {
  const row = await findSettings(s.db, organisationId, m.id);
  const values = (row?.settings ?? {}) as Values;
  const names = await userNames(s, row ? [row.byUserId] : []);
  return {
    organisationId,
    method: m.id,
    version: row?.version ?? 0,
    settings: values,
    effective: { ...deploymentDefaults(m, s.config), ...values },
    by: row ? { id: row.byUserId, displayName: names.get(row.byUserId) ?? '' } : null,
    at: row?.at.toISOString() ?? null,
  };
}

function requireAdmin(s: Scope, organisationId: string) {
  if (!s.access.organisationsWith('admin.manage').includes(organisationId)) throw forbidden();
}

export function listMethodSettings(scope: Scope, organisationId: string) {
  return inTransaction(scope, async (s) => {
    requireAdmin(s, organisationId);
    const items: Dto[] = [];
    for (const m of configurable(s)) items.push(await toDto(s, organisationId, m));
    return { items };
  });
}

/**
 * Saves a new version of a method's settings — the whole set: a field left out returns to the
 * default. Courses already running keep the version they began under.
 */
export function saveMethodSettings(scope: Scope, methodId: string, body: z.infer<typeof MethodSettingsBody>) {
  return inTransaction(scope, async (s) => {
    requireAdmin(s, body.organisationId);
    const model = configurable(s).find((m) => m.id === methodId);
    if (!model) throw notFound();
    const { organisationId, baseVersion, ...values } = body;
    const allowed = settable(model, s);
    for (const key of Object.keys(values)) if (!allowed.includes(key as keyof Values)) throw invalid(key, 'not_applicable');
    await lockKey(s.db, `method-settings:${organisationId}:${methodId}`);
    const latest = await findSettings(s.db, organisationId, methodId);
    if (baseVersion !== undefined && baseVersion !== (latest?.version ?? 0)) throw conflict('stale_version');
    const version = (latest?.version ?? 0) + 1;
    await s.db.insert(methodSettings).values({ organisationId, method: methodId, version, settings: values, byUserId: s.access.actor.userId, at: new Date() });
    await s.audit([{ action: 'methodSettings.update', citizenId: null, organisationId, context: { method: methodId, version } }]);
    return toDto(s, organisationId, model);
  });
}
