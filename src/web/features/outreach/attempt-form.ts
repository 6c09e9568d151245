import { attemptMethods, attemptOutcomes, signsOfLife } from '../../../shared/schemas/outreach';
import type { ClientErrors } from '../../components/errors';
import { fromLocalInput, toLocalInput } from '../../format';
import type { ContactAttemptT } from '../../types';

export { attemptMethods, attemptOutcomes, signsOfLife };

export type AttemptForm = {
  /** false: "now" at the moment of saving; true: the time in `at`. */
  pickTime: boolean;
  at: string;
  place: string;
  /** A place from the place register (optional). */
  placeId: string;
  method: string;
  outcome: string;
  signs: string[];
  participantIds: string[];
  observed: string;
  next: string;
};

/** A fresh form: now, the last attempt's place and method prefilled. */
export function emptyAttempt(last: ContactAttemptT | undefined): AttemptForm {
  return {
    pickTime: false,
    at: toLocalInput(new Date()),
    place: last?.place ?? '',
    placeId: last?.placeId ?? '',
    method: last?.method ?? '',
    outcome: '',
    signs: [],
    participantIds: [],
    observed: '',
    next: '',
  };
}

export function checkAttempt(f: AttemptForm): ClientErrors {
  const e: ClientErrors = {};
  if (!f.method) e.method = 'required';
  if (!f.outcome) e.outcome = 'required';
  if (f.pickTime && !fromLocalInput(f.at)) e.at = 'required';
  if (f.next && !fromLocalInput(f.next)) e.nextPlannedAt = 'invalid_format';
  return e;
}

export function attemptBody(id: string, f: AttemptForm) {
  return {
    id,
    at: f.pickTime ? fromLocalInput(f.at)! : new Date().toISOString(),
    place: f.place.trim() || undefined,
    placeId: f.placeId || undefined,
    method: f.method,
    outcome: f.outcome,
    signsOfLife: f.outcome === 'signs_of_life' ? f.signs : undefined,
    participantIds: f.participantIds,
    observed: f.observed.trim() || undefined,
    nextPlannedAt: f.next ? fromLocalInput(f.next) : undefined,
  };
}
