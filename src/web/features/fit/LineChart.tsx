import { useEffect, useRef, useState } from 'react';
import { formatDate } from '../../format';

export type ChartPoint = { id: string; at: string; value: number; title: string; marker?: 'circle' | 'square' | 'triangle' };
export type ChartSeries = { key: string; points: ChartPoint[]; className: string; dash?: string };
export type ChartLine = { value: number; label: string };

type Props = {
  range: { min: number; max: number };
  series: ChartSeries[];
  /** Horizontal reference lines (cutoffs), labelled in the chart. */
  lines?: ChartLine[];
  /** A shaded band (the reliable-change band around the first measurement). */
  band?: { low: number; high: number } | null;
  /** The text alternative of the whole chart (the table next to it holds every value). */
  label: string;
  height?: number;
};

const M = { top: 14, right: 14, bottom: 30, left: 36 };

/** The width of an element in CSS pixels, so the chart's text stays readable at any width. */
function useWidth(fallback: number) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setWidth(Math.max(240, Math.round(el.getBoundingClientRect().width)) || fallback);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [fallback]);
  return { ref, width };
}

const shortDate = (iso: string) => {
  const d = formatDate(iso); // dd.mm.yyyy
  return `${d.slice(0, 6)}${d.slice(8)}`;
};

function niceTicks(min: number, max: number): number[] {
  const span = max - min;
  const steps = span % 5 === 0 ? 5 : span % 4 === 0 ? 4 : span <= 10 ? span : 5;
  return Array.from({ length: steps + 1 }, (_, i) => Math.round((min + (span * i) / steps) * 10) / 10);
}

export function Marker({ x, y, kind }: { x: number; y: number; kind: ChartPoint['marker'] }) {
  if (kind === 'square') return <rect x={x - 5} y={y - 5} width={10} height={10} className="chart-marker" />;
  if (kind === 'triangle') return <polygon points={`${x},${y - 6.5} ${x + 6},${y + 4.5} ${x - 6},${y + 4.5}`} className="chart-marker" />;
  return <circle cx={x} cy={y} r={5} className="chart-marker" />;
}

/**
 * A small line chart in SVG: values over time against the instrument's range, with labelled
 * reference lines and a shaded band. A picture for sighted users; the table beside it carries the
 * same information for everyone. Each point's <title> gives its date, value and how it was answered.
 */
export function LineChart({ range, series, lines = [], band, label, height = 240 }: Props) {
  const { ref, width } = useWidth(600);
  const all = series.flatMap((s) => s.points);
  const times = all.map((p) => Date.parse(p.at));
  const t0 = Math.min(...times);
  const t1 = Math.max(...times);
  const plotW = width - M.left - M.right;
  const plotH = height - M.top - M.bottom;
  const x = (at: string) => (t1 === t0 ? M.left + plotW / 2 : M.left + ((Date.parse(at) - t0) / (t1 - t0)) * plotW);
  const clamp = (v: number) => Math.min(range.max, Math.max(range.min, v));
  const y = (v: number) => M.top + plotH - ((clamp(v) - range.min) / (range.max - range.min)) * plotH;
  const xTickCount = t1 === t0 ? 1 : Math.max(2, Math.min(6, Math.floor(plotW / 80)));
  const xTicks = t1 === t0 ? [new Date(t0).toISOString()] : Array.from({ length: xTickCount }, (_, i) => new Date(t0 + ((t1 - t0) * i) / (xTickCount - 1)).toISOString());

  return (
    <div ref={ref} className="chart-wrap">
      {all.length > 0 ? (
        <svg className="line-chart" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
          {band ? (
            <rect x={M.left} width={plotW} y={y(band.high)} height={Math.max(0, y(band.low) - y(band.high))} className="chart-band" />
          ) : null}
          {niceTicks(range.min, range.max).map((v) => (
            <g key={`y${v}`}>
              <line x1={M.left} x2={M.left + plotW} y1={y(v)} y2={y(v)} className="chart-grid" />
              <text x={M.left - 6} y={y(v) + 4} textAnchor="end" className="chart-tick">
                {v}
              </text>
            </g>
          ))}
          {xTicks.map((at, i) => (
            <text key={`x${i}`} x={x(at)} y={height - 8} textAnchor={xTicks.length === 1 ? 'middle' : i === 0 ? 'start' : i === xTicks.length - 1 ? 'end' : 'middle'} className="chart-tick">
              {shortDate(at)}
            </text>
          ))}
          <line x1={M.left} x2={M.left} y1={M.top} y2={M.top + plotH} className="chart-axis" />
          <line x1={M.left} x2={M.left + plotW} y1={M.top + plotH} y2={M.top + plotH} className="chart-axis" />
          {lines.map((l) => (
            <g key={`c${l.value}`}>
              <line x1={M.left} x2={M.left + plotW} y1={y(l.value)} y2={y(l.value)} className="chart-cutoff" />
              <text x={M.left + plotW - 4} y={y(l.value) - 5} textAnchor="end" className="chart-cutoff-label">
                {l.label}
              </text>
            </g>
          ))}
          {series.map((s) => (
            <g key={s.key} className={s.className}>
              {s.points.length > 1 ? (
                <polyline points={s.points.map((p) => `${x(p.at)},${y(p.value)}`).join(' ')} className="chart-line" strokeDasharray={s.dash} />
              ) : null}
              {s.points.map((p) => (
                <g key={p.id}>
                  <title>{p.title}</title>
                  <Marker x={x(p.at)} y={y(p.value)} kind={p.marker} />
                </g>
              ))}
            </g>
          ))}
        </svg>
      ) : null}
    </div>
  );
}
