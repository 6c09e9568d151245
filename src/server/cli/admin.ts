/**
 * Bootstrap and rescue tasks for operators, run against the configured database:
 *   npm run admin -- create-organisation --name "Eksempel Kommune" [--kind municipality]
 *   npm run admin -- create-user --username ada --name "Ada Jensen" --admin-of "Eksempel Kommune"
 *     (the password is read from BROBYGGER_ADMIN_PASSWORD, or asked for on the terminal)
 *   npm run admin -- list-organisations
 */
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { loadConfig } from '../config';
import { hashPassword } from '../auth/passwords';
import { openDatabase, type Database } from '../db/client';
import { newId } from '../db/ids';
import { memberships, organisations, users } from '../db/schema';

const usage = `Usage:
  npm run admin -- create-organisation --name NAME [--kind municipality|crisis_center|residential]
  npm run admin -- create-user --username NAME --name "Display Name" [--admin-of ORGANISATION] [--auditor-of ORGANISATION]
  npm run admin -- list-organisations
The password for create-user is read from BROBYGGER_ADMIN_PASSWORD or asked for (at least 12 characters).`;

async function askPassword(): Promise<string> {
  if (process.env.BROBYGGER_ADMIN_PASSWORD) return process.env.BROBYGGER_ADMIN_PASSWORD;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await rl.question('Password (at least 12 characters): ');
  rl.close();
  return answer;
}

async function organisationId(database: Database, name: string): Promise<string> {
  const [org] = await database.db.select().from(organisations).where(eq(organisations.name, name));
  if (!org) throw new Error(`no organisation named "${name}" (see list-organisations)`);
  return org.id;
}

async function run(database: Database, command: string | undefined, values: Record<string, string | undefined>) {
  const config = loadConfig();
  switch (command) {
    case 'create-organisation': {
      if (!values.name) throw new Error('--name is required');
      const id = newId();
      await database.db.insert(organisations).values({ id, name: values.name, kind: values.kind ?? 'municipality' });
      return `Created organisation "${values.name}" (${id}).`;
    }
    case 'create-user': {
      if (!values.username || !values.name) throw new Error('--username and --name are required');
      const password = await askPassword();
      if (password.length < config.minPasswordLength) throw new Error(`the password must be at least ${config.minPasswordLength} characters`);
      const orgRoles = [
        ...(values['admin-of'] ? [{ org: await organisationId(database, values['admin-of']), role: 'admin' }] : []),
        ...(values['auditor-of'] ? [{ org: await organisationId(database, values['auditor-of']), role: 'auditor' }] : []),
      ];
      const id = newId();
      await database.db.transaction(async (tx) => {
        await tx.insert(users).values({ id, username: values.username!.toLowerCase(), displayName: values.name!, passwordHash: await hashPassword(password) });
        for (const r of orgRoles) await tx.insert(memberships).values({ id: newId(), userId: id, organisationId: r.org, unitId: null, role: r.role });
      });
      return `Created user "${values.username}"${orgRoles.length ? ` with ${orgRoles.map((r) => r.role).join(' and ')} role` : ''}.`;
    }
    case 'list-organisations': {
      const rows = await database.db.select().from(organisations).orderBy(organisations.name);
      return rows.map((o) => `${o.id}  ${o.name} (${o.kind})`).join('\n') || 'No organisations yet.';
    }
    default:
      throw new Error(usage);
  }
}

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      kind: { type: 'string' },
      username: { type: 'string' },
      'admin-of': { type: 'string' },
      'auditor-of': { type: 'string' },
    },
  });
  const config = loadConfig();
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.databaseUrl ? null : config.dataDir });
  try {
    await database.migrate();
    console.log(await run(database, positionals[0], values));
  } finally {
    await database.close();
  }
}

main().catch((err) => {
  console.error((err as Error).message);
  process.exit(1);
});
