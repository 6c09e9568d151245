import type { z } from 'zod';
import type { Place, PlaceCreate, PlaceQuery, RoundCreate } from '../../../shared/schemas/plans';
import { inTransaction, type Scope } from '../../access/scope';
import { newId } from '../../db/ids';
import { forbidden, invalid, notFound } from '../../http/problem';
import { displayNamesOf, peopleOf } from '../agreements/agreements.repo';
import { inFuture, localDate } from '../outreach/dates';
import { findPlace, findPlaces, insertPlace, insertRound } from './places.repo';

type PlaceDto = z.infer<typeof Place>;
const ROUNDS_SHOWN = 20;

async function toPlaces(s: Scope, rows: Awaited<ReturnType<typeof findPlaces>>): Promise<PlaceDto[]> {
  const names = await displayNamesOf(s.db, [...new Set(rows.flatMap((r) => r.rounds.flatMap((x) => [x.byUserId, ...x.participantIds])))]);
  return rows.map(({ place: p, assignees, rounds }) => ({
    id: p.id,
    name: p.name,
    type: p.type as PlaceDto['type'],
    address: p.address,
    latitude: p.latitude,
    longitude: p.longitude,
    openingHours: p.openingHours,
    description: p.description,
    partnerContacts: p.partnerContacts,
    assignees: assignees.map(({ id, displayName }) => ({ id, displayName })),
    rounds: rounds.slice(0, ROUNDS_SHOWN).map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      participants: [r.byUserId, ...r.participantIds].map((id) => ({ id, displayName: names.get(id) ?? '' })),
      peopleMet: r.peopleMet,
      note: r.note,
    })),
    lastRoundOn: rounds[0] ? localDate(rounds[0].at) : null,
  }));
}

export async function listPlaces(scope: Scope, q: z.infer<typeof PlaceQuery>) {
  const orgs = scope.access.organisationsWith('place.read');
  if (orgs.length === 0) throw forbidden();
  let items = await toPlaces(scope, await findPlaces(scope.db, orgs, { type: q.type }));
  if (q.since) items = items.filter((p) => p.lastRoundOn && p.lastRoundOn >= q.since!);
  const { mapTileUrl, mapAttribution } = scope.config;
  return { items, map: { tileUrl: mapTileUrl, attribution: mapAttribution, center: [55.68, 12.57] as [number, number], zoom: 12 } };
}

export async function getPlace(scope: Scope, id: string) {
  const [row] = await findPlaces(scope.db, scope.access.organisationsWith('place.read'), { id });
  if (!row) throw notFound();
  return (await toPlaces(scope, [row]))[0];
}

/** Checks that every id is a person with a unit role in the organisation; `path` names the field. */
async function requirePeople(s: Scope, organisationId: string, ids: string[], path: string) {
  const people = new Set((await peopleOf(s.db, [organisationId])).map((p) => p.id));
  ids.forEach((id, i) => {
    if (!people.has(id)) throw invalid(`${path}.${i}`, 'invalid_value');
  });
}

export function createPlace(scope: Scope, body: z.infer<typeof PlaceCreate>) {
  const orgs = scope.access.organisationsWith('catalog.manage');
  if (orgs.length === 0) throw forbidden();
  if ((body.latitude == null) !== (body.longitude == null)) throw invalid(body.latitude == null ? 'latitude' : 'longitude', 'required');
  return inTransaction(scope, async (s) => {
    const assigneeIds = [...new Set(body.assigneeIds)];
    await requirePeople(s, orgs[0], assigneeIds, 'assigneeIds');
    const id = newId();
    const { assigneeIds: _, ...fields } = body;
    await insertPlace(s.db, { ...fields, id, organisationId: orgs[0], createdBy: s.access.actor.userId }, assigneeIds);
    return getPlace(s, id);
  });
}

/** Logs an outreach round at a place: who went (the caller and colleagues), when, how many they met. */
export function logRound(scope: Scope, placeId: string, body: z.infer<typeof RoundCreate>) {
  return inTransaction(scope, async (s) => {
    const place = await findPlace(s.db, placeId);
    if (!place || !s.access.organisationsWith('place.read').includes(place.organisationId)) throw notFound();
    if (!s.access.organisationsWith('place.round').includes(place.organisationId)) throw forbidden();
    if (inFuture(new Date(body.at))) throw invalid('at', 'in_future');
    const participantIds = [...new Set(body.participantIds)].filter((id) => id !== s.access.actor.userId);
    await requirePeople(s, place.organisationId, participantIds, 'participantIds');
    await insertRound(s.db, { id: newId(), placeId, byUserId: s.access.actor.userId, participantIds, at: new Date(body.at), peopleMet: body.peopleMet, note: body.note ?? null });
    return getPlace(s, placeId);
  });
}
