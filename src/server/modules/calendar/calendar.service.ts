import ical from 'ical-generator';
import { inTransaction, type Scope } from '../../access/scope';
import { methodsWith } from '../../methods';
import { findActiveCourses } from '../courses/courses.repo';
import { findDueFacts } from '../outreach/outreach.repo';
import { summarise } from '../outreach/summary';

const attemptMethods = methodsWith('contactAttempts');

/**
 * The worker's planned contact attempts and agreed meetings as an iCal feed. A calendar app keeps
 * what it fetches, so events carry no citizen names or details: only a link into Brobygger.
 */
export function buildCalendar(scope: Scope, origin: string): Promise<string> {
  return inTransaction(scope, async (s) => {
    const rows = await findActiveCourses(s, { responsibleUserId: s.access.actor.userId, methods: attemptMethods });
    const facts = await findDueFacts(s, rows.map((r) => r.course.id));
    const cal = ical({ name: 'Brobygger', timezone: 'Europe/Copenhagen', ttl: 3600 });
    const listed: typeof rows = [];
    for (const r of rows) {
      const f = facts.find((x) => x.courseId === r.course.id)!;
      const url = `${origin}/citizens/${r.course.citizenId}`;
      const planned = f.last?.nextPlannedAt;
      if (planned && planned.getTime() > Date.now() - 86_400_000) {
        const meeting = f.last?.outcome === 'meeting_agreed';
        cal.createEvent({
          id: `${r.course.id}-planned@brobygger`,
          start: planned,
          end: new Date(planned.getTime() + 3_600_000),
          summary: meeting ? 'Aftalt møde (Brobygger)' : 'Planlagt kontaktforsøg (Brobygger)',
          description: `${r.unitName} · ${url}`,
          url,
        });
        listed.push(r);
        continue;
      }
      const s2 = summarise({ courseId: r.course.id, status: r.course.status, startDate: r.course.startDate, cadenceDays: f.cadenceDays }, f.last ? [f.last] : []);
      if (!s2.nextDue) continue;
      const day = new Date(`${s2.nextDue}T00:00:00Z`);
      cal.createEvent({
        id: `${r.course.id}-due@brobygger`,
        start: day,
        allDay: true,
        summary: s2.overdue ? 'Kontaktforsøg forfaldent (Brobygger)' : 'Kontaktforsøg forfalder (Brobygger)',
        description: `${r.unitName} · ${url}`,
        url,
      });
      listed.push(r);
    }
    const context = { criterion: { list: 'calendar' }, resultCount: listed.length };
    await s.audit(listed.map((r) => ({ action: 'citizen.search' as const, citizenId: r.course.citizenId, courseId: r.course.id, organisationId: r.course.organisationId, context })));
    return cal.toString();
  });
}
