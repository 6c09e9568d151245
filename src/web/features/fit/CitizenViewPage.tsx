import './fit.css';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert, Loading } from '../../components/Alerts';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { PageHeading } from '../../components/PageHeading';
import { keptWhileLocked, lockDevice, markAnswered, type DeviceLock } from './device-lock';
import { refreshMeasurements, useCitizenChart, useInstruments, useLocalText } from './queries';
import { SeriesView } from './SeriesView';
import type { InstrumentT, MeasurementT } from './types';

type Step = { kind: 'welcome' } | { kind: 'question'; index: number } | { kind: 'thanks' };
type Question = { instrument: InstrumentT; item: InstrumentT['items'][number]; first: boolean; last: boolean };

/**
 * The citizen view: the worker has handed the phone or tablet to the citizen, who answers the chosen
 * instruments one question per screen. Nothing from the record shows here — no name, no notes —
 * only the questions and, if the worker allowed it, the citizen's own totals over time. Answers are
 * recorded with mode "citizen"; handing the device back locks it.
 */
export function CitizenViewPage({ lock }: { lock: DeviceLock }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const instruments = useInstruments();
  // The instruments still to answer, fixed when the view opens (a reload skips those already recorded).
  const [plan] = useState(() => lock.instruments.filter((k) => !lock.done.includes(k)));
  const [step, setStep] = useState<Step>(plan.length ? { kind: 'welcome' } : { kind: 'thanks' });
  const [answers, setAnswers] = useState<Record<string, Record<string, number>>>({});

  // Nothing from the worker's pages stays in memory while the citizen holds the device.
  useEffect(() => {
    queryClient.removeQueries({ predicate: (q) => !keptWhileLocked.has(String(q.queryKey[0])) });
  }, [queryClient]);

  const questions: Question[] = plan.flatMap((key) => {
    const instrument = instruments.data?.find((i) => i.key === key);
    if (!instrument) return [];
    return instrument.items.map((item, i) => ({ instrument, item, first: i === 0, last: i === instrument.items.length - 1 }));
  });

  const save = useMutation({
    mutationFn: (instrument: InstrumentT) =>
      api.post<MeasurementT>(`/courses/${encodeURIComponent(lock.courseId)}/measurements`, {
        id: lock.ids[instrument.key],
        instrument: instrument.key,
        answers: answers[instrument.key] ?? {},
        mode: 'citizen',
      }),
    onSuccess: async (_, instrument) => {
      markAnswered(instrument.key);
      await refreshMeasurements(queryClient, lock.citizenId);
    },
  });

  let content;
  if (instruments.isPending) content = <Loading />;
  else if (instruments.error) content = <ErrorAlert error={instruments.error} />;
  else if (step.kind === 'welcome')
    content = (
      <>
        <PageHeading title={t('citizenView.docTitle')}>{t('citizenView.welcome.title')}</PageHeading>
        <p className="cv-lead">{t('citizenView.welcome.text', { count: questions.length })}</p>
        <p>{t('citizenView.welcome.noWrong')}</p>
        <p>{t('citizenView.welcome.saved')}</p>
        <button type="button" className="button-primary cv-button" onClick={() => setStep({ kind: 'question', index: 0 })}>
          {t('citizenView.welcome.start')}
        </button>
      </>
    );
  else if (step.kind === 'question' && questions[step.index]) {
    const q = questions[step.index];
    const value = answers[q.instrument.key]?.[q.item.id];
    content = (
      <QuestionScreen
        key={step.index}
        question={q}
        number={step.index + 1}
        total={questions.length}
        value={value}
        saving={save.isPending}
        error={save.error}
        onChange={(v) => setAnswers((a) => ({ ...a, [q.instrument.key]: { ...a[q.instrument.key], [q.item.id]: v } }))}
        onBack={q.first ? (step.index === 0 ? () => setStep({ kind: 'welcome' }) : undefined) : () => setStep({ kind: 'question', index: step.index - 1 })}
        onNext={() => {
          const next = () => setStep(step.index + 1 < questions.length ? { kind: 'question', index: step.index + 1 } : { kind: 'thanks' });
          if (q.last) save.mutate(q.instrument, { onSuccess: next });
          else next();
        }}
      />
    );
  } else content = <ThanksScreen lock={lock} />;

  return (
    <div className="citizen-view">
      <main id="main" tabIndex={-1} className="cv-main">
        <div className="cv-top">
          <LanguageSwitch />
        </div>
        {content}
        {step.kind !== 'thanks' ? (
          <p className="cv-stop">
            <button type="button" className="button-link" onClick={lockDevice}>
              {t('citizenView.stop')}
            </button>
          </p>
        ) : null}
      </main>
    </div>
  );
}

type QuestionProps = {
  question: Question;
  number: number;
  total: number;
  value: number | undefined;
  saving: boolean;
  error: unknown;
  onChange: (value: number) => void;
  onBack?: () => void;
  onNext: () => void;
};

/** One question: the item as a labelled radio group with large touch targets. */
function QuestionScreen({ question: { instrument, item, last }, number, total, value, saving, error, onChange, onBack, onNext }: QuestionProps) {
  const { t } = useTranslation();
  const local = useLocalText();
  const uid = useId();
  const [missing, setMissing] = useState(false);
  const headingId = `${uid}-heading`;
  const anchorsId = `${uid}-anchors`;
  const errorId = `${uid}-error`;
  const steps = Array.from({ length: item.max - item.min + 1 }, (_, i) => item.min + i);
  const named = item.options && item.options.length === steps.length;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (value === undefined) {
      setMissing(true);
      requestAnimationFrame(() => document.querySelector<HTMLInputElement>(`input[name="${CSS.escape(uid)}"]`)?.focus());
      return;
    }
    onNext();
  };

  return (
    <>
      <PageHeading title={t('citizenView.docTitle')}>
        <span id={headingId}>{t('citizenView.questionOf', { number, total })}</span>
      </PageHeading>
      <progress className="cv-progress" value={number} max={total} aria-labelledby={headingId} />
      <p className="cv-intro">{local(instrument.intro)}</p>
      <form onSubmit={submit} noValidate className="cv-form">
        <fieldset className="cv-question" aria-describedby={[!named && item.anchors ? anchorsId : '', missing && value === undefined ? errorId : ''].filter(Boolean).join(' ') || undefined}>
          <legend className="cv-legend">{local(item.text)}</legend>
          {!named && item.anchors ? (
            <p id={anchorsId} className="cv-anchors">
              <span>{t('citizenView.anchor', { value: item.min, text: local(item.anchors.min) })}</span>
              <span>{t('citizenView.anchor', { value: item.max, text: local(item.anchors.max) })}</span>
            </p>
          ) : null}
          <div className={named ? 'cv-options' : 'cv-scale'}>
            {steps.map((v, i) => {
              const id = `${uid}-${v}`;
              return (
                <div key={v} className="cv-option">
                  <input
                    type="radio"
                    id={id}
                    name={uid}
                    value={v}
                    checked={value === v}
                    onChange={() => {
                      onChange(v);
                      setMissing(false);
                    }}
                    aria-invalid={missing && value === undefined && i === 0 ? true : undefined}
                  />
                  <label htmlFor={id}>
                    {named ? local(item.options![i]) : v}
                    {!named && item.anchors && v === item.min ? <span className="visually-hidden"> – {local(item.anchors.min)}</span> : null}
                    {!named && item.anchors && v === item.max ? <span className="visually-hidden"> – {local(item.anchors.max)}</span> : null}
                  </label>
                </div>
              );
            })}
          </div>
          {missing && value === undefined ? (
            <p id={errorId} className="field-error">
              {t('citizenView.chooseAnswer')}
            </p>
          ) : null}
        </fieldset>
        <ErrorAlert error={last ? error : null} />
        <div className="cv-nav">
          {onBack ? (
            <button type="button" className="button-secondary cv-button" onClick={onBack}>
              {t('citizenView.back')}
            </button>
          ) : null}
          <button type="submit" className="button-primary cv-button" disabled={saving}>
            {saving ? t('common.saving') : number === total ? t('citizenView.finish') : t('citizenView.next')}
          </button>
        </div>
      </form>
      {instrument.credit ? <p className="instrument-credit">{instrument.credit}</p> : null}
    </>
  );
}

/** Thanks, the citizen's own totals over time if the worker allowed it, and handing the device back. */
function ThanksScreen({ lock }: { lock: DeviceLock }) {
  const { t } = useTranslation();
  const development = useCitizenChart(lock.courseId, lock.showChart);
  const own = development.data?.filter((s) => lock.instruments.includes(s.instrument.key)) ?? [];
  return (
    <>
      <PageHeading title={t('citizenView.docTitle')}>{t('citizenView.thanks.title')}</PageHeading>
      <p className="cv-lead">{t('citizenView.thanks.text')}</p>
      {lock.showChart ? (
        <section aria-labelledby="cv-chart-heading" className="cv-chart">
          <h2 id="cv-chart-heading">{t('citizenView.chart.title')}</h2>
          {development.isPending ? <Loading /> : null}
          <ErrorAlert error={development.error} />
          {own.map((s) => (
            <SeriesView key={s.instrument.key} series={s} citizen />
          ))}
        </section>
      ) : null}
      <p>{t('citizenView.thanks.handBack')}</p>
      <button type="button" className="button-primary cv-button" onClick={lockDevice}>
        {t('citizenView.handBack')}
      </button>
    </>
  );
}
