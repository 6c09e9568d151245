import { inTransaction, type Scope } from '../../access/scope';
import { notFound } from '../../http/problem';
import { methodsWith } from '../../methods';
import { findResponsible } from '../citizens/citizens.repo';
import { findActiveCourses, type CourseRow } from '../courses/courses.repo';
import { displayNames } from './due.repo';
import { findDueFacts } from './outreach.repo';
import { summarise } from './summary';
import { today } from './dates';
import { findOpenRetentionChecks } from '../referrals/referrals.repo';
import { retentionChecks } from '../referrals/referrals.service';

const attemptMethods = methodsWith('contactAttempts');

/** Due state of each course, most overdue first; logs each citizen listed. */
async function dueList(s: Scope, rows: { course: CourseRow; unitName: string }[], list: string, keep: (x: ReturnType<typeof summarise>) => boolean) {
  const facts = new Map((await findDueFacts(s, rows.map((r) => r.course.id))).map((f) => [f.courseId, f]));
  const due = rows
    .map((r) => {
      const f = facts.get(r.course.id)!;
      return { ...r, summary: summarise({ courseId: r.course.id, status: r.course.status, startDate: r.course.startDate, cadenceDays: f.cadenceDays }, f.last ? [f.last] : []) };
    })
    .filter((r) => r.summary.nextDue && keep(r.summary))
    .sort((a, b) => b.summary.daysOverdue - a.summary.daysOverdue || a.summary.nextDue!.localeCompare(b.summary.nextDue!));
  const names = await displayNames(s, due.map((d) => d.course.citizenId));
  const responsible = await findResponsible(s, due.map((d) => d.course.id));
  const criterion = { list };
  await s.audit(due.map((d) => ({ action: 'citizen.search' as const, citizenId: d.course.citizenId, courseId: d.course.id, organisationId: d.course.organisationId, context: { criterion, resultCount: due.length } })));
  return {
    items: due.map((d) => ({
      courseId: d.course.id,
      citizenId: d.course.citizenId,
      displayName: names.get(d.course.citizenId) ?? '',
      unitName: d.unitName,
      phase: d.course.phase,
      nextDue: d.summary.nextDue!,
      daysOverdue: d.summary.daysOverdue,
      responsible: responsible.get(d.course.id) ?? [],
    })),
  };
}

/** The caller's courses that are overdue or due today — the start page's first list — and retention checks due. */
export function findMyDueCourses(scope: Scope) {
  return inTransaction(scope, async (s) => {
    const rows = await findActiveCourses(s, { responsibleUserId: s.access.actor.userId, methods: attemptMethods });
    const { items } = await dueList(s, rows, 'me/due', (x) => x.overdue || x.dueToday);
    const mine = await findActiveCourses(s, { responsibleUserId: s.access.actor.userId, methods: methodsWith('referrals') });
    const open = await findOpenRetentionChecks(s, mine.map((r) => r.course.id));
    const names = await displayNames(s, open.map((r) => r.referral.citizenId));
    const now = today();
    const referralChecks = open
      .map(({ referral, offerName }) => {
        const { oneMonthDue, threeMonthsDue } = retentionChecks(referral);
        const [check, due] = oneMonthDue ? (['1m', oneMonthDue] as const) : (['3m', threeMonthsDue!] as const);
        return { referralId: referral.id, courseId: referral.courseId, citizenId: referral.citizenId, displayName: names.get(referral.citizenId) ?? '', offerName, check, due };
      })
      .filter((c) => c.due <= now)
      .sort((a, b) => a.due.localeCompare(b.due));
    return { items, referralChecks };
  });
}

/** All overdue courses of a unit, for its leader and workers. */
export function findUnitOverdueCourses(scope: Scope, unitId: string) {
  if (!scope.access.has('citizen.read', unitId)) throw notFound();
  return inTransaction(scope, async (s) => {
    const rows = await findActiveCourses(s, { unitId, methods: attemptMethods });
    return dueList(s, rows, 'unit/overdue', (x) => x.overdue);
  });
}
