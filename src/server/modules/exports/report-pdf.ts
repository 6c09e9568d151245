import type PDFDocument from 'pdfkit';
import type { z } from 'zod';
import { findIndicator } from '../../../shared/indicators';
import type { Dashboard } from '../../../shared/schemas/indicators';
import type { Theory } from '../../../shared/schemas/theories';
import type { Result } from '../indicators/compute';
import { drawBarChart } from './chart';
import { fill, type Words } from './labels';

type Doc = InstanceType<typeof PDFDocument>;
export type ReportInput = {
  dashboard: z.infer<typeof Dashboard>;
  theories: z.infer<typeof Theory>[];
  generatedAt: Date;
  generatedBy: string;
};

const INK = '#000000';
const MUTED = '#555555';
const HEAD = '#1a3a5c';
const CHART_H = 140;

/**
 * A unit's status report for one period, as an A4 PDF a leader can hand on: a title page (unit,
 * period, methods, when and by whom, the indicators in it), then each indicator relevant to the
 * unit's methods with its title, exact definition, the figure for the whole period and a bar chart
 * of its periods, then a summary of the unit's theories of change (when the caller may read them).
 * Every figure is protected against small numbers (the report leaves the unit).
 */
export async function renderReportPdf(input: ReportInput, w: Words): Promise<Buffer> {
  // Loaded when first used: the library is large and reports are rare (server memory, issue 9).
  const { default: PDFDocument } = await import('pdfkit');
  const { dashboard: d } = input;
  const R = w.L.report;
  const threshold = d.smallNumberThreshold;
  const doc = new PDFDocument({ size: 'A4', margin: 56, bufferPages: true, info: { Title: `${R.title}: ${d.unit.name}`, Subject: R.subtitle, Author: 'Brobygger' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const text = (t: string, size: number, opts: { bold?: boolean; color?: string; gap?: number } = {}) =>
    doc.font(opts.bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(size).fillColor(opts.color ?? INK).text(t, doc.page.margins.left, doc.y, { width, lineGap: opts.gap ?? 1 });

  // The title page.
  doc.moveDown(6);
  text(R.title, 28, { bold: true, color: HEAD });
  text(R.subtitle, 13, { color: MUTED });
  doc.moveDown(1.5);
  text(d.unit.name, 20, { bold: true });
  doc.moveDown(0.5);
  text(`${w.L.about.period}: ${w.day(d.from)} – ${w.day(d.to)} (${w.L.about.interval.toLowerCase()}: ${w.L.intervals[d.interval]})`, 12);
  if (d.methods.length) text(`${R.methods}: ${d.methods.map(w.method).join(', ')}`, 12);
  text(`${w.L.about.generated} ${w.moment(input.generatedAt)} · ${input.generatedBy}`, 10, { color: MUTED });
  doc.moveDown(1);
  text(fill(w.L.about.thresholdText, { n: threshold, marker: w.suppressed, noData: w.noData }), 10, { color: MUTED });
  doc.moveDown(1.5);
  text(R.contents, 12, { bold: true });
  if (d.indicators.length === 0) text(R.none, 11);
  for (const r of d.indicators) text(`• ${w.title(r.key)}`, 11);

  // One section per indicator, two or three to a page.
  doc.addPage();
  d.indicators.forEach((r, i) => {
    if (i > 0 && doc.y + 120 + CHART_H > doc.page.height - doc.page.margins.bottom) doc.addPage();
    else if (i > 0) doc.moveDown(1.5);
    indicatorSection(doc, r, w, threshold, text, width);
  });

  if (input.theories.length) {
    doc.addPage();
    text(R.theories, 18, { bold: true, color: HEAD });
    for (const th of input.theories) theorySection(doc, th, w, text);
  }

  // Page numbers.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('Helvetica').fontSize(8).fillColor(MUTED).text(`${d.unit.name} · ${fill(R.page, { page: i + 1, pages: range.count })}`, doc.page.margins.left, doc.page.height - 36, { width, align: 'center', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}

type Text = (t: string, size: number, opts?: { bold?: boolean; color?: string; gap?: number }) => unknown;

function indicatorSection(doc: Doc, r: Result, w: Words, threshold: number, text: Text, width: number) {
  const R = w.L.report;
  text(w.title(r.key), 13, { bold: true, color: HEAD });
  text(w.definition(r.key), 8.5, { color: MUTED });
  doc.moveDown(0.4);
  const t = r.total;
  const figure = t.suppressed ? w.suppressed : t.value === null ? w.noData : `${w.figure(t.value, r.measure)} (${fill(R.basedOn, { n: t.n ?? 0 })})`;
  text(`${R.whole}: ${figure}`, 11, { bold: true });
  doc.moveDown(0.4);
  if (r.points.every((p) => p.value === null)) {
    text(r.points.some((p) => p.suppressed) ? fill(R.noBars, { n: threshold }) : R.noFigures, 9, { color: MUTED });
    return;
  }
  const y = doc.y;
  const gaps = drawBarChart(doc, r, w, threshold, { x: doc.page.margins.left, y, width, height: CHART_H });
  doc.x = doc.page.margins.left;
  doc.y = y + CHART_H + 4;
  if (gaps.size) text(fill(R.chartNote, { n: threshold }), 8, { color: MUTED });
}

function theorySection(doc: Doc, th: ReportInput['theories'][number], w: Words, text: Text) {
  const R = w.L.report;
  doc.moveDown(1);
  const version = th.isDefault ? R.theoryDefault : fill(R.theoryVersion, { version: th.version });
  text(`${th.title} — ${w.method(th.method)} (${version})`, 12, { bold: true });
  const names = new Map(th.elements.map((e) => [e.id, e.text]));
  for (const column of th.columns) {
    const elements = th.elements.filter((e) => e.column === column);
    if (!elements.length) continue;
    doc.moveDown(0.3);
    text(w.column(column), 10, { bold: true, color: HEAD });
    for (const e of elements) {
      const b = e.indicator;
      const measure = b ? findIndicator(b.key)?.measure : undefined;
      const show = (v: number) => (measure ? w.figure(v, measure) : String(v));
      const bound = b ? ` — ${w.title(b.key)}: ${[fill(R.target, { target: show(b.target) }), b.baseline !== null ? fill(R.baseline, { baseline: show(b.baseline) }) : null].filter(Boolean).join(', ')}` : '';
      text(`• ${e.text}${bound}`, 9.5);
    }
  }
  const assumptions = th.links.filter((l) => l.assumption);
  if (assumptions.length) {
    doc.moveDown(0.3);
    text(R.assumption, 10, { bold: true, color: HEAD });
    for (const l of assumptions) text(`• ${names.get(l.from) ?? l.from} -> ${names.get(l.to) ?? l.to}: ${l.assumption}`, 9);
  }
}
