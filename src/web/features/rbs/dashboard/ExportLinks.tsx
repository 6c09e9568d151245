import { useTranslation } from 'react-i18next';
import { query } from '../../../api';
import type { Interval } from './types';

type Props = { unitId: string; from: string; to: string; interval: Interval };

/** Downloads of the same figures: CSV and Excel (small numbers hidden, as in every export) and the PDF report. */
export function ExportLinks({ unitId, from, to, interval }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const q = query({ unitId, from, to, interval, lang });
  const links = [
    { href: `/api/v1/exports/indicators.csv${q}`, label: t('dashboard.export.csv') },
    { href: `/api/v1/exports/indicators.xlsx${q}`, label: t('dashboard.export.xlsx') },
    { href: `/api/v1/reports/${encodeURIComponent(unitId)}.pdf${query({ from, to, lang })}`, label: t('dashboard.export.pdf') },
  ];
  return (
    <section aria-labelledby="dashboard-export" className="dashboard-export">
      <h2 id="dashboard-export" className="dashboard-export-heading">
        {t('dashboard.export.title')}
      </h2>
      <ul className="plain-list dashboard-export-list">
        {links.map((l) => (
          <li key={l.href}>
            <a href={l.href} download>
              {l.label}
            </a>
          </li>
        ))}
      </ul>
      <p className="hint">{t('dashboard.export.hint')}</p>
    </section>
  );
}
