import type { z } from 'zod';
import type { ActionPlan } from '../../../shared/schemas/plans';
import da from '../../../shared/i18n/da.json';
import en from '../../../shared/i18n/en.json';

type PlanDto = z.infer<typeof ActionPlan>;
export type PdfLanguage = 'da' | 'en';
type Labels = (typeof da)['actionPlanPdf'];

const dateFmt = (lang: PdfLanguage) =>
  new Intl.DateTimeFormat(lang === 'da' ? 'da-DK' : 'en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Copenhagen' });

/**
 * The current version of a §141 action plan as an A4 PDF: the citizen, the owning municipality, each
 * section under its heading, the offers with the citizen's response, and who printed it when.
 */
export async function renderActionPlanPdf(plan: PlanDto, citizenName: string, printedBy: string, lang: PdfLanguage): Promise<Buffer> {
  // Loaded when first used: the library is large and printing is rare (server memory, issue 9).
  const { default: PDFDocument } = await import('pdfkit');
  const L: Labels = (lang === 'en' ? en : da).actionPlanPdf;
  const fmt = dateFmt(lang);
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: L.title, Author: plan.organisation.name, Subject: L.title } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const v = plan.current;
  const heading = (text: string) => doc.moveDown(0.8).font('Helvetica-Bold').fontSize(12).fillColor('#1a3a5c').text(text).moveDown(0.2);
  const body = (text: string | null | undefined) => doc.font('Helvetica').fontSize(11).fillColor('#000000').text(text?.trim() ? text : L.none, { lineGap: 2 });

  doc.font('Helvetica-Bold').fontSize(18).text(L.title);
  doc.font('Helvetica').fontSize(10).fillColor('#444444').text(L.law);
  doc.moveDown(0.6).fillColor('#000000').fontSize(11);
  doc.text(`${L.citizen}: ${citizenName}`);
  doc.text(`${L.municipality}: ${plan.organisation.name}`);
  doc.text(`${L.version}: ${v.version} · ${fmt.format(new Date(v.at))} · ${v.by.displayName}`);
  if (plan.view === 'shared') doc.text(L.sharedOnly);

  heading(L.purpose);
  body(v.purpose);
  heading(L.supportNeeded);
  body(v.supportNeeded);
  heading(L.expectedDuration);
  body(v.expectedDuration);
  heading(L.otherMatters);
  const matters = Object.entries(v.otherMatters).filter(([, t]) => t);
  if (matters.length === 0) body(null);
  for (const [k, t] of matters) {
    doc.font('Helvetica-Bold').fontSize(11).text(`${L.matters[k as keyof Labels['matters']] ?? k}: `, { continued: true }).font('Helvetica').text(t ?? '');
  }
  heading(L.offers);
  if (v.offers.length === 0) body(null);
  for (const o of v.offers) {
    doc.font('Helvetica').fontSize(11).text(`• ${o.what} — ${L.responses[o.response]}${o.note ? ` (${o.note})` : ''}`, { indent: 8 });
  }
  heading(L.citizenParticipation);
  body(v.citizenParticipation);
  if (plan.shares.length) {
    heading(L.shares);
    for (const x of plan.shares) doc.font('Helvetica').fontSize(10).text(`${x.sharedWith} · ${L.version} ${x.version} · ${fmt.format(new Date(x.at))}`);
  }
  doc.moveDown(1.5).font('Helvetica').fontSize(9).fillColor('#555555').text(`${L.printed} ${fmt.format(new Date())} · ${printedBy}. ${L.confidential}`);
  doc.end();
  return done;
}
