import { contactOutcomes } from '../../../shared/schemas/outreach';
import { addDays, daysBetween, localDate, today } from './dates';

export type AttemptFacts = { at: Date; outcome: string; nextPlannedAt: Date | null };
export type CourseFacts = { courseId: string; status: string; startDate: string; cadenceDays: number | null };

/**
 * The day the next attempt is due (decision 0005): `cadenceDays` after the day of the last attempt
 * (or the course's start), or the day that attempt planned the next one, whichever is earlier; none
 * for a course that is not active or has neither.
 */
export function nextDueDay(course: Pick<CourseFacts, 'status' | 'startDate' | 'cadenceDays'>, lastDay: string | null, lastPlannedDay: string | null): string | null {
  const candidates: string[] = [];
  if (course.cadenceDays) candidates.push(addDays(lastDay ?? course.startDate, course.cadenceDays));
  if (lastPlannedDay) candidates.push(lastPlannedDay);
  return course.status === 'active' && candidates.length ? candidates.sort()[0] : null;
}

/**
 * Persistence figures and the due date of the next attempt. The next attempt is due `cadenceDays`
 * after the last one (or after the course started), or earlier if the worker planned it earlier —
 * e.g. promised on a postcard. Only active courses are ever due or overdue.
 */
export function summarise(course: CourseFacts, attempts: AttemptFacts[], now = today()) {
  const sorted = [...attempts].sort((a, b) => a.at.getTime() - b.at.getTime());
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const contactIndex = sorted.findIndex((a) => contactOutcomes.includes(a.outcome));
  const nextDue = nextDueDay(course, last ? localDate(last.at) : null, last?.nextPlannedAt ? localDate(last.nextPlannedAt) : null);
  const daysPast = nextDue ? daysBetween(nextDue, now) : 0;
  return {
    courseId: course.courseId,
    attempts: sorted.length,
    firstAttemptAt: first?.at.toISOString() ?? null,
    lastAttemptAt: last?.at.toISOString() ?? null,
    daysSinceFirstAttempt: first ? daysBetween(localDate(first.at), now) : null,
    daysSinceLastAttempt: last ? daysBetween(localDate(last.at), now) : null,
    firstContactAt: contactIndex >= 0 ? sorted[contactIndex].at.toISOString() : null,
    attemptsUntilFirstContact: contactIndex >= 0 ? contactIndex + 1 : null,
    cadenceDays: course.cadenceDays,
    nextDue,
    overdue: daysPast > 0,
    daysOverdue: Math.max(0, daysPast),
    dueToday: nextDue !== null && daysPast === 0,
  };
}
