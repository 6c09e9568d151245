import { Link } from '@tanstack/react-router';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format';
import { signed, useInstruments, useLocalText } from './queries';
import type { AlertT, InstrumentT } from './types';

/** The alert in words, e.g. "Ingen tydelig bedring efter 6 samtaler (WHO-5 +4 point)". */
export function alertText(t: TFunction, alert: AlertT, instrument: InstrumentT | undefined, name: string): string {
  const d = alert.detail;
  switch (alert.kind) {
    case 'noImprovement':
      return t('alerts.text.noImprovement', { sessions: d.sessions ?? 0, instrument: name, change: signed(d.change ?? 0) });
    case 'lowFeedback':
      return instrument ? t('alerts.text.lowFeedback', { total: d.total ?? 0, max: instrument.range.max }) : t('alerts.text.lowFeedbackNoMax', { total: d.total ?? 0 });
    case 'fallingFeedback':
      return t('alerts.text.fallingFeedback', { previous: d.previous ?? '–', total: d.total ?? 0 });
    case 'goalReviewDue':
      return t('alerts.text.goalReviewDue', { date: formatDate(alert.since) });
  }
}

const alertKey = (a: AlertT) => `${a.kind}-${a.citizen.id}-${a.courseId ?? ''}-${a.instrument ?? ''}-${a.goalId ?? ''}`;

/**
 * Alerts as a list: on the start page with the citizen's name linking to the citizen, on the
 * citizen page and a course without (the citizen is already the page's subject).
 */
export function AlertItems({ alerts, withCitizen }: { alerts: AlertT[]; withCitizen?: boolean }) {
  const { t } = useTranslation();
  const instruments = useInstruments();
  const local = useLocalText();
  const find = (key: string | null) => instruments.data?.find((i) => i.key === key);
  return (
    <ul className="plain-list alert-items">
      {alerts.map((a) => {
        const instrument = find(a.instrument);
        const name = instrument ? local(instrument.name) : (a.instrument ?? '');
        return (
          <li key={alertKey(a)} className={`alert-item alert-kind-${a.kind}`}>
            {withCitizen ? (
              <Link to="/citizens/$citizenId" params={{ citizenId: a.citizen.id }} className="due-name">
                {a.citizen.name}
              </Link>
            ) : null}
            <span className="badge badge-attention">{t(`alerts.kinds.${a.kind}`)}</span>
            <span className="alert-item-text">{alertText(t, a, instrument, name)}</span>
            {a.kind !== 'goalReviewDue' ? <span className="due-meta">{t('alerts.since', { date: formatDate(a.since) })}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}
