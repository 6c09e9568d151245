import { useTranslation } from 'react-i18next';
import type { NetworkT } from './network-types';

const SIZE = 320;
/** The first word, short enough for the centre circle. */
const shortName = (name: string) => {
  const first = name.split(' ')[0];
  return first.length > 8 ? `${first.slice(0, 7)}…` : first;
};
const CENTER = SIZE / 2;
const RADIUS = 118;
/** Line style by the citizen's view: solid positive, dashed mixed, dotted negative, thin unknown. */
const stroke: Record<string, { dash?: string; width: number }> = {
  positive: { width: 3 },
  mixed: { dash: '8 5', width: 2 },
  negative: { dash: '2 5', width: 2 },
  unknown: { width: 1 },
};

/**
 * The network drawn as a simple graph: the citizen in the middle, people and services around.
 * A picture for sighted users; the list beside it carries the same information for everyone.
 */
export function NetworkGraph({ network, citizenName }: { network: NetworkT; citizenName: string }) {
  const { t } = useTranslation();
  const n = network.entries.length;
  if (n === 0) return null;
  return (
    <svg className="network-graph" viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-label={t('network.graphLabel', { count: n })}>
      {network.entries.map((e, i) => {
        const angle = (2 * Math.PI * i) / n - Math.PI / 2;
        const x = CENTER + RADIUS * Math.cos(angle);
        const y = CENTER + RADIUS * Math.sin(angle);
        const s = stroke[e.citizenView];
        return (
          <g key={e.id}>
            <line x1={CENTER} y1={CENTER} x2={x} y2={y} className="network-line" strokeWidth={s.width} strokeDasharray={s.dash} />
            {e.kind === 'service' ? <rect x={x - 9} y={y - 9} width={18} height={18} className="network-node service" /> : <circle cx={x} cy={y} r={10} className="network-node person" />}
            <text x={x} y={y + (y < CENTER ? -16 : 26)} textAnchor="middle" className="network-label">
              {e.name.length > 18 ? `${e.name.slice(0, 17)}…` : e.name}
            </text>
          </g>
        );
      })}
      <circle cx={CENTER} cy={CENTER} r={24} className="network-node citizen" />
      <text x={CENTER} y={CENTER + 4} textAnchor="middle" className="network-label citizen-label">
        {shortName(citizenName)}
      </text>
    </svg>
  );
}
