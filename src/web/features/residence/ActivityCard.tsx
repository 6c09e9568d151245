import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/Alerts';
import { fieldCode } from '../../components/errors';
import { formatDateTime } from '../../format';
import { localTime } from './dates';
import { useResidenceWrite } from './queries';
import { participationStatuses, type ActivityT, type ParticipationStatus, type ResidentT } from './types';

type Props = { activity: ActivityT; canWrite: boolean; residents: ResidentT[]; onStatus: (m: string | null) => void };

/** One activity: when, where (at the residence or out in the community), contact, and who took part. */
export function ActivityCard({ activity: a, canWrite, residents, onStatus }: Props) {
  const { t } = useTranslation();
  const time = a.endsAt ? `${localTime(a.startsAt)}–${localTime(a.endsAt)}` : localTime(a.startsAt);
  const headingId = `activity-${a.id}`;
  return (
    <article className="card residence-activity" aria-labelledby={headingId}>
      <h5 id={headingId} className="residence-activity-title">
        <span className="residence-time">{time}</span> {a.title}
      </h5>
      <dl className="details-list details-compact">
        <div>
          <dt>{t('residence.activities.where')}</dt>
          <dd>
            {t(`residence.settings.${a.setting}`)}: {a.place}
          </dd>
        </div>
        {a.contact ? (
          <div>
            <dt>{t('residence.activities.contact')}</dt>
            <dd>{a.contact}</dd>
          </div>
        ) : null}
      </dl>
      {a.description ? <p className="pre-wrap">{a.description}</p> : null}
      {a.participation.length > 0 ? (
        <>
          <h6 className="small-heading">{t('residence.activities.participation')}</h6>
          <ul className="plain-list residence-rows">
            {a.participation.map((p) => (
              <li key={p.citizen.id}>
                <strong>{p.citizen.displayName}</strong>: {t(`residence.participation.${p.status}`)}
                {p.note ? <span className="pre-wrap"> – {p.note}</span> : null}{' '}
                <span className="muted">({t('residence.recordedBy', { by: p.by.displayName, at: formatDateTime(p.at) })})</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {canWrite && residents.length > 0 ? (
        <details className="residence-record">
          <summary>{t('residence.activities.record', { title: a.title })}</summary>
          {Date.parse(a.startsAt) > Date.now() ? (
            <p id={`${headingId}-not-started`} className="hint">
              {t('residence.activities.notStarted')}
            </p>
          ) : null}
          <ul className="plain-list">
            {residents.map((r) => (
              <li key={r.id}>
                <ParticipationForm activity={a} resident={r} current={a.participation.find((p) => p.citizen.id === r.id)} onStatus={onStatus} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </article>
  );
}

type FormProps = { activity: ActivityT; resident: ResidentT; current?: ActivityT['participation'][number]; onStatus: (m: string | null) => void };

/** One resident's participation in one activity: attended, declined, or wanted to but could not (+ a note). */
function ParticipationForm({ activity, resident, current, onStatus }: FormProps) {
  const { t } = useTranslation();
  const uid = useId();
  const [status, setStatus] = useState<ParticipationStatus | ''>(current?.status ?? '');
  const [note, setNote] = useState(current?.note ?? '');
  const [missing, setMissing] = useState(false);
  const write = useResidenceWrite<ActivityT>(activity.unitId);
  const started = Date.parse(activity.startsAt) <= Date.now();
  const serverError = fieldCode('status', {}, write.error) ?? fieldCode('citizenId', {}, write.error);
  const error = missing ? 'required' : serverError;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onStatus(null);
    if (!status) {
      setMissing(true);
      requestAnimationFrame(() => document.getElementById(`${uid}-${participationStatuses[0]}`)?.focus());
      return;
    }
    setMissing(false);
    write.mutate(
      { method: 'post', path: `/activities/${encodeURIComponent(activity.id)}/participation`, body: { citizenId: resident.id, status, note: note.trim() || null } },
      { onSuccess: () => onStatus(t('residence.activities.recorded', { name: resident.displayName, status: t(`residence.participation.${status}`), title: activity.title })) },
    );
  };
  return (
    <form onSubmit={submit} noValidate className="residence-participation">
      <fieldset className="fieldset-inner" aria-describedby={error ? `${uid}-error` : undefined}>
        <legend>{resident.displayName}</legend>
        <div className="residence-choices">
          {participationStatuses.map((s, i) => {
            const disabled = s === 'attended' && !started;
            return (
              <div key={s} className="field-check">
                <input
                  type="radio"
                  id={`${uid}-${s}`}
                  name={`${uid}-status`}
                  value={s}
                  checked={status === s}
                  disabled={disabled}
                  aria-describedby={disabled ? `activity-${activity.id}-not-started` : undefined}
                  onChange={() => setStatus(s)}
                  aria-invalid={error && i === 0 ? true : undefined}
                />
                <label htmlFor={`${uid}-${s}`}>{t(`residence.participation.${s}`)}</label>
              </div>
            );
          })}
        </div>
        <div className="field residence-note">
          <label htmlFor={`${uid}-note`}>{t('residence.activities.note', { name: resident.displayName })}</label>
          <input id={`${uid}-note`} type="text" autoComplete="off" value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
        {error ? (
          <p id={`${uid}-error`} className="field-error">
            {t(`fieldErrors.${error}`, { defaultValue: t('fieldErrors.invalid') })}
          </p>
        ) : null}
        <ErrorAlert error={serverError ? null : write.error} />
        <button type="submit" className="button-secondary button-small" disabled={write.isPending}>
          {write.isPending ? t('common.saving') : t('residence.activities.saveFor', { name: resident.displayName })}
        </button>
      </fieldset>
    </form>
  );
}
