import { z } from 'zod';
import { Id, isoDate, isoDateTime, optionalText, text } from './common';

// ---------- §141 action plans (handleplan) ----------

export const otherMatters = ['housing', 'work', 'personalHelp', 'treatment', 'aids'] as const;
export const offerResponses = ['offered', 'accepted', 'declined'] as const;
export const actionPlanSections = ['purpose', 'supportNeeded', 'expectedDuration', 'otherMatters', 'offers', 'citizenParticipation'] as const;

export const ActionPlanBody = z
  .strictObject({
    planId: Id.optional().describe('Give the id of an existing plan to save a new version of it'),
    purpose: text(4000).min(1).describe('The purpose of the support'),
    supportNeeded: text(4000).min(1),
    expectedDuration: optionalText(300),
    otherMatters: z.partialRecord(z.enum(otherMatters), text(2000)).default({}),
    offers: z
      .array(z.strictObject({ what: text(300).min(1), response: z.enum(offerResponses), note: optionalText(1000) }))
      .max(30)
      .default([])
      .describe('What was offered, and whether the citizen accepted or declined'),
    citizenParticipation: text(4000).min(1).describe('How the citizen took part'),
    sharedSections: z
      .array(z.enum(actionPlanSections))
      .max(actionPlanSections.length)
      .default([])
      .describe('The parts passed on to the provider (needs a valid consent or legal basis)'),
    shareWithOrganisationId: Id.optional().describe('A provider that uses Brobygger (e.g. the crisis center): it sees the shared parts'),
    sharedWith: optionalText(300).describe('The provider the shared parts go to, by name'),
    consentId: Id.optional().describe('The consent or legal basis for sharing; otherwise one naming the provider is looked up'),
  })
  .meta({ id: 'ActionPlanBody' });

const ActionPlanContent = z.object({
  version: z.number().int(),
  purpose: z.string(),
  supportNeeded: z.string(),
  expectedDuration: z.string().nullable(),
  otherMatters: z.partialRecord(z.enum(otherMatters), z.string()),
  offers: z.array(z.object({ what: z.string(), response: z.enum(offerResponses), note: z.string().nullable() })),
  citizenParticipation: z.string(),
  sharedSections: z.array(z.enum(actionPlanSections)),
  sharedWith: z.string().nullable(),
  by: z.object({ id: Id, displayName: z.string() }),
  at: z.string(),
});

export const ActionPlan = z
  .object({
    id: Id,
    citizenId: Id,
    organisation: z.object({ id: Id, name: z.string() }),
    current: ActionPlanContent,
    versions: z.array(ActionPlanContent),
    shares: z.array(z.object({ sharedWith: z.string(), sections: z.array(z.enum(actionPlanSections)), version: z.number().int(), at: z.string(), consentId: Id })),
    /** Full plan for the municipality; a provider it was shared with sees the shared sections only. */
    view: z.enum(['full', 'shared']),
  })
  .meta({ id: 'ActionPlan' });

// ---------- Places and geographic mapping ----------

export const placeTypes = ['street', 'square', 'park', 'drop_in', 'shelter', 'consumption_room', 'library', 'shop', 'station', 'other'] as const;

export const PlaceCreate = z
  .strictObject({
    name: text(200).min(1),
    type: z.enum(placeTypes),
    address: optionalText(300),
    latitude: z.number().min(-90).max(90).nullish(),
    longitude: z.number().min(-180).max(180).nullish(),
    openingHours: optionalText(300),
    description: optionalText(2000),
    partnerContacts: optionalText(1000).describe('Partner contacts at the place'),
    assigneeIds: z.array(Id).max(30).default([]).describe('Spotters and workers assigned to the place'),
  })
  .meta({ id: 'PlaceCreate' });

export const RoundCreate = z
  .strictObject({
    at: isoDateTime(),
    participantIds: z.array(Id).max(10).default([]).describe('Colleagues who went too'),
    peopleMet: z.number().int().min(0).max(500).default(0),
    note: optionalText(2000).describe('Whom they met and what they noticed (no names of citizens)'),
  })
  .meta({ id: 'RoundCreate' });

export const Round = z.object({
  id: Id,
  at: z.string(),
  participants: z.array(z.object({ id: Id, displayName: z.string() })),
  peopleMet: z.number().int(),
  note: z.string().nullable(),
});

export const Place = z
  .object({
    id: Id,
    name: z.string(),
    type: z.enum(placeTypes),
    address: z.string().nullable(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    openingHours: z.string().nullable(),
    description: z.string().nullable(),
    partnerContacts: z.string().nullable(),
    assignees: z.array(z.object({ id: Id, displayName: z.string() })),
    rounds: z.array(Round),
    lastRoundOn: z.string().nullable(),
  })
  .meta({ id: 'Place' });

export const PlaceQuery = z.strictObject({ type: z.enum(placeTypes).optional(), since: isoDate().optional() });
