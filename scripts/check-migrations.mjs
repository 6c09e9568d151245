// Drizzle applies a migration only when it is newer than the last one applied: a migration merged
// out of order would be skipped silently. Fail when the journal's timestamps do not increase, or
// when a journal entry has no SQL file (or a SQL file has no entry).
import { readdirSync, readFileSync } from 'node:fs';

const dir = 'src/server/db/migrations';
const journal = JSON.parse(readFileSync(`${dir}/meta/_journal.json`, 'utf8'));
const problems = [];
journal.entries.forEach((e, i) => {
  const prev = journal.entries[i - 1];
  if (prev && !(e.when > prev.when)) problems.push(`${e.tag} (${e.when}) is not newer than ${prev.tag} (${prev.when})`);
  if (e.idx !== i) problems.push(`${e.tag} has idx ${e.idx}, expected ${i}`);
});
const tags = new Set(journal.entries.map((e) => e.tag));
for (const f of readdirSync(dir).filter((f) => f.endsWith('.sql'))) {
  if (!tags.has(f.replace(/\.sql$/, ''))) problems.push(`${f} is not in the journal`);
}
for (const t of tags) if (!readdirSync(dir).includes(`${t}.sql`)) problems.push(`journal entry ${t} has no SQL file`);
if (problems.length) {
  console.error('Migration journal problems:\n  ' + problems.join('\n  '));
  process.exit(1);
}
console.log(`Migration journal OK: ${journal.entries.length} migrations in increasing order.`);
