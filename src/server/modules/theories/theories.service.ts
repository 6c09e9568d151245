import type { z } from 'zod';
import type { Permission } from '../../../shared/access/roles';
import { theoryColumns, theoryMethods, type Theory, type TheoryContent, type TheoryCreate, type TheoryUpdate } from '../../../shared/schemas/theories';
import { inTransaction, type Scope } from '../../access/scope';
import { newId } from '../../db/ids';
import { AppError, conflict, forbidden, notFound } from '../../http/problem';
import { defaultTheory } from '../../seed/default-theories';
import { today } from '../outreach/dates';
import { userNames } from '../outreach/outreach.repo';
import * as repo from './theories.repo';

type Dto = z.infer<typeof Theory>;
type Method = (typeof theoryMethods)[number];

/**
 * Who may read a unit's theories of change: its members who work with it — the leader
 * (caseload.unit), staff (note.read: workers, case officers, social mentors) and peers
 * (citizen.readAgreed) — and the organisation's administrator. A spotter, an auditor and anyone
 * outside the unit get 404. Writing is for the unit's leader and the organisation's administrator.
 */
const readers: Permission[] = ['caseload.unit', 'note.read', 'citizen.readAgreed'];

type UnitAccess = { unit: repo.UnitRow; canEdit: boolean };

async function unitAccess(s: Scope, unitId: string): Promise<UnitAccess> {
  const unit = await repo.findUnit(s.db, unitId);
  if (!unit) throw notFound();
  const admin = s.access.organisationsWith('admin.manage').includes(unit.organisationId);
  if (!admin && !readers.some((p) => s.access.has(p, unitId))) throw notFound();
  return { unit, canEdit: admin || s.access.has('caseload.unit', unitId) };
}

function requireEdit(a: UnitAccess) {
  if (!a.canEdit) throw forbidden();
}

const byMethod = (a: { method: string }, b: { method: string }) => theoryMethods.indexOf(a.method as Method) - theoryMethods.indexOf(b.method as Method);

async function toDto(s: Scope, a: UnitAccess, row: repo.TheoryRow, version: repo.VersionRow): Promise<Dto> {
  const names = await userNames(s, [version.byUserId]);
  return {
    id: row.id,
    organisationId: row.organisationId,
    unitId: row.unitId,
    method: row.method as Method,
    isDefault: false,
    version: version.version,
    latestVersion: row.version,
    title: version.title,
    columns: [...theoryColumns],
    elements: version.content.elements as Dto['elements'],
    links: version.content.links,
    updatedBy: { id: version.byUserId, displayName: names.get(version.byUserId) ?? '' },
    updatedAt: version.at.toISOString(),
    canEdit: a.canEdit,
  };
}

function defaultDto(a: UnitAccess, method: Method): Dto | undefined {
  const content = defaultTheory(method, Number(today().slice(0, 4)));
  if (!content) return undefined;
  return {
    id: null,
    organisationId: a.unit.organisationId,
    unitId: a.unit.id,
    method,
    isDefault: true,
    version: 0,
    latestVersion: 0,
    ...content,
    columns: [...theoryColumns],
    updatedBy: null,
    updatedAt: null,
    canEdit: a.canEdit,
  };
}

/** The methods a unit works with: its team method, its courses' methods, its organisation's kind. */
async function methodsOfUnit(s: Scope, unit: repo.UnitRow): Promise<Method[]> {
  const found = new Set<string>(await repo.courseMethodsOfUnit(s.db, unit.id));
  if (unit.teamMethod) found.add(unit.teamMethod);
  if (unit.organisationKind === 'crisis_center') found.add('crisis_stay');
  if (unit.organisationKind === 'residential') found.add('residential');
  return theoryMethods.filter((m) => found.has(m));
}

async function latestDto(s: Scope, a: UnitAccess, row: repo.TheoryRow) {
  const version = await repo.findVersion(s.db, row.id, row.version);
  if (!version) throw new Error('theory without its latest version');
  return toDto(s, a, row, version);
}

/**
 * GET /theories-of-change?unitId=&method=: the unit's theory for the method, or the shipped default
 * for it when the unit has none (none for a method without a default). Without a method: the unit's
 * saved theories and the defaults for the other methods it works with.
 */
export function listTheories(scope: Scope, unitId: string, method?: Method) {
  return inTransaction(scope, async (s) => {
    const a = await unitAccess(s, unitId);
    const saved = method ? [await repo.findTheoryOfUnit(s.db, unitId, method)].filter((r) => r !== undefined) : await repo.theoriesOfUnit(s.db, unitId);
    const items: Dto[] = [];
    for (const row of saved) items.push(await latestDto(s, a, row));
    const wanted = method ? [method] : await methodsOfUnit(s, a.unit);
    for (const m of wanted.filter((m) => !saved.some((r) => r.method === m))) {
      const d = defaultDto(a, m);
      if (d) items.push(d);
    }
    return { items: items.sort(byMethod) };
  });
}

/** One saved theory: its latest version, or the version asked for. */
export function getTheory(scope: Scope, id: string, version?: number) {
  return inTransaction(scope, async (s) => {
    const row = await repo.findTheory(s.db, id);
    if (!row) throw notFound();
    const a = await unitAccess(s, row.unitId);
    const v = await repo.findVersion(s.db, id, version ?? row.version);
    if (!v) throw notFound();
    return toDto(s, a, row, v);
  });
}

const content = (body: TheoryContent) => ({ elements: body.elements, links: body.links });

async function audit(s: Scope, row: repo.TheoryRow, version: number) {
  await s.audit([{ action: 'theoryOfChange.write', citizenId: null, organisationId: row.organisationId, context: { unitId: row.unitId, theoryId: row.id, method: row.method, version } }]);
}

/** POST: the unit's own theory for a method (version 1); 409 theory_exists when it has one. */
export function createTheory(scope: Scope, body: z.infer<typeof TheoryCreate>) {
  return inTransaction(scope, async (s) => {
    const a = await unitAccess(s, body.unitId);
    requireEdit(a);
    await repo.lockUnitMethod(s.db, body.unitId, body.method);
    if (await repo.findTheoryOfUnit(s.db, body.unitId, body.method)) throw new AppError(409, 'theory_exists');
    const at = new Date();
    const by = s.access.actor.userId;
    const row: repo.TheoryRow = { id: newId(), organisationId: a.unit.organisationId, unitId: body.unitId, method: body.method, version: 1, createdBy: by, createdAt: at };
    await repo.insertTheory(s.db, row);
    const version: repo.VersionRow = { theoryId: row.id, version: 1, title: body.title, content: content(body), byUserId: by, at };
    await repo.insertVersion(s.db, version);
    await audit(s, row, 1);
    return toDto(s, a, row, version);
  });
}

/** PUT: a new version, made from `body.version`; an edit from an older version is 409 stale_version. */
export function updateTheory(scope: Scope, id: string, body: z.infer<typeof TheoryUpdate>) {
  return inTransaction(scope, async (s) => {
    const found = await repo.findTheory(s.db, id);
    if (!found) throw notFound();
    const a = await unitAccess(s, found.unitId);
    requireEdit(a);
    // Lock the row: two editors saving at once get one new version and one 409.
    const row = (await repo.findTheory(s.db, id, true))!;
    if (body.version !== row.version) throw conflict('stale_version');
    const next = row.version + 1;
    const version: repo.VersionRow = { theoryId: id, version: next, title: body.title, content: content(body), byUserId: s.access.actor.userId, at: new Date() };
    await repo.insertVersion(s.db, version);
    await repo.setVersion(s.db, id, next);
    await audit(s, row, next);
    return toDto(s, a, { ...row, version: next }, version);
  });
}
