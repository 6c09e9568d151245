import { useTranslation } from 'react-i18next';

const W = 140;
const H = 40;
const PAD = 4;

/**
 * The progress ratings (0–10) over time as a small line. Its text alternative names every rating,
 * and the list of follow-ups beside it carries the same information with dates and notes.
 */
export function RatingSparkline({ ratings }: { ratings: number[] }) {
  const { t } = useTranslation();
  if (ratings.length === 0) return null;
  const x = (i: number) => (ratings.length === 1 ? W / 2 : PAD + (i * (W - 2 * PAD)) / (ratings.length - 1));
  const y = (r: number) => H - PAD - (r / 10) * (H - 2 * PAD);
  const points = ratings.map((r, i) => `${x(i).toFixed(1)},${y(r).toFixed(1)}`).join(' ');
  const label = t('goals.sparkline', { ratings: ratings.join(', '), count: ratings.length });
  return (
    <svg className="goal-sparkline" viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={label}>
      <title>{label}</title>
      {/* The scale's top and bottom (10 and 0) as faint guides. */}
      <line x1={0} x2={W} y1={y(10)} y2={y(10)} className="goal-sparkline-guide" />
      <line x1={0} x2={W} y1={y(0)} y2={y(0)} className="goal-sparkline-guide" />
      {ratings.length > 1 ? <polyline points={points} className="goal-sparkline-line" /> : null}
      {ratings.map((r, i) => (
        <circle key={i} cx={x(i)} cy={y(r)} r={i === ratings.length - 1 ? 3.5 : 2.5} className="goal-sparkline-dot" />
      ))}
    </svg>
  );
}
