import { z } from 'zod';
import { roles } from '../access/roles';
import { Id, text } from './common';

export const LoginBody = z.strictObject({
  username: text(100).min(1),
  password: z.string().min(1).max(200),
});

export const Membership = z.object({
  id: Id,
  organisationId: Id,
  organisationName: z.string(),
  unitId: Id.nullable(),
  unitName: z.string().nullable(),
  role: z.enum(roles),
});

export const Me = z
  .object({
    user: z.object({ id: Id, username: z.string(), displayName: z.string() }),
    memberships: z.array(Membership),
    permissions: z.array(z.string()),
    lockedCourseId: Id.nullable().optional().describe('Set while the device is handed to the citizen (citizen view)'),
  })
  .meta({ id: 'Me' });
