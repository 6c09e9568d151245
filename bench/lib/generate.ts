/**
 * The bench data as server-side `insert … select … from generate_series` statements. Every random
 * choice is a hash of (seed, purpose, row number), so a seed gives the same data whatever the query
 * plan; dates are relative to the day of the run. Nothing is written to the audit tables.
 */
export type Counts = { citizens: number; workers: number; attempts: number; notes: number; measurements: number; referrals: number; episodes: number };

export const SCALES: Record<string, Counts> = {
  copenhagen: { citizens: 20_000, workers: 150, attempts: 2_000_000, notes: 300_000, measurements: 200_000, referrals: 60_000, episodes: 5_000 },
  municipality: { citizens: 2_000, workers: 24, attempts: 200_000, notes: 30_000, measurements: 20_000, referrals: 6_000, episodes: 500 },
  small: { citizens: 200, workers: 24, attempts: 20_000, notes: 3_000, measurements: 2_000, referrals: 600, episodes: 50 },
};

export const UNITS = 12;
const unitNames = ['SKP Nord', 'SKP Syd', 'SKP Vest', 'SKP Øst', 'SKP Centrum', 'CTI-teamet Nord', 'CTI-teamet Syd', 'ICM-teamet', 'ACT-teamet Nord', 'ACT-teamet Syd', 'Bostedet Ved Søen', 'Bostedet Havnen'];
/** Units 1–5 outreach, 6–7 CTI, 8 ICM, 9–10 ACT, 11–12 residential. */
const methodOf = (u: string) => `(case when ${u} <= 5 then 'outreach' when ${u} <= 7 then 'cti' when ${u} = 8 then 'icm' when ${u} <= 10 then 'act' else 'residential' end)`;

const list = (xs: string[]) => `array[${xs.map((x) => `'${x.replace(/'/g, "''")}'`).join(',')}]`;
const pick = (xs: string[], r: string) => `(${list(xs)})[1 + floor(${r} * ${xs.length})::int]`;

export function statements(seed: number, n: Counts, passwordHash: string): { label: string; table?: string; sql: string }[] {
  const S = Math.trunc(seed);
  const r = (tag: string, i: string) => `bench_rand('${S}:${tag}', ${i})`;
  // A valid version-4 UUID (the API's id schema checks the version and variant) from the hash.
  const uid = (tag: string, i: string) => `overlay(overlay(md5('${S}:${tag}:' || (${i})) placing '4' from 13) placing '8' from 17)::uuid`;
  const W = n.workers;
  /** A worker of unit `u` (workers are spread round-robin over the units). */
  const workerOf = (u: string, tag: string, i: string) => uid('user', `${u} + ${UNITS} * floor(${r(tag, i)} * (((${W} - ${u}) / ${UNITS}) + 1))::int`);
  const org = uid('org', '1');
  const N = n.citizens;
  /** A random course of the map, joined as m. */
  const course = (tag: string) => `cross join lateral (select 1 + floor(${r(tag, 'g')} * ${N})::int as k) pickc join bench_course_map m on m.seq = pickc.k`;
  /** A moment within the course (up to an hour ago for open courses). */
  const within = (tag: string) =>
    `least(now() - interval '1 hour', m.start_date::timestamptz + interval '7 hours' + ${r(tag, 'g')} * (coalesce(m.end_date, current_date) - m.start_date + 1) * interval '1 day')`;

  return [
    {
      label: 'helpers',
      sql: `create or replace function bench_rand(salt text, i bigint) returns float8 language sql immutable as
              $$ select ('x' || substr(md5(salt || ':' || i), 1, 8))::bit(32)::bigint / 4294967296.0 $$`,
    },
    { label: 'organisation', table: 'organisations', sql: `insert into organisations (id, name, kind) values (${org}, 'Bench Kommune (fiktiv)', 'municipality')` },
    {
      label: 'units',
      table: 'units',
      sql: `insert into units (id, organisation_id, name, kind, team_method)
            select ${uid('unit', 'u')}, ${org}, (${list(unitNames)})[u], case when u > 10 then 'residential' else 'team' end,
                   case when ${methodOf('u')} in ('cti', 'icm', 'act') then ${methodOf('u')} end
              from generate_series(1, ${UNITS}) u`,
    },
    {
      label: 'users',
      table: 'users',
      sql: `insert into users (id, username, display_name, password_hash)
            select ${uid('user', 'w')}, 'bench.w' || lpad(w::text, 3, '0'), 'Medarbejder ' || w, '${passwordHash}' from generate_series(1, ${W}) w
            union all
            select ${uid('leader', 'u')}, case when u = 1 then 'bench.leder' else 'bench.leder' || u end, 'Leder ' || u, '${passwordHash}' from generate_series(1, ${UNITS}) u`,
    },
    {
      label: 'memberships',
      table: 'memberships',
      sql: `insert into memberships (id, user_id, organisation_id, unit_id, role)
            select ${uid('mw', 'w')}, ${uid('user', 'w')}, ${org}, ${uid('unit', `((w - 1) % ${UNITS}) + 1`)}, 'worker' from generate_series(1, ${W}) w
            union all
            select ${uid('ml', 'u')}, ${uid('leader', 'u')}, ${org}, ${uid('unit', 'u')}, 'leader' from generate_series(1, ${UNITS}) u`,
    },
    {
      label: 'team members',
      table: 'team_members',
      sql: `insert into team_members (unit_id, user_id, discipline)
            select ${uid('unit', `((w - 1) % ${UNITS}) + 1`)}, ${uid('user', 'w')}, 'support_worker' from generate_series(1, ${W}) w`,
    },
    {
      label: 'course map',
      sql: `create table bench_course_map as
            select i as seq, ${uid('course', 'i')} as id, ${uid('citizen', 'i')} as citizen_id, a.u as unit_seq, ${uid('unit', 'a.u')} as unit_id,
                   ${methodOf('a.u')} as method, a.sd as start_date, b.ed as end_date, ${workerOf('a.u', 'cw', 'i')} as worker_id, a.rp
              from generate_series(1, ${N}) i
              cross join lateral (select 1 + floor(${r('unit', 'i')} * ${UNITS})::int as u,
                                         current_date - floor(power(${r('start', 'i')}, 0.8) * 1825)::int as sd, ${r('end', 'i')} as re, ${r('phase', 'i')} as rp) a
              cross join lateral (select case when a.re < 0.55 then greatest(a.sd, least(a.sd + 30 + floor(${r('len', 'i')} * 670)::int, current_date - 1)) end as ed) b`,
    },
    { label: 'course map index', sql: `create unique index on bench_course_map (seq)` },
    { label: 'course map statistics', sql: `analyze bench_course_map` },
    {
      label: 'citizens',
      table: 'citizens',
      sql: `insert into citizens (id, organisation_id, kind, alias, name, birth_year, no_fixed_address, own_words, safety_notes, identified_at, created_at, updated_at)
            select m.citizen_id, ${org}, case when ${r('kind', 'm.seq')} < 0.7 then 'identified' else 'unidentified' end,
                   'Borger ' || m.seq,
                   case when ${r('kind', 'm.seq')} < 0.7 then ${pick(['Anna', 'Bo', 'Camilla', 'Dennis', 'Eva', 'Frank', 'Gitte', 'Hans', 'Ida', 'Jens', 'Karin', 'Lars', 'Mette', 'Niels', 'Ole', 'Pia'], r('fn', 'm.seq'))} || ' ' ||
                        ${pick(['Jensen', 'Nielsen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Jørgensen', 'Madsen', 'Kristensen'], r('ln', 'm.seq'))} end,
                   1950 + floor(${r('by', 'm.seq')} * 55)::int, ${r('nfa', 'm.seq')} < 0.3,
                   '{"whatMatters":"","hopesAndDreams":"","wantHelpWith":"","doNotWant":""}'::jsonb, '[]'::jsonb,
                   case when ${r('kind', 'm.seq')} < 0.7 then m.start_date::timestamptz end, m.start_date::timestamptz, m.start_date::timestamptz
              from bench_course_map m`,
    },
    {
      label: 'courses',
      table: 'courses',
      sql: `insert into courses (id, organisation_id, citizen_id, unit_id, method, method_version, phase, status, start_date, ended_at, end_reason, created_by, created_at, updated_at)
            select m.id, ${org}, m.citizen_id, m.unit_id, m.method, '1', p.phase, s.status, m.start_date,
                   case when m.end_date is not null then m.end_date::timestamptz + interval '12 hours' end,
                   case s.status when 'completed' then 'completed' when 'ended_early' then 'declined' when 'transferred' then 'moved' end,
                   m.worker_id, m.start_date::timestamptz, m.start_date::timestamptz
              from bench_course_map m
              cross join lateral (select case m.method when 'outreach' then ${pick(['2A', '2B', '2C'], 'm.rp')} when 'cti' then ${pick(['contact', 'phase1', 'phase2', 'phase3'], 'm.rp')}
                                   when 'residential' then ${pick(['moving_in', 'living', 'moving_on'], 'm.rp')} else ${pick(['engage', 'active'], 'm.rp')} end as phase) p
              cross join lateral (select case when m.end_date is null then 'active' else ${pick(['completed', 'completed', 'ended_early', 'transferred'], r('st', 'm.seq'))} end as status) s`,
    },
    { label: 'course workers', table: 'course_workers', sql: `insert into course_workers (course_id, user_id) select id, worker_id from bench_course_map` },
    {
      label: 'phase history',
      table: 'course_phase_history',
      sql: `insert into course_phase_history (id, course_id, from_phase, to_phase, at, by_user_id)
            select ${uid('ph0', 'm.seq')}, m.id, null, case m.method when 'outreach' then '2A' when 'cti' then 'contact' when 'residential' then 'moving_in' else 'engage' end,
                   m.start_date::timestamptz + interval '9 hours', m.worker_id from bench_course_map m
            union all
            select ${uid('ph1', 'm.seq')}, m.id, case m.method when 'outreach' then '2A' when 'cti' then 'contact' when 'residential' then 'moving_in' else 'engage' end,
                   case when m.method = 'cti' then 'phase1' else c.phase end, m.start_date::timestamptz + interval '14 days 9 hours', m.worker_id
              from bench_course_map m join courses c on c.id = m.id
             where c.phase not in ('2A', 'contact', 'moving_in', 'engage')
            union all
            select ${uid('ph2', 'm.seq')}, m.id, 'phase1', c.phase, m.start_date::timestamptz + interval '104 days 9 hours', m.worker_id
              from bench_course_map m join courses c on c.id = m.id where c.phase in ('phase2', 'phase3')`,
    },
    {
      label: 'contact plans',
      table: 'contact_plans',
      sql: `insert into contact_plans (course_id, version, organisation_id, citizen_id, where_text, how_text, cadence_days, keep_contact_text, author_ids, created_by, created_at)
            select m.id, 1, ${org}, m.citizen_id, 'Ved stationen om morgenen', 'Roligt, med kaffe', (array[7, 14, 30])[1 + floor(${r('cad', 'm.seq')} * 3)::int],
                   'Faste tider', jsonb_build_array(m.worker_id::text), m.worker_id, m.start_date::timestamptz + interval '2 days'
              from bench_course_map m where m.method = 'outreach'`,
    },
    {
      label: 'contact attempts',
      table: 'contact_attempts',
      sql: `insert into contact_attempts (id, organisation_id, course_id, citizen_id, at, place, method, outcome, signs_of_life, participant_ids, next_planned_at, created_by, created_at)
            select ${uid('att', 'g')}, ${org}, m.id, m.citizen_id, t.at, ${pick(['Stationen', 'Parken', 'Væresteder', 'Hjemme', 'Biblioteket', 'Havnen'], r('apl', 'g'))},
                   ${pick(['observation', 'door_knock', 'note_in_door', 'postcard', 'phone_sms', 'public_meeting', 'via_partner', 'meeting'], r('am', 'g'))}, o.outcome,
                   case when o.outcome = 'signs_of_life' then '["footprints"]'::jsonb else '[]'::jsonb end, jsonb_build_array(m.worker_id::text),
                   case when ${r('nx', 'g')} < 0.2 then t.at + interval '7 days' end, m.worker_id, t.at
              from generate_series(1, ${n.attempts}) g ${course('ac')}
              cross join lateral (select ${within('aat')} as at) t
              cross join lateral (select case when x < 0.35 then 'no_one_there' when x < 0.5 then 'signs_of_life' when x < 0.55 then 'rejected'
                                              when x < 0.75 then 'brief_contact' when x < 0.95 then 'conversation' else 'meeting_agreed' end as outcome
                                    from (select ${r('ao', 'g')} as x) q) o`,
    },
    {
      label: 'case notes',
      table: 'case_notes',
      sql: `insert into case_notes (id, organisation_id, course_id, citizen_id, author_id, text, occurred_at, created_at, updated_at)
            select ${uid('note', 'g')}, ${org}, m.id, m.citizen_id, m.worker_id,
                   ${pick(['Mødtes ved stationen, talte om boligen.', 'Kort snak, var træt i dag.', 'Fulgtes til lægen.', 'Aftalte at ses igen på torsdag.', 'Ønsker hjælp til økonomien.', 'God dag, drak kaffe sammen.'], r('nt', 'g'))},
                   t.at, t.at, t.at
              from generate_series(1, ${n.notes}) g ${course('nc')} cross join lateral (select ${within('nat')} as at) t`,
    },
    {
      label: 'measurements (WHO-5)',
      table: 'measurements',
      sql: `insert into measurements (id, organisation_id, citizen_id, course_id, instrument_key, instrument_version, at, answers, raw, total, mode, by_user_id, created_at)
            select ${uid('meas', 'g')}, ${org}, m.citizen_id, m.id, 'who5', 1, t.at,
                   jsonb_build_object('cheerful', a.a1, 'calm', a.a2, 'active', a.a3, 'rested', a.a4, 'interest', a.a5),
                   a.a1 + a.a2 + a.a3 + a.a4 + a.a5, (a.a1 + a.a2 + a.a3 + a.a4 + a.a5) * 4, 'verbal', m.worker_id, t.at
              from generate_series(1, ${n.measurements}) g ${course('mc')} cross join lateral (select ${within('mat')} as at) t
              cross join lateral (select floor(${r('a1', 'g')} * 6)::int a1, floor(${r('a2', 'g')} * 6)::int a2, floor(${r('a3', 'g')} * 6)::int a3,
                                         floor(${r('a4', 'g')} * 6)::int a4, floor(${r('a5', 'g')} * 6)::int a5) a`,
    },
    {
      label: 'offers',
      table: 'offers',
      sql: `insert into offers (id, organisation_id, name, category, sector, provider, waiting_time_days)
            select ${uid('offer', 'o')}, ${org}, 'Tilbud ' || o, ${pick(['housing', 'mental_health', 'substance_use', 'health', 'drop_in', 'employment', 'activity', 'network', 'finances', 'other'], r('oc', 'o'))},
                   ${pick(['public', 'private', 'civil'], r('os', 'o'))}, 'Udbyder ' || o, floor(${r('ow', 'o')} * 60)::int
              from generate_series(1, 40) o`,
    },
    {
      label: 'referrals',
      table: 'referrals',
      sql: `insert into referrals (id, organisation_id, course_id, citizen_id, offer_id, status, status_date, started_on, accompanied, created_by, created_at, updated_at)
            select ${uid('ref', 'g')}, ${org}, m.id, m.citizen_id, ${uid('offer', `1 + floor(${r('ro', 'g')} * 40)::int`)}, s.status, t.at::date,
                   case when s.status in ('started', 'retained_1m', 'retained_3m') then t.at::date end, ${r('acc', 'g')} < 0.4, m.worker_id, t.at, t.at
              from generate_series(1, ${n.referrals}) g ${course('rc')} cross join lateral (select ${within('rat')} as at) t
              cross join lateral (select ${pick(['proposed', 'contacted', 'first_meeting', 'started', 'started', 'retained_1m', 'retained_1m', 'retained_3m', 'dropped', 'declined'], r('rs', 'g'))} as status) s`,
    },
    {
      label: 'episodes',
      table: 'episodes',
      sql: `insert into episodes (id, organisation_id, unit_id, occurred_at, location, type, severity, description, actions_taken, anyone_hurt, created_by, created_at)
            select ${uid('ep', 'g')}, ${org}, ${uid('unit', 'e.u')}, e.at, ${pick(['Fællesrummet', 'Gangen', 'Køkkenet', 'Gården'], r('el', 'g'))},
                   ${pick(['threat', 'threat', 'violence', 'self_harm', 'damage'], r('et', 'g'))}, ${pick(['minor', 'minor', 'moderate', 'serious'], r('es', 'g'))},
                   'Uro i fællesrummet (fiktivt).', 'Talte situationen ned.', ${r('eh', 'g')} < 0.1, ${workerOf('e.u', 'ew', 'g')}, e.at
              from generate_series(1, ${n.episodes}) g
              cross join lateral (select 11 + floor(${r('eu', 'g')} * 2)::int as u, now() - ${r('eat', 'g')} * interval '1825 days' as at) e`,
    },
    // One statement each: the same list runs through drivers that refuse several statements at once.
    { label: 'clean-up', sql: `drop table bench_course_map` },
    { label: 'clean-up', sql: `drop function bench_rand(text, bigint)` },
    { label: 'statistics', sql: `analyze` },
  ];
}
