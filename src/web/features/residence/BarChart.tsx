import { useWidth } from '../../components/use-width';

export type Bar = { key: string; label: string; sublabel?: string; value: number };

type Props = { bars: Bar[]; /** The text alternative: what the chart shows (the table beside it has every value). */ label: string; height?: number };

const M = { top: 22, right: 8, bottom: 40, left: 8 };

/**
 * A plain bar chart in SVG: one bar per month with its value written above it and the month below,
 * so nothing depends on colour. The picture is for sighted users; the table carries the same numbers.
 */
export function BarChart({ bars, label, height = 220 }: Props) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const max = Math.max(1, ...bars.map((b) => b.value));
  const plotW = width - M.left - M.right;
  const plotH = height - M.top - M.bottom;
  const slot = bars.length ? plotW / bars.length : plotW;
  const barW = Math.max(6, Math.min(48, slot * 0.6));
  const baseline = M.top + plotH;
  return (
    <div ref={ref} className="chart-wrap residence-chart">
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
        <line x1={M.left} x2={M.left + plotW} y1={baseline} y2={baseline} className="residence-chart-axis" />
        {bars.map((b, i) => {
          const h = (b.value / max) * plotH;
          const cx = M.left + slot * i + slot / 2;
          return (
            <g key={b.key}>
              <rect x={cx - barW / 2} y={baseline - h} width={barW} height={h} className="residence-chart-bar" />
              <text x={cx} y={baseline - h - 5} textAnchor="middle" className="residence-chart-value">
                {b.value}
              </text>
              <text x={cx} y={baseline + 16} textAnchor="middle" className="residence-chart-label">
                {b.label}
              </text>
              {b.sublabel ? (
                <text x={cx} y={baseline + 31} textAnchor="middle" className="residence-chart-label">
                  {/^\d{4}$/.test(b.sublabel) && slot < 44 ? `’${b.sublabel.slice(2)}` : b.sublabel}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
    </div>
  );
}
