import { contactOutcomes } from '../../../shared/schemas/outreach';
import { addDays, daysBetween, localDate, today } from './dates';

export type AttemptFacts = { at: Date; outcome: string; nextPlannedAt: Date | null };
export type CourseFacts = { courseId: string; status: string; startDate: string; cadenceDays: number | null };

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
  const candidates: string[] = [];
  if (course.cadenceDays) candidates.push(addDays(last ? localDate(last.at) : course.startDate, course.cadenceDays));
  if (last?.nextPlannedAt) candidates.push(localDate(last.nextPlannedAt));
  const nextDue = course.status === 'active' && candidates.length ? candidates.sort()[0] : null;
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
