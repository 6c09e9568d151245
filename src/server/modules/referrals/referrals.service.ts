import type { z } from 'zod';
import { referralPath, type Referral, type ReferralCreate, type ReferralUpdate } from '../../../shared/schemas/bridging';
import { inTransaction, type Scope } from '../../access/scope';
import { newId } from '../../db/ids';
import { AppError, forbidden, invalid, notFound } from '../../http/problem';
import { findOffer } from '../offers/offers.repo';
import { catalogOrganisations } from '../offers/offers.service';
import { addDays, today } from '../outreach/dates';
import { courseFor, requireActive } from '../outreach/outreach.service';
import { findReferral, insertReferral, readReferrals, updateReferralStatus, type ReferralRow } from './referrals.repo';

type ReferralDto = z.infer<typeof Referral>;
export const RETENTION_DAYS = { oneMonth: 30, threeMonths: 91 } as const;

const rank = (status: string) => (referralPath as readonly string[]).indexOf(status);
const isClosed = (status: string) => status === 'dropped' || status === 'declined' || status === 'retained_3m';

export function retentionChecks(r: Pick<ReferralRow, 'startedOn' | 'status'>) {
  if (!r.startedOn) return { oneMonthDue: null, threeMonthsDue: null };
  return {
    oneMonthDue: rank(r.status) < rank('retained_1m') && !isClosed(r.status) ? addDays(r.startedOn, RETENTION_DAYS.oneMonth) : null,
    threeMonthsDue: rank(r.status) < rank('retained_3m') && !isClosed(r.status) ? addDays(r.startedOn, RETENTION_DAYS.threeMonths) : null,
  };
}

function toReferral(x: Awaited<ReturnType<typeof readReferrals>>[number]): ReferralDto {
  const r = x.referral;
  return {
    id: r.id,
    courseId: r.courseId,
    citizenId: r.citizenId,
    offer: { id: r.offerId, name: x.offerName, provider: x.provider },
    status: r.status as ReferralDto['status'],
    statusDate: r.statusDate,
    startedOn: r.startedOn,
    accompanied: r.accompanied,
    note: r.note,
    checks: retentionChecks(r),
    history: x.history.map(({ referralId: _, ...h }) => ({ ...h, status: h.status as ReferralDto['status'] })),
    createdAt: r.createdAt.toISOString(),
  };
}

function checkDate(date: string | undefined, notBefore: string, path: string): string {
  const d = date ?? today();
  if (d > today()) throw invalid(path, 'in_future');
  if (d < notBefore) throw invalid(path, 'before_start');
  return d;
}

export function createReferral(scope: Scope, courseId: string, body: z.infer<typeof ReferralCreate>) {
  return inTransaction(scope, async (s) => {
    const { course, canWork } = await courseFor(s, courseId, 'referrals');
    if (!canWork) throw forbidden();
    requireActive(course);
    const offer = await findOffer(s.db, body.offerId);
    if (!offer || !catalogOrganisations(s).includes(offer.organisationId)) throw invalid('offerId', 'invalid_value');
    const row: ReferralRow = {
      id: newId(),
      organisationId: course.organisationId,
      courseId,
      citizenId: course.citizenId,
      offerId: offer.id,
      status: 'proposed',
      statusDate: checkDate(body.date, course.startDate, 'date'),
      startedOn: null,
      accompanied: null,
      note: body.note ?? null,
      createdBy: s.access.actor.userId,
      createdAt: new Date(),
      updatedAt: new Date(),
    };
    await insertReferral(s, row);
    return toReferral((await readReferrals(s, { ids: [row.id] }))[0]);
  });
}

/** Moves a referral forward along its path (or ends it as dropped/declined); never backwards. */
export function updateReferral(scope: Scope, referralId: string, body: z.infer<typeof ReferralUpdate>) {
  return inTransaction(scope, async (s) => {
    const r = await findReferral(s, referralId);
    if (!r) throw notFound();
    const { canWork } = await courseFor(s, r.courseId);
    if (!canWork) throw forbidden();
    if (isClosed(r.status)) throw new AppError(409, 'referral_closed');
    const ending = body.status === 'dropped' || body.status === 'declined';
    if (!ending && rank(body.status) <= rank(r.status)) throw new AppError(409, 'status_backwards', [{ path: 'status', code: 'invalid_value' }]);
    const date = checkDate(body.date, r.statusDate, 'date');
    const startedOn = body.status === 'started' || (!r.startedOn && rank(body.status) > rank('started')) ? date : r.startedOn;
    const accompanied = body.status === 'first_meeting' ? (body.accompanied ?? null) : r.accompanied;
    await updateReferralStatus(s, r, { status: body.status, statusDate: date, startedOn, accompanied }, body.note ?? null);
    return toReferral((await readReferrals(s, { ids: [r.id] }))[0]);
  });
}

export function findReferralsOfCourse(scope: Scope, courseId: string) {
  return inTransaction(scope, async (s) => {
    const { canRead } = await courseFor(s, courseId);
    if (!canRead) throw forbidden();
    return { items: (await readReferrals(s, { courseId })).map(toReferral) };
  });
}
