import { parseCpr } from '../../../shared/cpr';
import type { ClientErrors } from '../../components/errors';
import type { CitizenT } from '../../types';

export type Kind = 'unidentified' | 'identified';
export type OwnWordsForm = { whatMatters: string; hopesAndDreams: string; wantHelpWith: string; doNotWant: string };
export const ownWordKeys = ['whatMatters', 'hopesAndDreams', 'wantHelpWith', 'doNotWant'] as const;

/** Everything the citizen form edits, as the strings the inputs hold. */
export type CitizenForm = {
  kind: Kind;
  alias: string;
  description: string;
  place: string;
  name: string;
  cpr: string;
  birthYear: string;
  phone: string;
  address: string;
  noFixedAddress: boolean;
  homeMunicipality: string;
  preferredLanguage: string;
  ownWords: OwnWordsForm;
  /** One safety note per line. */
  safetyNotes: string;
};

export const textFields = ['alias', 'description', 'place', 'name', 'cpr', 'phone', 'address', 'homeMunicipality', 'preferredLanguage'] as const;
export type TextFieldName = (typeof textFields)[number];

/** The fields shown for each kind of citizen. */
export const fieldsFor: Record<Kind, readonly TextFieldName[]> = {
  unidentified: ['alias', 'description', 'place'],
  identified: ['name', 'cpr', 'phone', 'address', 'homeMunicipality', 'preferredLanguage'],
};

export function emptyForm(kind: Kind = 'unidentified'): CitizenForm {
  return {
    kind,
    alias: '',
    description: '',
    place: '',
    name: '',
    cpr: '',
    birthYear: '',
    phone: '',
    address: '',
    noFixedAddress: false,
    homeMunicipality: '',
    preferredLanguage: '',
    ownWords: { whatMatters: '', hopesAndDreams: '', wantHelpWith: '', doNotWant: '' },
    safetyNotes: '',
  };
}

export function formFromCitizen(c: CitizenT): CitizenForm {
  return {
    kind: c.kind,
    alias: c.alias ?? '',
    description: c.description ?? '',
    place: c.place ?? '',
    name: c.name ?? '',
    cpr: c.cpr ?? '',
    birthYear: c.birthYear ? String(c.birthYear) : '',
    phone: c.phone ?? '',
    address: c.address ?? '',
    noFixedAddress: c.noFixedAddress,
    homeMunicipality: c.homeMunicipality ?? '',
    preferredLanguage: c.preferredLanguage ?? '',
    ownWords: { ...c.ownWords },
    safetyNotes: c.safetyNotes.join('\n'),
  };
}

export function safetyLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** Client-side checks, with the same issue codes the server uses. */
export function validate(form: CitizenForm): ClientErrors {
  const errors: ClientErrors = {};
  if (form.kind === 'unidentified' && !form.alias.trim()) errors.alias = 'required';
  if (form.kind === 'identified') {
    if (!form.name.trim()) errors.name = 'required';
    if (form.cpr.trim() && !parseCpr(form.cpr)) errors.cpr = 'invalid_cpr';
    const year = form.birthYear.trim();
    if (year && !/^\d{4}$/.test(year)) errors.birthYear = 'invalid_format';
    else if (year && (Number(year) < 1900 || Number(year) > new Date().getFullYear())) errors.birthYear = Number(year) < 1900 ? 'too_small' : 'too_big';
  }
  return errors;
}

/** The body for POST /citizens: only the fields the user filled in, for the chosen kind. */
export function toCreateBody(form: CitizenForm): Record<string, unknown> {
  const body: Record<string, unknown> = { kind: form.kind };
  for (const f of fieldsFor[form.kind]) {
    if (f === 'address' && form.noFixedAddress) continue;
    const v = form[f].trim();
    if (v) body[f] = v;
  }
  if (form.kind === 'identified') {
    if (form.birthYear.trim()) body.birthYear = Number(form.birthYear.trim());
    if (form.noFixedAddress) body.noFixedAddress = true;
  }
  if (ownWordKeys.some((k) => form.ownWords[k].trim())) {
    body.ownWords = Object.fromEntries(ownWordKeys.map((k) => [k, form.ownWords[k].trim()]));
  }
  const notes = safetyLines(form.safetyNotes);
  if (notes.length > 0) body.safetyNotes = notes;
  return body;
}

/** The body for PATCH /citizens/{id}: only what changed; a cleared field is sent as null. */
export function toUpdateBody(before: CitizenForm, after: CitizenForm): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const f of fieldsFor[after.kind]) {
    const a = after[f].trim();
    if (a !== before[f].trim()) body[f] = a === '' ? null : a;
  }
  if (after.kind === 'identified') {
    if (after.birthYear.trim() !== before.birthYear.trim()) body.birthYear = after.birthYear.trim() ? Number(after.birthYear.trim()) : null;
    if (after.noFixedAddress !== before.noFixedAddress) body.noFixedAddress = after.noFixedAddress;
  }
  if (ownWordKeys.some((k) => after.ownWords[k].trim() !== before.ownWords[k].trim())) {
    body.ownWords = Object.fromEntries(ownWordKeys.map((k) => [k, after.ownWords[k].trim()]));
  }
  const notesAfter = safetyLines(after.safetyNotes);
  if (notesAfter.join('\n') !== safetyLines(before.safetyNotes).join('\n')) body.safetyNotes = notesAfter;
  return body;
}
