import pg from 'pg';
import { BENCH_LEADER } from './args';

/** The bench worker: bench.w001, a member of "SKP Nord" (workers are spread round-robin over the units). */
export const BENCH_WORKER = { username: 'bench.w001', password: BENCH_LEADER.password };

export type BenchIds = {
  scale: string;
  citizens: number;
  attempts: number;
  /** The leader's unit ("SKP Nord"). */
  unitId: string;
  /** Running outreach courses of the unit (with their citizens), for the write and read operations; the SQL ceiling writes to the last. */
  courses: { courseId: string; citizenId: string }[];
  /** A surname to search for. */
  search: string;
};

/** What the operations need from a generated bench database. */
export async function benchIds(url: string): Promise<BenchIds> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const unit = await c.query(`select u.id from units u join memberships m on m.unit_id = u.id join users s on s.id = m.user_id where s.username = $1 and m.role = 'leader'`, [BENCH_LEADER.username]);
    if (!unit.rowCount) throw new Error('no bench data: run npm run bench:seed first');
    const unitId: string = unit.rows[0].id;
    const courses = await c.query(
      `select k.id as "courseId", k.citizen_id as "citizenId" from courses k
        where k.unit_id = $1 and k.method = 'outreach' and k.status = 'active' order by k.id limit 201`,
      [unitId],
    );
    const counts = await c.query(`select (select count(*) from citizens)::int as citizens, (select count(*) from contact_attempts)::int as attempts`);
    const { citizens, attempts } = counts.rows[0] as { citizens: number; attempts: number };
    return { scale: citizens >= 20_000 ? 'copenhagen' : citizens >= 2_000 ? 'municipality' : 'small', citizens, attempts, unitId, courses: courses.rows, search: 'Jensen' };
  } finally {
    await c.end();
  }
}
