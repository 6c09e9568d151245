import { count } from 'drizzle-orm';
import { scopeForUser } from '../access/system-scope';
import { hashPassword } from '../auth/passwords';
import { newId } from '../db/ids';
import { memberships, organisations, teamMembers, units, users } from '../db/schema';
import type { Deps } from '../deps';
import { createCitizen } from '../modules/citizens/citizens.service';
import { createNote } from '../modules/notes/notes.service';
import { localDate } from '../modules/outreach/dates';
import { recordContactAttempt, reviseContactPlan } from '../modules/outreach/outreach.service';
import { selectVisibleCourses } from '../modules/courses/courses.repo';
import { seedBridging } from './demo-bridging';
import { seedCrisis } from './demo-crisis';
import { seedCti } from './demo-cti';
import { demoCitizens, demoOrganisations, demoTeams, demoUsers } from './demo-data';
import { seedResidential } from './demo-residential';
import { seedTeams } from './demo-teams';
import { seedFit } from './demo-fit';

export const DEMO_PASSWORD = 'demo';

export async function isEmpty(deps: Deps): Promise<boolean> {
  const [{ n }] = await deps.database.db.select({ n: count() }).from(organisations);
  return n === 0;
}

/**
 * Seeds the fictional demo organisation. Citizens and notes are created through the same services
 * as in the app, acting as the demo workers, so the access log holds their creation too.
 */
export async function seedDemo(deps: Deps): Promise<void> {
  const { db } = deps.database;
  const orgIds = new Map<string, string>();
  const unitIds = new Map<string, string>();
  await db.transaction(async (tx) => {
    for (const o of demoOrganisations) {
      const id = newId();
      orgIds.set(o.key, id);
      await tx.insert(organisations).values({ id, name: o.name, kind: o.kind });
      for (const name of o.units) {
        const unitId = newId();
        unitIds.set(name, unitId);
        const teamMethod = demoTeams.find((t) => t.unit === name)?.method ?? null;
        await tx.insert(units).values({ id: unitId, organisationId: id, name, kind: o.kind === 'municipality' ? 'team' : o.kind, teamMethod });
      }
    }
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const u of demoUsers) {
      const id = newId();
      await tx.insert(users).values({ id, username: u.username, displayName: u.displayName, passwordHash });
      await tx.insert(memberships).values(
        u.roles.map((r) => ({ id: newId(), userId: id, organisationId: orgIds.get(r.org)!, unitId: r.unit ? unitIds.get(r.unit)! : null, role: r.role })),
      );
      for (const t of demoTeams) for (const m of t.members.filter((m) => m.username === u.username)) await tx.insert(teamMembers).values({ unitId: unitIds.get(t.unit)!, userId: id, discipline: m.discipline });
    }
  });

  const userIds = new Map((await db.select({ id: users.id, username: users.username }).from(users)).map((u) => [u.username, u.id]));
  const scopes = new Map<string, Awaited<ReturnType<typeof scopeForUser>>>();
  const scopeOf = async (username: string) => {
    if (!scopes.has(username)) scopes.set(username, await scopeForUser(deps, userIds.get(username)!));
    return scopes.get(username)!;
  };
  const courseOf = new Map<string, { citizenId: string; courseId: string }>();
  for (const d of demoCitizens) {
    const { id } = await createCitizen(await scopeOf(d.by), <Parameters<typeof createCitizen>[1]>{
      ...(d.citizen as Record<string, never>),
      course: {
        method: d.method,
        unitId: unitIds.get(d.unit)!,
        responsibleUserIds: d.responsible.map((u) => userIds.get(u)!),
        ...(d.startedDaysAgo ? { startDate: localDate(new Date(Date.now() - d.startedDaysAgo * 86_400_000)) } : {}),
      },
    });
    const [{ course }] = await selectVisibleCourses(await scopeOf(d.by), { citizenId: id });
    courseOf.set(String(d.citizen.name ?? d.citizen.alias), { citizenId: id, courseId: course.id });
    if (d.plan) {
      const { by, authors, ...plan } = d.plan;
      await reviseContactPlan(await scopeOf(by), course.id, { ...plan, authorIds: authors.map((u) => userIds.get(u)!) });
    }
    for (const a of d.attempts ?? []) {
      const at = new Date(Date.now() - a.daysAgo * 86_400_000);
      await recordContactAttempt(await scopeOf(a.by), course.id, {
        at: at.toISOString(),
        method: a.method as never,
        outcome: a.outcome as never,
        signsOfLife: a.signsOfLife as never,
        place: a.place,
        observed: a.observed,
        participantIds: (a.with ?? []).map((u) => userIds.get(u)!),
        nextPlannedAt: a.nextInDays ? new Date(at.getTime() + a.nextInDays * 86_400_000).toISOString() : undefined,
      });
    }
    for (const n of d.notes) {
      await createNote(await scopeOf(n.by), course.id, { text: n.text, occurredAt: new Date(Date.now() - n.daysAgo * 86_400_000).toISOString() });
    }
  }
  await seedBridging(await scopeOf('vita'), unitIds.get('SKP-teamet')!, courseOf.get('Jonas Vestergaard')!);
  await seedCti(await scopeOf('cti'), courseOf.get('Kirsten Holm')!.courseId);
  await seedTeams(
    { act: await scopeOf('act'), actsyg: await scopeOf('actsyg'), cti: await scopeOf('cti') },
    { actTeam: unitIds.get('ACT-teamet')!, henrik: courseOf.get('Henrik Bach')!.courseId, lone: courseOf.get('Lone Berg')!.courseId, jonas: courseOf.get('Jonas Friis')!.courseId },
    { act: userIds.get('act')!, actsyg: userIds.get('actsyg')!, actmyn: userIds.get('actmyn')!, cti: userIds.get('cti')! },
  );
  const [kirsten, henrik] = [courseOf.get('Kirsten Holm')!, courseOf.get('Henrik Bach')!];
  await seedFit({ cti: await scopeOf('cti'), act: await scopeOf('act') }, { kirsten: kirsten.courseId, kirstenCitizen: kirsten.citizenId, henrik: henrik.courseId, henrikCitizen: henrik.citizenId });
  await seedResidential(
    { bo: await scopeOf('bo'), boleder: await scopeOf('boleder') },
    unitIds.get('Bostedet')!,
    orgIds.get('residential')!,
    { bo: userIds.get('bo')!, peer: userIds.get('peer')!, boleder: userIds.get('boleder')! },
    { ali: courseOf.get('Ali Rahimi')!, maja: courseOf.get('Maja Kristensen')!, tobias: courseOf.get('Tobias Winther')!, helle: courseOf.get('Helle Jakobsen')! },
  );
  const [admin, mentor, spotter, krise, vita] = [await scopeOf('admin'), await scopeOf('mentor'), await scopeOf('spotter'), await scopeOf('krise'), await scopeOf('vita')];
  await seedCrisis(
    { admin, mentor, spotter, krise, vita },
    { demoOrg: orgIds.get('demo')!, crisisOrg: orgIds.get('crisis')!, mentor: userIds.get('mentor')!, spotter: userIds.get('spotter')!, vita: userIds.get('vita')!, mentorUnit: unitIds.get('Myndighed')! },
  );
}
