// The indicator refresh in a process of its own (started by jobs.ts for each run): the refresh reads
// years of observations per unit, so it runs apart from the server that answers requests — its
// JavaScript does not hold up their event loop, and its memory is given back when it ends.
// Protocol (IPC, advanced serialisation): receives { config }, answers { report } or { error: name }.
import { jobScope } from '../access/system-scope';
import type { Config } from '../config';
import { createCprCrypto } from '../crypto/cpr-crypto';
import { openDatabase } from '../db/client';
import { refreshIndicators } from '../modules/indicators/refresh';

// The server went away (stopped or crashed) before the refresh was done: stop too; the unit being
// refreshed is rolled back.
let done = false;
process.on('disconnect', () => {
  if (!done) process.exit(1);
});

process.once('message', async ({ config }: { config: Config }) => {
  const database = await openDatabase({ url: config.databaseUrl, dataDir: null });
  try {
    const report = await refreshIndicators(jobScope({ database, config, cpr: createCprCrypto(config.cprKey) }));
    process.send!({ report: { ...report, pid: process.pid } });
  } catch (err) {
    // By name only: a message may quote data.
    process.send!({ error: (err as Error).name });
  } finally {
    done = true;
    await database.close();
    process.disconnect();
  }
});
