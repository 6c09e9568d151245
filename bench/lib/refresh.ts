import { jobScope } from '../../src/server/access/system-scope';
import { loadConfig } from '../../src/server/config';
import { createCprCrypto } from '../../src/server/crypto/cpr-crypto';
import { openDatabase } from '../../src/server/db/client';
import { refreshIndicators, type RefreshReport } from '../../src/server/modules/indicators/refresh';

/** A fixed key for the bench database only (no CPR numbers are generated). */
export const BENCH_CPR_KEY = Buffer.alloc(32, 7).toString('base64');

/** The app's configuration for the bench database (PostgreSQL, not demo mode). */
export const benchConfig = (url: string) => loadConfig({ DATABASE_URL: url, BROBYGGER_DEMO: '0', BROBYGGER_CPR_KEY: BENCH_CPR_KEY } as NodeJS.ProcessEnv);

/** Runs the indicator refresh job's work once, as pg-boss would, and reports how long it took. */
export async function refreshOnce(url: string): Promise<RefreshReport> {
  const config = benchConfig(url);
  const database = await openDatabase({ url, dataDir: null });
  try {
    await database.migrate();
    return await refreshIndicators(jobScope({ database, config, cpr: createCprCrypto(config.cprKey) }));
  } finally {
    await database.close();
  }
}
