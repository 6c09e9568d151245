import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format';
import type { TimelinePhaseT, TimelineT } from '../../types';
import { rhythmText } from './queries';

const CLOCK_MONTHS = 9;

/** The nine-month clock: where the citizen is, days left, overrun, the contact rhythm and the phases with their dates. */
export function ClockSection({ timeline, headingId }: { timeline: TimelineT; headingId: string }) {
  const { t } = useTranslation();
  const phaseName = (id: string) => t(`phases.${id}`, { defaultValue: id });
  const current = timeline.phases.find((p) => p.current);
  const total = timeline.phases.reduce((n, p) => n + (p.plannedMonths ?? 0), 0) || CLOCK_MONTHS;
  const rhythm = current ? rhythmText(t, current.expectedContactDays) : null;
  return (
    <section aria-labelledby={headingId} className="course-part cti-clock">
      <h4 id={headingId}>{t('cti.clock.title')}</h4>
      {timeline.clockStart ? (
        <>
          {timeline.monthOnClock ? (
            <div className="cti-month">
              <p className="cti-month-text">
                <strong>{t('cti.clock.month', { month: timeline.monthOnClock, total })}</strong>
                {timeline.daysLeft !== null && timeline.daysLeft >= 0 ? <span> · {t('cti.clock.daysLeft', { count: timeline.daysLeft })}</span> : null}
              </p>
              <progress className="cti-progress" max={total} value={timeline.monthOnClock} aria-label={t('cti.clock.progress')}>
                {t('cti.clock.month', { month: timeline.monthOnClock, total })}
              </progress>
            </div>
          ) : null}
          <p className="muted">
            {t('cti.clock.started', { date: formatDate(timeline.clockStart) })}
            {timeline.plannedEnd ? ` · ${t('cti.clock.plannedEnd', { date: formatDate(timeline.plannedEnd) })}` : null}
          </p>
        </>
      ) : current ? (
        <>
          <p>{t('cti.clock.contactPeriod')}</p>
          {timeline.housingRequired ? (
            <p className={timeline.hasHousing ? 'alert alert-success' : 'alert alert-warning'}>{timeline.hasHousing ? t('cti.clock.housingRecorded') : t('cti.clock.housingMissing')}</p>
          ) : null}
        </>
      ) : null}
      {timeline.overrun ? <p className="alert alert-warning">{t('cti.clock.overrun')}</p> : null}
      {current && rhythm ? <p className="cti-rhythm">{t('cti.clock.rhythm', { phase: phaseName(current.id), rhythm })}</p> : null}
      <ol className="cti-phases" aria-label={t('cti.clock.phases')}>
        {timeline.phases.map((p) => (
          <PhaseStep key={p.id} phase={p} />
        ))}
      </ol>
    </section>
  );
}

function PhaseStep({ phase: p }: { phase: TimelinePhaseT }) {
  const { t } = useTranslation();
  const state = p.current ? 'current' : p.actualEnd ? 'done' : 'upcoming';
  const rhythm = rhythmText(t, p.expectedContactDays);
  const range = (from: string | null, to: string | null, open: string) =>
    from ? t('cti.clock.range', { from: formatDate(from), to: to ? formatDate(to) : open }) : t('cti.clock.notYet');
  return (
    <li className={`cti-phase cti-phase-${state}`} aria-current={p.current ? 'step' : undefined}>
      <p className="cti-phase-head">
        <span className="cti-phase-name">{t(`phases.${p.id}`, { defaultValue: p.id })}</span>{' '}
        <span className={`badge ${state === 'current' ? 'badge-active' : 'badge-outcome'}`}>{t(`cti.clock.${state}`)}</span>
      </p>
      <dl className="cti-phase-dates">
        {p.plannedMonths ? (
          <div>
            <dt>{t('cti.clock.planned')}</dt>
            <dd>
              {t('cti.clock.months', { count: p.plannedMonths })}
              {p.plannedStart ? `: ${range(p.plannedStart, p.plannedEnd, '')}` : ''}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t('cti.clock.actual')}</dt>
          <dd>{!p.actualStart && p.current ? t('cti.clock.ongoing') : range(p.actualStart, p.actualEnd, t('cti.clock.ongoing'))}</dd>
        </div>
        {rhythm ? (
          <div>
            <dt>{t('cti.clock.contactRhythm')}</dt>
            <dd>{rhythm}</dd>
          </div>
        ) : null}
      </dl>
    </li>
  );
}
