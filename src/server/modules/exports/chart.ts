import type PDFDocument from 'pdfkit';
import type { IndicatorMeasure } from '../../../shared/indicators';
import type { Result } from '../indicators/compute';
import type { Words } from './labels';

type Doc = InstanceType<typeof PDFDocument>;

/** A gap in a chart: a period with no data ("–"), or one suppressed ("<5"). */
export type Gap = 'noData' | 'suppressed';

const BAR = '#2f6f9f';
const AXIS = '#555555';
const GRID = '#dddddd';
const INK = '#000000';

/**
 * A bar chart of an indicator's points, drawn with vector graphics into the box at (x, y): one bar
 * per period, the scale from zero (a share from 0 to 100 %), a few grid lines labelled with the
 * figure in its unit. Periods without a figure are left as gaps, marked "–" (no data) or "<5"
 * (suppressed) on the axis. Returns the gaps it drew, for the note under the chart.
 */
export function drawBarChart(doc: Doc, r: Result, w: Words, threshold: number, box: { x: number; y: number; width: number; height: number }): Set<Gap> {
  const gaps = new Set<Gap>();
  const values = r.points.map((p) => p.value).filter((v): v is number => v !== null);
  const { min, max, step } = scaleOf(values, r.measure);
  const left = box.x + 46;
  const top = box.y + 8;
  const plotH = box.height - 26;
  const plotW = box.width - 46;
  const yOf = (v: number) => top + plotH - ((v - min) / (max - min)) * plotH;
  const tick = (v: number) => (r.measure === 'share' ? w.figure(v, 'share') : w.figure(v, 'count'));

  doc.save();
  doc.font('Helvetica').fontSize(7);
  for (let v = min; v <= max + step / 1000; v += step) {
    const y = yOf(v);
    doc.moveTo(left, y).lineTo(left + plotW, y).lineWidth(0.5).strokeColor(GRID).stroke();
    doc.fillColor(AXIS).text(tick(v), box.x, y - 3, { width: 42, align: 'right', lineBreak: false });
  }
  const n = Math.max(r.points.length, 1);
  const slot = plotW / n;
  const barW = Math.max(1, Math.min(28, slot * 0.7));
  const every = Math.ceil(n / Math.max(1, Math.floor(plotW / 34)));
  const zero = yOf(0);
  r.points.forEach((p, i) => {
    const cx = left + slot * i + slot / 2;
    if (p.value !== null) {
      const y = yOf(p.value);
      doc.rect(cx - barW / 2, Math.min(y, zero), barW, Math.max(0.5, Math.abs(zero - y))).fillColor(BAR).fill();
      if (slot >= 22) doc.fillColor(INK).text(tick(p.value), cx - slot / 2, p.value >= 0 ? y - 9 : y + 2, { width: slot, align: 'center', lineBreak: false });
    } else {
      const gap: Gap = p.suppressed ? 'suppressed' : 'noData';
      gaps.add(gap);
      doc.fillColor(AXIS).text(gap === 'suppressed' ? `<${threshold}` : '–', cx - slot / 2, zero - 9, { width: slot, align: 'center', lineBreak: false });
    }
    if (i % every === 0) doc.fillColor(AXIS).text(p.period, cx - 20, top + plotH + 4, { width: 40, align: 'center', lineBreak: false });
  });
  doc.moveTo(left, zero).lineTo(left + plotW, zero).lineWidth(0.8).strokeColor(AXIS).stroke();
  doc.moveTo(left, top).lineTo(left, top + plotH).lineWidth(0.8).strokeColor(AXIS).stroke();
  doc.restore();
  return gaps;
}

/**
 * The vertical scale: from zero (or below, for a score that fell) to a round maximum, in four or
 * so steps of 1, 2 or 5 × 10^k; whole steps for counts and days; a share always 0–100 %.
 */
export function scaleOf(values: number[], measure: IndicatorMeasure): { min: number; max: number; step: number } {
  if (measure === 'share') return { min: 0, max: 1, step: 0.25 };
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const raw = (hi - lo || 1) / 4;
  const mag = 10 ** Math.floor(Math.log10(raw));
  let step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  if (measure === 'count' || measure === 'days') step = Math.max(1, Math.ceil(step));
  return { min: Math.floor(lo / step) * step, max: Math.max(step, Math.ceil(hi / step) * step), step };
}
