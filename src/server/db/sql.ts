import { sql, type SQL } from 'drizzle-orm';

/** A uuid[] parameter that works the same on PGlite and node-postgres. */
export function uuidArray(ids: string[]): SQL {
  return sql`${'{' + ids.join(',') + '}'}::uuid[]`;
}

/** An ILIKE pattern matching `text` anywhere, with LIKE's wildcards in it taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (ch) => '\\' + ch)}%`;
}
