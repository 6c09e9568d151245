import type { Scope } from '../access/scope';
import { createOffer } from '../modules/offers/offers.service';
import { addDays, today } from '../modules/outreach/dates';
import { createPartner, logPartnerActivity } from '../modules/partners/partners.service';
import { registerInbound } from '../modules/inbound/inbound.service';
import { recordConsent } from '../modules/consents/consents.service';
import { createReferral, updateReferral } from '../modules/referrals/referrals.service';

const ago = (days: number) => addDays(today(), -days);

/** Fictional offers, partners, an open inbound referral, and Jonas's consent and referral. */
export async function seedBridging(vita: Scope, skpUnitId: string, jonas: { citizenId: string; courseId: string }) {
  const offers = [
    { name: 'Boligsocial vejledning', category: 'housing', sector: 'public', provider: 'Demo Kommune, Boligsocialt Team', legalBasis: 'SEL §85', waitingTimeDays: 14, waitingTimeConfirmedOn: ago(10) },
    { name: 'Misbrugscenter Demo', category: 'substance_use', sector: 'public', provider: 'Demo Kommune', legalBasis: 'SEL §101', waitingTimeDays: 7, waitingTimeConfirmedOn: ago(30) },
    { name: 'Distriktspsykiatrien Demoby', category: 'mental_health', sector: 'public', provider: 'Region Demo, Psykiatrien', waitingTimeDays: 60, waitingTimeConfirmedOn: ago(140) },
    { name: 'Værestedet Havnen', category: 'drop_in', sector: 'civil', provider: 'Demo Frivilligcenter', address: 'Havnegade 2, 9999 Demoby', waitingTimeDays: 0, waitingTimeConfirmedOn: ago(5) },
    { name: 'Fiskeklubben Krogen', category: 'activity', sector: 'civil', provider: 'Foreningen Krogen', description: 'Fællesskab om fiskeri, onsdage ved havnen.' },
  ] as const;
  const created = [];
  for (const o of offers) created.push(await createOffer(vita, { ...o }));

  const housing = await createPartner(vita, {
    name: 'Boligselskabet Demobo',
    type: 'housing_adviser',
    contacts: [{ name: 'Hanne Holm', role: 'Boligrådgiver', phone: '11 22 33 44' }],
  });
  await createPartner(vita, { name: 'Demoby Bibliotek', type: 'library', contacts: [{ name: 'Lars Lund', role: 'Bibliotekar' }] });
  await createPartner(vita, { name: 'Lægehuset Torvet', type: 'gp' });
  await logPartnerActivity(vita, housing.id, { unitId: skpUnitId, kind: 'meeting', date: ago(20), description: 'Fast møde med boligrådgiverne om bekymringshenvendelser.' });
  await logPartnerActivity(vita, housing.id, { unitId: skpUnitId, kind: 'communication', date: ago(12), description: 'Artikel om SKP i beboerbladet.' });
  await registerInbound(vita, {
    unitId: skpUnitId,
    sourceType: 'partner',
    partnerId: housing.id,
    receivedOn: ago(2),
    description: 'Ældre lejer i opgang 3 ses sjældent; naboerne er bekymrede og postkassen er fuld.',
    place: 'Demobo, opgang 3',
  });
  await registerInbound(vita, { unitId: skpUnitId, sourceType: 'neighbour', receivedOn: ago(40), description: 'Nabo bekymret for kvinden i nr. 7, der ikke har været ude i ugevis.' });

  await recordConsent(vita, jonas.citizenId, {
    kind: 'consent',
    information: 'Navn, kontaktoplysninger og hvad jeg ønsker hjælp til med bolig',
    party: 'Demo Kommune, Boligsocialt Team',
    direction: 'to',
    purpose: 'Henvisning til boligsocial vejledning',
    form: 'oral',
    validFrom: ago(45),
    validTo: addDays(today(), 320),
  });
  const referral = await createReferral(vita, jonas.courseId, { offerId: created[0].id, note: 'Jonas ønsker hjælp til at finde en lejlighed med plads til Balder.', date: ago(45) });
  await updateReferral(vita, referral.id, { status: 'contacted', date: ago(44) });
  await updateReferral(vita, referral.id, { status: 'first_meeting', date: ago(38), accompanied: true });
  await updateReferral(vita, referral.id, { status: 'started', date: ago(35) });
}
