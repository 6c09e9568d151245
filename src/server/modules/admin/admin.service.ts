import type { z } from 'zod';
import { organisationRoles, type Role } from '../../../shared/access/roles';
import type { MembershipCreate, UnitCreate, UnitUpdate, UserCreate, UserUpdate } from '../../../shared/schemas/admin';
import { inTransaction, type Scope } from '../../access/scope';
import { hashPassword } from '../../auth/passwords';
import { newId } from '../../db/ids';
import { AppError, conflict, forbidden, notFound } from '../../http/problem';
import * as repo from './admin.repo';

/** Organisations the caller administers; administrators see no citizen content. */
function adminOrgs(scope: Scope): string[] {
  const orgs = scope.access.organisationsWith('admin.manage');
  if (orgs.length === 0) throw forbidden();
  return orgs;
}

export function checkPasswordPolicy(scope: Pick<Scope, 'config'>, password: string) {
  if (password.length < scope.config.minPasswordLength) throw new AppError(422, 'password_too_short', [{ path: 'password', code: 'too_short' }]);
}

export async function listOrganisations(scope: Scope) {
  const rows = await repo.findOrganisations(scope.db, adminOrgs(scope));
  return { items: rows.map(({ id, name, kind }) => ({ id, name, kind })) };
}

export async function listUnits(scope: Scope) {
  return { items: await repo.findUnits(scope.db, adminOrgs(scope)) };
}

export async function createUnit(scope: Scope, body: z.infer<typeof UnitCreate>) {
  if (!adminOrgs(scope).includes(body.organisationId)) throw notFound();
  const id = newId();
  await repo.insertUnit(scope.db, { id, ...body }).catch((e) => {
    throw isUniqueViolation(e) ? conflict() : e;
  });
  return { id };
}

export async function editUnit(scope: Scope, id: string, body: z.infer<typeof UnitUpdate>) {
  const orgs = adminOrgs(scope);
  const unit = await repo.findUnit(scope.db, id);
  if (!unit || !orgs.includes(unit.organisationId)) throw notFound();
  await repo.updateUnit(scope.db, id, body).catch((e) => {
    throw isUniqueViolation(e) ? conflict() : e;
  });
  return { id };
}

export async function listUsers(scope: Scope) {
  const rows = await repo.findUsers(scope.db, adminOrgs(scope));
  return { items: rows.map((u) => ({ ...u, memberships: u.memberships.map((m) => ({ ...m, role: m.role as Role })) })) };
}

async function visibleUser(scope: Scope, id: string) {
  const orgs = adminOrgs(scope);
  const visible = await repo.findUsers(scope.db, orgs);
  const user = visible.find((u) => u.id === id);
  if (!user) throw notFound();
  return user;
}

export async function createUser(scope: Scope, body: z.infer<typeof UserCreate>) {
  adminOrgs(scope);
  checkPasswordPolicy(scope, body.password);
  if (await repo.usernameExists(scope.db, body.username)) throw new AppError(409, 'username_taken', [{ path: 'username', code: 'invalid_value' }]);
  const id = newId();
  await repo.insertUser(scope.db, { id, username: body.username, displayName: body.displayName, passwordHash: await hashPassword(body.password) });
  return { id };
}

export function editUser(scope: Scope, id: string, body: z.infer<typeof UserUpdate>) {
  return inTransaction(scope, async (s) => {
    const user = await visibleUser(s, id);
    if (body.password !== undefined) checkPasswordPolicy(s, body.password);
    if (body.disabled && !user.disabled) {
      for (const m of user.memberships.filter((m) => m.role === 'admin')) {
        if ((await repo.countAdmins(s.db, m.organisationId)) <= 1) throw conflict('last_admin');
      }
    }
    await repo.updateUser(s.db, id, {
      ...(body.displayName !== undefined ? { displayName: body.displayName } : {}),
      ...(body.disabled !== undefined ? { disabled: body.disabled } : {}),
      ...(body.password !== undefined ? { passwordHash: await hashPassword(body.password) } : {}),
    });
    if (body.disabled || body.password !== undefined) await repo.endSessionsOf(s.db, id);
    return { id };
  });
}

export function addMembership(scope: Scope, userId: string, body: z.infer<typeof MembershipCreate>) {
  return inTransaction(scope, async (s) => {
    const orgs = adminOrgs(s);
    await visibleUser(s, userId);
    const isOrgRole = (organisationRoles as readonly string[]).includes(body.role);
    let organisationId = body.organisationId;
    if (body.unitId) {
      const unit = await repo.findUnit(s.db, body.unitId);
      if (!unit || !orgs.includes(unit.organisationId)) throw notFound();
      organisationId = unit.organisationId;
    }
    if (!organisationId || !orgs.includes(organisationId)) throw notFound();
    if (isOrgRole === Boolean(body.unitId)) throw new AppError(422, 'validation_failed', [{ path: 'role', code: 'invalid_value' }]);
    return { id: await repo.insertMembership(s.db, { id: newId(), userId, organisationId, unitId: body.unitId ?? null, role: body.role }) };
  });
}

export function removeMembership(scope: Scope, id: string) {
  return inTransaction(scope, async (s) => {
    const orgs = adminOrgs(s);
    const m = await repo.findMembership(s.db, id);
    if (!m || !orgs.includes(m.organisationId)) throw notFound();
    if (m.role === 'admin' && (await repo.countAdmins(s.db, m.organisationId)) <= 1) throw conflict('last_admin');
    await repo.deleteMembership(s.db, id);
    return { ok: true as const };
  });
}

function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: string; cause?: { code?: string } };
  return err?.code === '23505' || err?.cause?.code === '23505';
}
