import type { Config } from './config';
import type { Database } from './db/client';
import type { CprCrypto } from './crypto/cpr-crypto';

/** What the app is built from; tests build it with an in-memory database. */
export type Deps = { database: Database; config: Config; cpr: CprCrypto };
