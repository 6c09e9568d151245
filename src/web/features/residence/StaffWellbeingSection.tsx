import '../fit/fit.css';
import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, query } from '../../api';
import { ErrorAlert, Loading, StatusMessage } from '../../components/Alerts';
import type { Items } from '../../types';
import { useLocalText } from '../fit/queries';
import type { InstrumentT } from '../fit/types';
import { monthLabel } from './dates';
import { useResidenceWrite, useStaffWellbeing } from './queries';
import type { ResidenceContext } from './ResidenceFrame';

const WHO5 = 'who5';

function useOrgInstruments(organisationId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['instruments', 'org', organisationId],
    queryFn: async () => (await api.get<Items<InstrumentT>>(`/instruments${query({ organisationId })}`)).items,
    staleTime: 300_000,
    enabled,
  });
}

/**
 * The staff's own wellbeing (WHO-5), once a month and anonymously: only the score and the month are
 * kept, not who answered. The questions are shown as in the citizen view (one radio group per item).
 */
export function StaffWellbeingSection({ ctx }: { ctx: ResidenceContext }) {
  const { t } = useTranslation();
  const local = useLocalText();
  const status = useStaffWellbeing(ctx.unit.id);
  const open = status.data?.answered === false;
  const instruments = useOrgInstruments(ctx.unit.organisationId, open);
  const who5 = instruments.data?.find((i) => i.key === WHO5);
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [missing, setMissing] = useState<string[]>([]);
  const [thanks, setThanks] = useState<string | null>(null);
  const write = useResidenceWrite<{ month: string }>(ctx.unit.id);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!who5) return;
    const gaps = who5.items.filter((i) => answers[i.id] === undefined).map((i) => i.id);
    setMissing(gaps);
    if (gaps.length) {
      requestAnimationFrame(() => document.getElementById(`sw-${gaps[0]}-${who5.items.find((i) => i.id === gaps[0])!.min}`)?.focus());
      return;
    }
    write.mutate({ method: 'post', path: `/units/${encodeURIComponent(ctx.unit.id)}/staff-wellbeing`, body: { answers } }, { onSuccess: (r) => setThanks(t('residence.wellbeing.thanks', { month: monthLabel(t, r.month) })) });
  };

  return (
    <section aria-labelledby="staff-wellbeing-heading" className="section card residence-wellbeing">
      <h2 id="staff-wellbeing-heading">{t('residence.wellbeing.title')}</h2>
      <p>{t('residence.wellbeing.anonymous')}</p>
      <StatusMessage message={thanks} />
      {status.isPending ? <Loading /> : null}
      <ErrorAlert error={status.error ?? instruments.error} />
      {status.data?.answered && !thanks ? <p>{t('residence.wellbeing.answered', { month: monthLabel(t, status.data.month) })}</p> : null}
      {open && instruments.isPending ? <Loading /> : null}
      {open && who5 && !thanks ? (
        <form onSubmit={submit} noValidate aria-labelledby="staff-wellbeing-heading">
          <p className="hint">{t('residence.wellbeing.month', { month: monthLabel(t, status.data!.month) })}</p>
          <p>{local(who5.intro)}</p>
          {who5.items.map((item) => {
            const steps = Array.from({ length: item.max - item.min + 1 }, (_, i) => item.min + i);
            const miss = missing.includes(item.id) && answers[item.id] === undefined;
            return (
              <fieldset key={item.id} className="cv-question residence-question" aria-describedby={miss ? `sw-${item.id}-error` : undefined}>
                <legend className="residence-question-legend">{local(item.text)}</legend>
                <div className="cv-options residence-options">
                  {steps.map((v, i) => (
                    <div key={v} className="cv-option">
                      <input
                        type="radio"
                        id={`sw-${item.id}-${v}`}
                        name={`sw-${item.id}`}
                        value={v}
                        checked={answers[item.id] === v}
                        onChange={() => setAnswers((a) => ({ ...a, [item.id]: v }))}
                        aria-invalid={miss && i === 0 ? true : undefined}
                      />
                      <label htmlFor={`sw-${item.id}-${v}`}>{item.options?.[i] ? local(item.options[i]) : v}</label>
                    </div>
                  ))}
                </div>
                {miss ? (
                  <p id={`sw-${item.id}-error`} className="field-error">
                    {t('citizenView.chooseAnswer')}
                  </p>
                ) : null}
              </fieldset>
            );
          })}
          <ErrorAlert error={write.error} />
          <button type="submit" className="button-primary" disabled={write.isPending}>
            {write.isPending ? t('common.saving') : t('residence.wellbeing.submit')}
          </button>
          {who5.credit ? <p className="instrument-credit">{who5.credit}</p> : null}
        </form>
      ) : null}
    </section>
  );
}
