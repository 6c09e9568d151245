import { useWidth } from '../../../components/use-width';

/** One bar: a value with its text, or no bar and a note instead ("no data", "hidden"). */
export type ChartBar = { key: string; label: string; sublabel?: string; value: number | null; text: string };

type Props = { bars: ChartBar[]; /** The text alternative; the table beside the chart has every figure. */ label: string; height?: number };

const M = { top: 22, right: 8, bottom: 40, left: 8 };

/**
 * Bars over the periods, in SVG, with each figure written above its bar and the period below, so
 * nothing depends on colour. A period without a figure gets no bar but its note written upright
 * ("ingen data", "skjult"), never a bar of height 0 that reads as the value 0.
 */
export function PeriodChart({ bars, label, height = 220 }: Props) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const values = bars.map((b) => b.value).filter((v): v is number => v !== null);
  const max = Math.max(...values.map(Math.abs), Number.EPSILON);
  const plotW = width - M.left - M.right;
  const plotH = height - M.top - M.bottom;
  const slot = bars.length ? plotW / bars.length : plotW;
  const barW = Math.max(6, Math.min(48, slot * 0.6));
  const baseline = M.top + plotH;
  const small = slot < 44;
  return (
    <div ref={ref} className="chart-wrap dashboard-chart">
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
        <line x1={M.left} x2={M.left + plotW} y1={baseline} y2={baseline} className="dashboard-chart-axis" />
        {bars.map((b, i) => {
          const cx = M.left + slot * i + slot / 2;
          const h = b.value === null ? 0 : (Math.abs(b.value) / max) * plotH;
          return (
            <g key={b.key}>
              {b.value === null ? (
                <text x={cx} y={baseline - 6} transform={`rotate(-90 ${cx} ${baseline - 6})`} dominantBaseline="middle" className="dashboard-chart-note">
                  {b.text}
                </text>
              ) : (
                <>
                  <rect x={cx - barW / 2} y={baseline - h} width={barW} height={h} className="dashboard-chart-bar" />
                  <text x={cx} y={baseline - h - 5} textAnchor="middle" className={small ? 'dashboard-chart-value dashboard-chart-value-small' : 'dashboard-chart-value'}>
                    {b.text}
                  </text>
                </>
              )}
              <text x={cx} y={baseline + 16} textAnchor="middle" className="dashboard-chart-label">
                {b.label}
              </text>
              {b.sublabel ? (
                <text x={cx} y={baseline + 31} textAnchor="middle" className="dashboard-chart-label">
                  {small ? `’${b.sublabel.slice(2)}` : b.sublabel}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
    </div>
  );
}
