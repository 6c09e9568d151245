import { z } from 'zod';
import { roles } from '../access/roles';
import { Id, text } from './common';

export const Organisation = z.object({ id: Id, name: z.string(), kind: z.string() });
export const Unit = z.object({ id: Id, organisationId: Id, organisationName: z.string(), name: z.string(), kind: z.string() });
export const UnitCreate = z.strictObject({ organisationId: Id, name: text(120).min(1), kind: text(50).min(1).default('team') });
export const UnitUpdate = z.strictObject({ name: text(120).min(1).optional(), kind: text(50).min(1).optional() });

export const AdminUser = z.object({
  id: Id,
  username: z.string(),
  displayName: z.string(),
  disabled: z.boolean(),
  memberships: z.array(
    z.object({
      id: Id,
      organisationId: Id,
      organisationName: z.string(),
      unitId: Id.nullable(),
      unitName: z.string().nullable(),
      role: z.enum(roles),
    }),
  ),
});

const username = z
  .string()
  .trim()
  .min(2)
  .max(60)
  .regex(/^[a-z0-9._-]+$/);

export const UserCreate = z.strictObject({
  username,
  displayName: text(120).min(1),
  password: z.string().max(200),
});

export const UserUpdate = z.strictObject({
  displayName: text(120).min(1).optional(),
  password: z.string().max(200).optional(),
  disabled: z.boolean().optional(),
});

export const MembershipCreate = z
  .strictObject({ organisationId: Id.optional(), unitId: Id.optional(), role: z.enum(roles) })
  .refine((v) => Boolean(v.organisationId) !== Boolean(v.unitId), { path: ['unitId'], params: { code: 'required' } });
