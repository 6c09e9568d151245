import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Client, type TestContext } from './harness';
import { API, countRows, demoIds, expectProblem, MANDEN, passesModulus11, type DemoIds } from './helpers';

/** Citizens (create, read, edit, identify, CPR), the caseload list, and case notes. */

let t: TestContext;
let demo: DemoIds;
let vita: Client;
let skp: string;

beforeAll(async () => {
  t = await createTestContext();
  demo = await demoIds(t);
  vita = await t.login('vita');
  skp = demo.unit('SKP-teamet');
});
afterAll(() => t.close());

const course = () => ({ method: 'outreach', unitId: skp });
const create = (body: Record<string, unknown>) => vita.post(`${API}/citizens`, { course: course(), ...body });
const read = async (id: string) => (await vita.get(`${API}/citizens/${id}`)).body;

describe('creating, reading and editing citizens', () => {
  it('creates an unidentified citizen with its first course and reads it back', async () => {
    const res = await create({ kind: 'unidentified', alias: 'Manden med cyklen', description: 'Cykler rundt om natten', place: 'Torvet', safetyNotes: ['Arbejd i par'] });
    expect(res.status).toBe(201);
    expect(res.body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await read(res.body.id)).toMatchObject({
      kind: 'unidentified',
      displayName: 'Manden med cyklen',
      alias: 'Manden med cyklen',
      name: null,
      cpr: null,
      hasCpr: false,
      place: 'Torvet',
      safetyNotes: ['Arbejd i par'],
      ownWords: { whatMatters: '', hopesAndDreams: '', wantHelpWith: '', doNotWant: '' },
      identifiedAt: null,
      access: 'course',
      canEdit: true,
    });
    const courses = await vita.get(`${API}/citizens/${res.body.id}/courses`);
    expect(courses.body.items).toHaveLength(1);
    expect(courses.body.items[0]).toMatchObject({ method: 'outreach', unitId: skp, status: 'active', responsible: [{ displayName: 'Vita Sørensen' }] });
  });

  it('creates an identified citizen; own words and safety notes round-trip', async () => {
    const ownWords = { whatMatters: 'Min kat', hopesAndDreams: 'Et hjem', wantHelpWith: 'Breve', doNotWant: 'Møder om morgenen' };
    const res = await create({ kind: 'identified', name: 'Grethe Hansen', cpr: '120356-1230', phone: '+45 12 34 56 78', noFixedAddress: true, ownWords, safetyNotes: ['Hund', 'Ring først'] });
    expect(res.status).toBe(201);
    expect(await read(res.body.id)).toMatchObject({ kind: 'identified', name: 'Grethe Hansen', cpr: '120356-1230', hasCpr: true, birthYear: 1956, noFixedAddress: true, ownWords, safetyNotes: ['Hund', 'Ring først'] });
  });

  it('edits fields and keeps the rest of the own words', async () => {
    const { body } = await create({ kind: 'identified', name: 'Poul Poulsen', ownWords: { whatMatters: 'Fiskeri', hopesAndDreams: 'En båd' } });
    const res = await vita.patch(`${API}/citizens/${body.id}`, { phone: '22334455', ownWords: { wantHelpWith: 'Lægen' }, safetyNotes: [] });
    expect(res.status).toBe(200);
    expect(await read(body.id)).toMatchObject({ phone: '22334455', ownWords: { whatMatters: 'Fiskeri', hopesAndDreams: 'En båd', wantHelpWith: 'Lægen', doNotWant: '' }, safetyNotes: [] });
  });

  it('identifies an unidentified citizen later', async () => {
    const { body } = await create({ kind: 'unidentified', alias: 'Kvinden med hunden' });
    expectProblem(await vita.patch(`${API}/citizens/${body.id}`, { kind: 'identified' }), 422, 'validation_failed');
    expectProblem(await vita.patch(`${API}/citizens/${body.id}`, { cpr: '120356-1230' }), 422, 'validation_failed');
    const res = await vita.patch(`${API}/citizens/${body.id}`, { kind: 'identified', name: 'Hanne Hund', cpr: '0304851234' });
    expect(res.status).toBe(200);
    const after = await read(body.id);
    expect(after).toMatchObject({ kind: 'identified', name: 'Hanne Hund', displayName: 'Hanne Hund', alias: 'Kvinden med hunden', cpr: '030485-1234' });
    expect(after.identifiedAt).not.toBeNull();
    expectProblem(await vita.patch(`${API}/citizens/${body.id}`, { name: null }), 422, 'validation_failed');
  });

  it('refuses a CPR number on an unidentified citizen and a missing alias or name', async () => {
    for (const body of [{ kind: 'unidentified', alias: 'X', cpr: '120356-1230' }, { kind: 'unidentified' }, { kind: 'identified', alias: 'Uden navn' }]) {
      expectProblem(await create(body), 422, 'validation_failed');
    }
  });

  it('answers 403 unit_not_in_scope for a unit the user does not belong to, 422 for an unknown method', async () => {
    const before = await countRows(t, 'citizens');
    expectProblem(await vita.post(`${API}/citizens`, { kind: 'unidentified', alias: 'X', course: { method: 'outreach', unitId: demo.unit('CTI-teamet') } }), 403, 'unit_not_in_scope');
    expectProblem(await vita.post(`${API}/citizens`, { kind: 'unidentified', alias: 'X', course: { method: 'outreach', unitId: demo.unit('Opsøgende team') } }), 403, 'unit_not_in_scope');
    const unknown = await vita.post(`${API}/citizens`, { kind: 'unidentified', alias: 'X', course: { method: 'healing-crystals', unitId: skp } });
    expectProblem(unknown, 422, 'validation_failed');
    expect(unknown.body.errors).toEqual([{ path: 'course.method', code: 'invalid_value' }]);
    const jonas = demo.citizen('Jonas Vestergaard');
    expectProblem(await vita.post(`${API}/citizens/${jonas}/courses`, { method: 'generic', unitId: demo.unit('CTI-teamet') }), 403, 'unit_not_in_scope');
    expect(await countRows(t, 'citizens')).toBe(before);
  });
});

describe('CPR numbers', () => {
  const cprOf = async (cpr: string) => {
    const res = await create({ kind: 'identified', name: `Cpr ${cpr}`, cpr });
    return res.status === 201 ? (await read(res.body.id)).cpr : res.body.errors;
  };

  it('accepts DDMMYY-SSSS and 10 digits, and numbers that fail modulus 11', async () => {
    expect(passesModulus11('101010-1017')).toBe(false);
    expect(await cprOf('101010-1017')).toBe('101010-1017');
    expect(await cprOf('1110101017')).toBe('111010-1017');
    expect(await cprOf('290200-4321')).toBe('290200-4321'); // 2000 was a leap year (digit 7 = 4, year 00 → 2000)
    expect(await cprOf('290296-1234')).toBe('290296-1234');
  });

  it('refuses dates that do not exist in the century given by digit 7, and future dates', async () => {
    for (const bad of ['290201-4321', '310490-1234', '290200-1234', '000180-1234', '011380-1234', '010150-5000', '12345', '010180-12345', 'abcdefghij']) {
      expect(await cprOf(bad), bad).toEqual([{ path: 'cpr', code: 'invalid_cpr' }]);
    }
  });

  it('stores the number encrypted and finds it by either format', async () => {
    const { body } = await create({ kind: 'identified', name: 'Krypteret Person', cpr: '240466-1357' });
    const [row] = await t.sql<{ cpr_encrypted: string; cpr_hash: string }>('select cpr_encrypted, cpr_hash from citizens where id = $1', [body.id]);
    for (const stored of [row.cpr_encrypted, row.cpr_hash]) {
      expect(stored).toBeTruthy();
      expect(stored).not.toContain('2404661357');
      expect(stored).not.toContain('240466');
    }
    for (const q of ['240466-1357', '2404661357']) {
      const res = await vita.get(`${API}/citizens?q=${q}`);
      expect(res.body.items.map((i: { id: string }) => i.id), q).toEqual([body.id]);
    }
    expect((await vita.get(`${API}/citizens?q=240466-1358`)).body.total).toBe(0);
    expect((await vita.patch(`${API}/citizens/${body.id}`, { cpr: null })).status).toBe(200);
    expect(await read(body.id)).toMatchObject({ cpr: null, hasCpr: false });
    expect((await t.sql('select cpr_encrypted, cpr_hash from citizens where id = $1', [body.id]))[0]).toEqual({ cpr_encrypted: null, cpr_hash: null });
  });
});

describe('the caseload list', () => {
  it('paginates with page, pageSize and total', async () => {
    const all = await vita.get(`${API}/citizens?pageSize=100`);
    const total = all.body.total;
    expect(total).toBe(all.body.items.length);
    expect(total).toBeGreaterThan(4);
    const seen: string[] = [];
    for (let page = 1; page <= Math.ceil(total / 2); page++) {
      const res = await vita.get(`${API}/citizens?page=${page}&pageSize=2`);
      expect(res.body).toMatchObject({ page, pageSize: 2, total });
      seen.push(...res.body.items.map((i: { id: string }) => i.id));
    }
    expect(seen).toEqual(all.body.items.map((i: { id: string }) => i.id));
    expect((await vita.get(`${API}/citizens?page=999&pageSize=2`)).body).toMatchObject({ items: [], total });
  });

  it('mine=true limits to courses where the user is responsible', async () => {
    const names = async (client: Client, query: string) => (await client.get(`${API}/citizens?pageSize=100${query}`)).body.items.map((i: { displayName: string }) => i.displayName);
    expect(await names(vita, '')).toContain('Kvinden på bænken ved biblioteket');
    expect(await names(vita, '&mine=true')).not.toContain('Kvinden på bænken ved biblioteket');
    expect(await names(vita, '&mine=true')).toEqual(expect.arrayContaining(['Jonas Vestergaard', 'Manden for enden af grusvejen']));
    const yosef = await t.login('yosef');
    expect(await names(yosef, '&mine=true')).toEqual(['Kvinden på bænken ved biblioteket', 'Manden for enden af grusvejen']);
  });
});

describe('case notes', () => {
  let courseId: string;
  beforeAll(async () => {
    courseId = demo.course('Jonas Vestergaard');
  });
  const notesOf = async () => (await vita.get(`${API}/courses/${courseId}/notes`)).body.items as { id: string; text: string; version: number; history: unknown[]; editableUntil: string | null }[];

  it('creates a note; a retry with the same client id creates nothing new', async () => {
    const id = randomUUID();
    const first = await vita.post(`${API}/courses/${courseId}/notes`, { id, text: 'Kaffe med Jonas på havnen.' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ id, text: 'Kaffe med Jonas på havnen.', authorName: 'Vita Sørensen', version: 1 });
    const retry = await vita.post(`${API}/courses/${courseId}/notes`, { id, text: 'Kaffe med Jonas på havnen.' });
    expect(retry.status).toBe(200);
    expect(retry.body.id).toBe(id);
    expect(await countRows(t, 'case_notes', 'id = $1', [id])).toBe(1);
    expectProblem(await vita.post(`${API}/courses/${courseId}/notes`, { id, text: 'Noget andet' }), 409, 'conflict');
    expect((await notesOf()).filter((n) => n.id === id)).toHaveLength(1);
    // The caseload list shows the note as the citizen's last activity.
    const listed = (await vita.get(`${API}/citizens?q=Jonas`)).body.items.find((i: { displayName: string }) => i.displayName === 'Jonas Vestergaard');
    expect(listed.lastActivityAt).toBe(first.body.createdAt);
  });

  it('the author edits within the window and the earlier text is kept', async () => {
    const note = await vita.post(`${API}/courses/${courseId}/notes`, { text: 'Første udgave' });
    expect(note.body.editableUntil).not.toBeNull();
    const edited = await vita.patch(`${API}/notes/${note.body.id}`, { text: 'Rettet udgave' });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ text: 'Rettet udgave', version: 2, history: [{ version: 1, text: 'Første udgave' }] });
    expect((await notesOf()).find((n) => n.id === note.body.id)).toMatchObject({ text: 'Rettet udgave', version: 2, history: [{ version: 1, text: 'Første udgave' }] });
  });

  it('another worker may not edit the note (403 not_note_author)', async () => {
    const note = await vita.post(`${API}/courses/${demo.course(MANDEN)}/notes`, { text: 'Vitas notat' });
    const yosef = await t.login('yosef');
    expectProblem(await yosef.patch(`${API}/notes/${note.body.id}`, { text: 'Yosefs rettelse' }), 403, 'not_note_author');
    expect((await t.sql('select text, version from case_notes where id = $1', [note.body.id]))[0]).toEqual({ text: 'Vitas notat', version: 1 });
  });

  it('the edit window closes (409 note_edit_window_closed)', async () => {
    const note = await vita.post(`${API}/courses/${courseId}/notes`, { text: 'Gammelt notat' });
    await t.sql(`update case_notes set created_at = now() - make_interval(mins => $1::int + 1) where id = $2`, [t.deps.config.noteEditMinutes, note.body.id]);
    expectProblem(await vita.patch(`${API}/notes/${note.body.id}`, { text: 'For sent' }), 409, 'note_edit_window_closed');
    expect((await notesOf()).find((n) => n.id === note.body.id)).toMatchObject({ text: 'Gammelt notat', version: 1, editableUntil: null, history: [] });
  });

  it('refuses a note dated in the future and an empty note', async () => {
    const future = new Date(Date.now() + 86_400_000).toISOString();
    expectProblem(await vita.post(`${API}/courses/${courseId}/notes`, { text: 'Fremtid', occurredAt: future }), 422, 'validation_failed');
    expectProblem(await vita.post(`${API}/courses/${courseId}/notes`, { text: '   ' }), 422, 'validation_failed');
    expect(await countRows(t, 'case_notes', "text in ('Fremtid', '')")).toBe(0);
  });
});
