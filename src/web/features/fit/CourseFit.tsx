import './fit.css';
import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading, StatusMessage } from '../../components/Alerts';
import { CheckboxField } from '../../components/Fields';
import { api } from '../../api';
import type { CourseT } from '../../types';
import { newClientId } from '../citizens/queries';
import { AlertItems } from './AlertItems';
import { startCitizenView } from './device-lock';
import { MeasurementEntryForm } from './MeasurementEntryForm';
import { useDevelopment, useInstruments, useLocalText } from './queries';

/**
 * FIT on a course (any method): the alerts raised on this course, handing the device to the citizen
 * to answer (the citizen view), and entering answers given aloud or on paper.
 */
export function CourseFit({ course }: { course: CourseT }) {
  const { t } = useTranslation();
  const read = course.canReadNotes;
  const work = course.canWriteNotes && course.status === 'active';
  const development = useDevelopment(course.citizenId, read);
  const [open, setOpen] = useState<'citizen' | 'entry' | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const uid = useId();
  if (!read) return null;
  const alerts = development.data?.alerts.filter((a) => a.courseId === course.id) ?? [];
  if (!work && alerts.length === 0) return null;
  const headingId = `fit-${course.id}`;
  const toggle = (which: 'citizen' | 'entry') => {
    setStatus(null);
    setOpen(open === which ? null : which);
  };
  return (
    <section aria-labelledby={headingId} className="course-part course-fit">
      <h4 id={headingId}>{t('citizenView.course.title')}</h4>
      {alerts.length > 0 ? (
        <div className="course-fit-alerts">
          <p className="course-fit-alerts-label">{t('alerts.onCourse')}</p>
          <AlertItems alerts={alerts} />
        </div>
      ) : null}
      <StatusMessage message={status} />
      {work ? (
        <>
          <div className="button-row">
            <button type="button" className="button-secondary" aria-expanded={open === 'citizen'} aria-controls={`${uid}-citizen`} onClick={() => toggle('citizen')}>
              {t('citizenView.course.open')}
            </button>
            <button type="button" className="button-secondary" aria-expanded={open === 'entry'} aria-controls={`${uid}-entry`} onClick={() => toggle('entry')}>
              {t('measurementEntry.open')}
            </button>
          </div>
          <div id={`${uid}-citizen`} hidden={open !== 'citizen'}>
            {open === 'citizen' ? <StartCitizenView course={course} onCancel={() => setOpen(null)} /> : null}
          </div>
          <div id={`${uid}-entry`} hidden={open !== 'entry'}>
            {open === 'entry' ? (
              <MeasurementEntryForm
                course={course}
                onCancel={() => setOpen(null)}
                onSaved={(message) => {
                  setOpen(null);
                  setStatus(message);
                }}
              />
            ) : null}
          </div>
        </>
      ) : null}
    </section>
  );
}

/** The worker picks what the citizen answers and whether they may see their own chart, then hands over the device. */
function StartCitizenView({ course, onCancel }: { course: CourseT; onCancel: () => void }) {
  const { t } = useTranslation();
  const local = useLocalText();
  const navigate = useNavigate();
  const instruments = useInstruments();
  // Session feedback is asked by default; outcome instruments (WHO-5) when the worker chooses them.
  const [chosen, setChosen] = useState<Record<string, boolean> | null>(null);
  const [showChart, setShowChart] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const uid = useId();
  const list = [...(instruments.data ?? [])].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'session' ? -1 : 1));
  const picked = chosen ?? Object.fromEntries(list.map((i) => [i.key, i.kind === 'session']));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const keys = list.filter((i) => picked[i.key]).map((i) => i.key);
    if (keys.length === 0) {
      setError('required');
      document.getElementById(`${uid}-${list[0]?.key}`)?.focus();
      return;
    }
    // The server locks the session to this course first: whatever URL is typed on the device, it
    // answers only the citizen view until the worker's password unlocks it.
    await api.post('/auth/lock', { courseId: course.id });
    startCitizenView({
      citizenId: course.citizenId,
      courseId: course.id,
      instruments: keys,
      showChart,
      ids: Object.fromEntries(keys.map((k) => [k, newClientId()])),
    });
    await navigate({ to: '/citizen-view' });
  };

  return (
    <form onSubmit={submit} noValidate className="form form-inset" aria-label={t('citizenView.course.formLabel')}>
      {instruments.isPending ? <Loading /> : null}
      <ErrorAlert error={instruments.error} />
      <p className="hint">{t('citizenView.course.intro')}</p>
      <fieldset className={`fieldset-inner ${error ? 'field-invalid' : ''}`} aria-describedby={error ? `${uid}-error` : undefined}>
        <legend>{t('citizenView.course.which')}</legend>
        <div className="check-list">
          {list.map((i) => (
            <CheckboxField
              key={i.key}
              id={`${uid}-${i.key}`}
              label={local(i.name)}
              checked={picked[i.key] ?? false}
              onChange={(v) => {
                setChosen({ ...picked, [i.key]: v });
                setError(undefined);
              }}
            />
          ))}
        </div>
        {error ? (
          <p id={`${uid}-error`} className="field-error">
            {t('citizenView.course.chooseOne')}
          </p>
        ) : null}
      </fieldset>
      <CheckboxField id={`${uid}-chart`} label={t('citizenView.course.showChart')} checked={showChart} onChange={setShowChart} />
      <div className="button-row">
        <button type="submit" className="button-primary" disabled={list.length === 0}>
          {t('citizenView.course.start')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
