import { z } from 'zod';
import { parseCpr } from '../cpr';
import { Id, isoDate, optionalText, paged, text } from './common';

export const citizenKinds = ['unidentified', 'identified'] as const;

export const OwnWords = z.strictObject({
  whatMatters: text(4000).default(''),
  hopesAndDreams: text(4000).default(''),
  wantHelpWith: text(4000).default(''),
  doNotWant: text(4000).default(''),
});

/** On edit, only the own-words fields sent change; the others keep their text. */
const OwnWordsPatch = z.strictObject({
  whatMatters: text(4000).optional(),
  hopesAndDreams: text(4000).optional(),
  wantHelpWith: text(4000).optional(),
  doNotWant: text(4000).optional(),
});

const thisYear = new Date().getUTCFullYear();

/** Fields a worker can set on a citizen (create and edit). */
const citizenFields = {
  alias: optionalText(120),
  description: optionalText(2000),
  place: optionalText(200),
  name: optionalText(200),
  cpr: z
    .string()
    .max(20)
    .nullish()
    .refine((v) => v == null || v === '' || parseCpr(v) !== null, { params: { code: 'invalid_cpr' } }),
  birthYear: z.number().int().min(1900).max(thisYear).nullish(),
  phone: optionalText(40),
  address: optionalText(300),
  noFixedAddress: z.boolean().optional(),
  homeMunicipality: optionalText(100),
  preferredLanguage: optionalText(50),
  ownWords: OwnWords.optional(),
  safetyNotes: z.array(text(300).min(1)).max(20).optional(),
};

export const CourseCreate = z
  .strictObject({
    method: z.string().min(1).max(50),
    unitId: Id,
    legalBasis: optionalText(100),
    startDate: isoDate().optional(),
    plannedEndDate: isoDate().optional(),
    responsibleUserIds: z.array(Id).max(20).optional(),
  })
  .meta({ id: 'CourseCreate' });

export const CitizenCreate = z
  .strictObject({
    kind: z.enum(citizenKinds),
    ...citizenFields,
    course: CourseCreate,
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'unidentified' && !v.alias) ctx.addIssue({ code: 'custom', path: ['alias'], params: { code: 'required' } });
    if (v.kind === 'identified' && !v.name) ctx.addIssue({ code: 'custom', path: ['name'], params: { code: 'required' } });
  })
  .meta({ id: 'CitizenCreate' });

/** Edit a citizen; sending kind "identified" with a name identifies an unidentified citizen. */
export const CitizenUpdate = z
  .strictObject({ kind: z.literal('identified').optional(), ...citizenFields, ownWords: OwnWordsPatch.optional() })
  .meta({ id: 'CitizenUpdate' });

export const Citizen = z
  .object({
    id: Id,
    kind: z.enum(citizenKinds),
    displayName: z.string(),
    alias: z.string().nullable(),
    description: z.string().nullable(),
    place: z.string().nullable(),
    name: z.string().nullable(),
    cpr: z.string().nullable().describe('Formatted DDMMYY-SSSS; null when absent or not permitted'),
    hasCpr: z.boolean(),
    birthYear: z.number().int().nullable(),
    phone: z.string().nullable(),
    address: z.string().nullable(),
    noFixedAddress: z.boolean(),
    homeMunicipality: z.string().nullable(),
    preferredLanguage: z.string().nullable(),
    ownWords: z.object({ whatMatters: z.string(), hopesAndDreams: z.string(), wantHelpWith: z.string(), doNotWant: z.string() }),
    safetyNotes: z.array(z.string()),
    identifiedAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    access: z.enum(['course', 'breakGlass']),
    canEdit: z.boolean(),
  })
  .meta({ id: 'Citizen' });

export const CitizenListItem = z.object({
  id: Id,
  kind: z.enum(citizenKinds),
  displayName: z.string(),
  courses: z.array(
    z.object({
      id: Id,
      method: z.string(),
      phase: z.string(),
      status: z.string(),
      unitId: Id,
      unitName: z.string(),
      responsible: z.array(z.object({ id: Id, displayName: z.string() })),
    }),
  ),
  lastActivityAt: z.string(),
});

export const CitizenList = paged(CitizenListItem).meta({ id: 'CitizenList' });

export const CitizenQuery = z.strictObject({
  q: text(100).optional(),
  mine: z.enum(['true', 'false']).optional(),
  unitId: Id.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

export const Created = z.object({ id: Id });
