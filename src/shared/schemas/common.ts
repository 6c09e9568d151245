import { z } from 'zod';

export const Id = z.uuid();
/**
 * Free text: trimmed, bounded, and storable — no NUL characters and no lone UTF-16 surrogates
 * (PostgreSQL text and jsonb cannot hold them, so they are refused here rather than failing in
 * the database or being silently replaced).
 */
const unstorable = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
export const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((s) => !unstorable.test(s), { params: { code: 'invalid' } });
/**
 * A calendar date (YYYY-MM-DD) in 1900–2999. PostgreSQL has no year 0, and dates outside this
 * range in social work records are typing errors.
 */
export const isoDate = () => z.iso.date().refine((d) => d >= '1900-01-01' && d <= '2999-12-31', { params: { code: 'invalid_value' } });

/** A point in time with an offset, in 1900–2999 (see isoDate). */
export const isoDateTime = () =>
  z.iso.datetime({ offset: true }).refine(
    (v) => {
      const ms = Date.parse(v);
      return ms >= Date.UTC(1900, 0, 1) && ms < Date.UTC(3000, 0, 1);
    },
    { params: { code: 'invalid_value' } },
  );

export const optionalText = (max: number) => text(max).nullish();

export const Page = z.strictObject({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

export const paged = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export const IdParam = z.strictObject({ id: Id });

export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string(),
    detail: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), code: z.string() })).optional(),
  })
  .meta({ id: 'Problem' });
