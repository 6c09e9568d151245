import { resolve } from 'node:path';
import { SMALL_NUMBER_THRESHOLD } from '../shared/indicators';

export type Config = {
  port: number;
  /** PostgreSQL server URL; when absent the embedded PGlite database in dataDir is used. */
  databaseUrl: string | null;
  dataDir: string;
  /** Demo mode: fictional demo data is seeded and demo keys may be used. */
  demo: boolean;
  /** 32-byte master key for CPR encryption and hashing (base64). */
  cprKey: Buffer;
  /** Public origin (scheme://host[:port]) when behind a proxy; otherwise the request's own origin. */
  publicOrigin: string | null;
  secureCookies: boolean;
  /** Days a user keeps access to a citizen after the course that gave access ended. */
  accessGraceDays: number;
  breakGlassHours: number;
  noteEditMinutes: number;
  sessionHours: number;
  minPasswordLength: number;
  /** Days after which an offer's confirmed waiting time is marked stale. */
  waitingTimeStaleDays: number;
  /** Planned length of a crisis-center stay when none was recorded (the midway date is proposed from it). */
  crisisDefaultStayDays: number;
  /** Map tiles for the place register ({z}/{x}/{y} template); none: the map shows markers only. */
  mapTileUrl: string | null;
  mapAttribution: string | null;
  /** CTI: phase 1 needs housing recorded on the citizen (Danish Housing First). */
  ctiRequireHousing: boolean;
  /** CTI: planned months of phases 1–3, and the expected days between contacts in each. */
  ctiPhaseMonths: [number, number, number];
  ctiContactDays: [number, number, number];
  /** FIT: an outcome instrument measured this many times without meaningful improvement raises an alert. */
  fitNoImprovementSessions: number;
  /** Indicators: a figure resting on fewer citizens than this is suppressed outside the unit and in exports (domain §8). */
  smallNumberThreshold: number;
  /** Indicators: how often the job refreshes the stored monthly figures (cron, Danish time; PostgreSQL only). */
  indicatorRefreshCron: string;
  /** Indicators: stored figures older than this (minutes) are not served; the figures are computed for the request instead. */
  indicatorMaxAgeMinutes: number;
};

/** Fixed key for demo mode only. Never use outside demo: real deployments set BROBYGGER_CPR_KEY. */
const DEMO_CPR_KEY = Buffer.from('YnJvYnlnZ2VyLWRlbW8ta2V5LW5vdC1mb3ItcmVhbC0=', 'base64');

function int(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative whole number`);
  return n;
}

/** Three positive whole numbers, comma-separated ("3,3,3"). */
function triple(value: string | undefined, fallback: [number, number, number], name: string): [number, number, number] {
  if (value === undefined || value === '') return fallback;
  const parts = value.split(',').map((p) => Number(p.trim()));
  if (parts.length !== 3 || parts.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`${name} must be three positive whole numbers, e.g. "${fallback.join(',')}"`);
  return parts as [number, number, number];
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL || null;
  const demo = env.BROBYGGER_DEMO ? env.BROBYGGER_DEMO === '1' : !databaseUrl;
  let cprKey: Buffer;
  if (env.BROBYGGER_CPR_KEY) {
    cprKey = Buffer.from(env.BROBYGGER_CPR_KEY, 'base64');
    if (cprKey.length !== 32) throw new Error('BROBYGGER_CPR_KEY must be 32 bytes, base64-encoded (openssl rand -base64 32)');
  } else if (demo) {
    cprKey = DEMO_CPR_KEY;
  } else {
    throw new Error('BROBYGGER_CPR_KEY is required outside demo mode (generate one with: openssl rand -base64 32)');
  }
  return {
    port: int(env.PORT, 3000, 'PORT'),
    databaseUrl,
    dataDir: resolve(env.BROBYGGER_DATA_DIR || './data'),
    demo,
    cprKey,
    publicOrigin: env.BROBYGGER_PUBLIC_URL ? new URL(env.BROBYGGER_PUBLIC_URL).origin : null,
    secureCookies: env.BROBYGGER_SECURE_COOKIES ? env.BROBYGGER_SECURE_COOKIES === '1' : Boolean(env.BROBYGGER_PUBLIC_URL?.startsWith('https:')),
    accessGraceDays: int(env.BROBYGGER_ACCESS_GRACE_DAYS, 30, 'BROBYGGER_ACCESS_GRACE_DAYS'),
    breakGlassHours: int(env.BROBYGGER_BREAK_GLASS_HOURS, 12, 'BROBYGGER_BREAK_GLASS_HOURS'),
    noteEditMinutes: int(env.BROBYGGER_NOTE_EDIT_MINUTES, 60, 'BROBYGGER_NOTE_EDIT_MINUTES'),
    sessionHours: int(env.BROBYGGER_SESSION_HOURS, 12, 'BROBYGGER_SESSION_HOURS'),
    minPasswordLength: 12,
    waitingTimeStaleDays: int(env.BROBYGGER_WAITING_TIME_STALE_DAYS, 90, 'BROBYGGER_WAITING_TIME_STALE_DAYS'),
    crisisDefaultStayDays: Math.max(1, int(env.BROBYGGER_CRISIS_DEFAULT_STAY_DAYS, 28, 'BROBYGGER_CRISIS_DEFAULT_STAY_DAYS')),
    mapTileUrl: env.BROBYGGER_MAP_TILE_URL || null,
    mapAttribution: env.BROBYGGER_MAP_ATTRIBUTION || null,
    ctiRequireHousing: (env.BROBYGGER_CTI_REQUIRE_HOUSING ?? '1') !== '0',
    ctiPhaseMonths: triple(env.BROBYGGER_CTI_PHASE_MONTHS, [3, 3, 3], 'BROBYGGER_CTI_PHASE_MONTHS'),
    ctiContactDays: triple(env.BROBYGGER_CTI_CONTACT_DAYS, [7, 14, 30], 'BROBYGGER_CTI_CONTACT_DAYS'),
    fitNoImprovementSessions: Math.max(2, int(env.BROBYGGER_FIT_NO_IMPROVEMENT_SESSIONS, 6, 'BROBYGGER_FIT_NO_IMPROVEMENT_SESSIONS')),
    // Never below 2: a figure about one citizen is always that citizen's.
    smallNumberThreshold: Math.max(2, int(env.BROBYGGER_SMALL_NUMBER_THRESHOLD, SMALL_NUMBER_THRESHOLD, 'BROBYGGER_SMALL_NUMBER_THRESHOLD')),
    indicatorRefreshCron: env.BROBYGGER_INDICATOR_REFRESH_CRON?.trim() || '*/10 * * * *',
    indicatorMaxAgeMinutes: Math.max(1, int(env.BROBYGGER_INDICATOR_MAX_AGE_MINUTES, 60, 'BROBYGGER_INDICATOR_MAX_AGE_MINUTES')),
  };
}

/** A configuration for tests: demo mode, in-memory database. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ BROBYGGER_DEMO: '1' } as NodeJS.ProcessEnv), ...overrides };
}
