import type { z } from 'zod';
import { parseCpr } from '../../../shared/cpr';
import type { CitizenCreate, CitizenQuery, CitizenUpdate } from '../../../shared/schemas/citizens';
import { allowedCitizenIds, citizenUnits, type CitizenAccess } from '../../access/citizen-access';
import { inTransaction, type Scope } from '../../access/scope';
import { newId } from '../../db/ids';
import { AppError, forbidden, invalid, notFound } from '../../http/problem';
import { createCourseFor } from '../courses/courses.service';
import {
  findAccessUnits,
  findCourseSummaries,
  insertCitizen,
  readCitizen,
  searchCitizens,
  updateCitizen,
  type CitizenInsert,
  type CitizenRow,
} from './citizens.repo';

type Create = z.infer<typeof CitizenCreate>;
type Update = z.infer<typeof CitizenUpdate>;

const emptyOwnWords = { whatMatters: '', hopesAndDreams: '', wantHelpWith: '', doNotWant: '' };

/** The CPR columns for a submitted CPR number ('' or null clears it). */
function cprColumns(scope: Scope, cpr: string | null | undefined) {
  if (cpr === undefined) return {};
  const parsed = cpr ? parseCpr(cpr) : null;
  if (cpr && !parsed) throw invalid('cpr', 'invalid_cpr');
  return parsed
    ? { cprEncrypted: scope.cpr.encrypt(parsed.normalized), cprHash: scope.cpr.hash(parsed.normalized), birthYear: parsed.birthYear }
    : { cprEncrypted: null, cprHash: null };
}

/** Creates a citizen together with its first course, in a unit where the worker may create citizens. */
export function createCitizen(scope: Scope, body: Create): Promise<{ id: string }> {
  return inTransaction(scope, async (s) => {
    if (!s.access.has('citizen.create', body.course.unitId)) throw new AppError(403, 'unit_not_in_scope');
    if (body.kind === 'unidentified' && body.cpr) throw invalid('cpr', 'invalid');
    const { course, ownWords, safetyNotes, cpr, ...fields } = body;
    const id = newId();
    const organisationId = s.access.actor.memberships.find((m) => m.unitId === course.unitId)!.organisationId;
    const values: CitizenInsert = {
      ...fields,
      id,
      organisationId,
      kind: body.kind,
      noFixedAddress: fields.noFixedAddress ?? false,
      ownWords: { ...emptyOwnWords, ...ownWords },
      safetyNotes: safetyNotes ?? [],
      identifiedAt: body.kind === 'identified' ? new Date() : null,
      ...cprColumns(s, cpr),
    };
    await insertCitizen(s, values);
    await createCourseFor(s, { id, organisationId }, course);
    return { id };
  });
}

export function findCitizens(scope: Scope, query: z.infer<typeof CitizenQuery>) {
  if (citizenUnits(scope).length === 0) throw forbidden();
  return inTransaction(scope, async (s) => {
    const { rows, total } = await searchCitizens(s, { ...query, mine: query.mine === 'true' });
    const summaries = await findCourseSummaries(
      s,
      rows.map((r) => r.id),
    );
    return {
      items: rows.map((r) => ({
        id: r.id,
        kind: r.kind as 'identified' | 'unidentified',
        displayName: r.displayName,
        lastActivityAt: new Date(r.lastActivityAt).toISOString(),
        courses: summaries.filter((c) => c.citizenId === r.id).map(({ citizenId: _, ...c }) => c),
      })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  });
}

/** Loads a citizen the caller may see, or answers 404 exactly as if it did not exist. */
async function loadVisible(s: Scope, id: string, purpose: string) {
  const via = (await allowedCitizenIds(s, [id])).get(id);
  if (!via) throw notFound();
  const row = await readCitizen(s, id, purpose);
  if (!row) throw notFound();
  const units = await findAccessUnits(s, id);
  const can = (p: Parameters<Scope['access']['has']>[0]) => units.some((u) => s.access.has(p, u));
  return { row, via, can };
}

function toCitizen(s: Scope, row: CitizenRow, via: CitizenAccess, showCpr: boolean, canEdit: boolean) {
  const cpr = showCpr && row.cprEncrypted ? s.cpr.decrypt(row.cprEncrypted) : null;
  return {
    id: row.id,
    kind: row.kind as 'identified' | 'unidentified',
    displayName: row.name ?? row.alias ?? '',
    alias: row.alias,
    description: row.description,
    place: row.place,
    name: row.name,
    cpr: cpr ? `${cpr.slice(0, 6)}-${cpr.slice(6)}` : null,
    hasCpr: Boolean(row.cprEncrypted),
    birthYear: row.birthYear,
    phone: row.phone,
    address: row.address,
    noFixedAddress: row.noFixedAddress,
    homeMunicipality: row.homeMunicipality,
    preferredLanguage: row.preferredLanguage,
    ownWords: row.ownWords,
    safetyNotes: row.safetyNotes,
    identifiedAt: row.identifiedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    access: via,
    canEdit,
  };
}

export function getCitizenById(scope: Scope, id: string) {
  return inTransaction(scope, async (s) => {
    const { row, via, can } = await loadVisible(s, id, 'view');
    // Break-the-glass access is read access at worker level, CPR included.
    return toCitizen(s, row, via, via === 'breakGlass' || can('citizen.readCpr'), can('citizen.update'));
  });
}

export function updateCitizenById(scope: Scope, id: string, body: Update) {
  return inTransaction(scope, async (s) => {
    const { row, via, can } = await loadVisible(s, id, 'edit');
    if (!can('citizen.update')) throw forbidden();
    const { kind, cpr, ownWords, ...rest } = body;
    const identifying = kind === 'identified' && row.kind === 'unidentified';
    const willBeIdentified = row.kind === 'identified' || identifying;
    if (identifying && !(rest.name ?? row.name)) throw invalid('name', 'required');
    if (!willBeIdentified && (cpr || rest.name)) throw invalid(cpr ? 'cpr' : 'name', 'invalid');
    if (row.kind === 'identified' && rest.name === null) throw invalid('name', 'required');
    const patch: Partial<CitizenInsert> = {
      ...rest,
      ...(ownWords ? { ownWords: { ...row.ownWords, ...ownWords } } : {}),
      ...cprColumns(s, cpr),
      ...(identifying ? { kind: 'identified', identifiedAt: new Date() } : {}),
    };
    const fields = Object.keys(body).sort();
    await updateCitizen(s, row, patch, fields);
    const updated = { ...row, ...patch, updatedAt: new Date() } as CitizenRow;
    return toCitizen(s, updated, via, can('citizen.readCpr'), true);
  });
}
