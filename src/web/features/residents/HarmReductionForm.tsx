import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../api';
import { ErrorAlert } from '../../components/Alerts';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { CheckboxField, TextField } from '../../components/Fields';
import { focusFirstInvalid } from '../../components/focus';
import { bodyOf, checkDraft, draftOf, type HarmDraft } from './harm-draft';
import { HarmMeasuresEditor } from './HarmMeasuresEditor';
import { residentKeys } from './queries';
import { harmAreas, type HarmArea, type HarmResponseT } from './types';

type Props = { citizenId: string; current: HarmResponseT; onDone: (saved: HarmResponseT | null) => void; onReload: () => void };

/** Edits the plan as a new version, made with the resident. The version edited from is sent: a newer one is not overwritten. */
export function HarmReductionForm({ citizenId, current, onDone, onReload }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<HarmDraft>(() => draftOf(current.plan));
  const [client, setClient] = useState<ClientErrors>({});
  const [sent, setSent] = useState<number[]>([]);
  const save = useMutation({
    mutationFn: (body: object) => api.put<HarmResponseT>(`/citizens/${encodeURIComponent(citizenId)}/harm-reduction`, body),
    onSuccess: (saved) => {
      queryClient.setQueryData(residentKeys.harm(citizenId), saved);
      void queryClient.invalidateQueries({ queryKey: residentKeys.handoverAll });
      onDone(saved);
    },
    onError: () => focusFirstInvalid(),
  });
  const stale = save.error instanceof ApiError && save.error.code === 'stale_version';
  const err = (p: string) => fieldCode(p, client, save.error);
  const rowError = (row: number, field: string) => {
    if (client[`row.${row}.${field}`]) return client[`row.${row}.${field}`];
    const k = sent.indexOf(row);
    return k < 0 ? undefined : err(`measures.${k}.${field}`);
  };
  const set = (patch: Partial<HarmDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const setArea = (a: HarmArea, patch: Partial<HarmDraft['areas'][HarmArea]>) => setDraft((d) => ({ ...d, areas: { ...d.areas, [a]: { ...d.areas[a], ...patch } } }));
  const setDate = (i: number, v: string) => setDraft((d) => ({ ...d, followUpDates: d.followUpDates.map((x, j) => (j === i ? v : x)) }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const { errors, sentMeasures } = checkDraft(draft);
    setClient(errors);
    if (Object.keys(errors).length) return focusFirstInvalid();
    setSent(sentMeasures);
    save.mutate(bodyOf(draft, sentMeasures, current.versions));
  };

  return (
    <form className="form card form-inset harm-form" aria-label={current.plan ? t('resident.harm.editLabel') : t('resident.harm.createLabel')} onSubmit={submit} noValidate>
      <ErrorAlert error={save.error} />
      {stale ? (
        <button type="button" className="button-secondary" onClick={onReload}>
          {t('resident.harm.reload')}
        </button>
      ) : null}
      <p className="hint">{t('resident.harm.formIntro')}</p>
      <CheckboxField id="harm-made-with" label={t('resident.harm.madeWithResidentLabel')} checked={draft.madeWithResident} onChange={(v) => set({ madeWithResident: v })} />
      <TextField id="harm-own-words" label={t('resident.harm.ownWords')} hint={t('resident.harm.ownWordsHint')} multiline rows={2} value={draft.residentsOwnWords} onChange={(v) => set({ residentsOwnWords: v })} error={err('residentsOwnWords')} />
      <TextField id="harm-substances" label={t('resident.harm.substances')} hint={t('resident.harm.substancesHint')} value={draft.substances} onChange={(v) => set({ substances: v })} error={err('substances')} />
      {harmAreas.map((a) => (
        <fieldset key={a} className="fieldset-inner harm-area-editor">
          <legend>{t(`resident.harm.areas.${a}`)}</legend>
          <div className="field-grid">
            <TextField id={`harm-${a}-consequences`} label={t('resident.harm.consequences')} multiline rows={2} value={draft.areas[a].consequences} onChange={(v) => setArea(a, { consequences: v })} error={err(`areas.${a}.consequences`)} />
            <TextField id={`harm-${a}-measures`} label={t('resident.harm.agreed')} multiline rows={2} value={draft.areas[a].measures} onChange={(v) => setArea(a, { measures: v })} error={err(`areas.${a}.measures`)} />
          </div>
        </fieldset>
      ))}
      <fieldset className="fieldset-inner harm-abstinence">
        <legend>{t('resident.harm.abstinenceLegend')}</legend>
        <p id="harm-wants-hint" className="hint">
          {t('resident.harm.noDemand')}
        </p>
        <CheckboxField id="harm-wants" label={t('resident.harm.wantsAbstinenceLabel')} checked={draft.residentWantsAbstinence} onChange={(v) => set({ residentWantsAbstinence: v })} />
      </fieldset>
      <HarmMeasuresEditor measures={draft.measures} wantsAbstinence={draft.residentWantsAbstinence} onChange={(measures) => set({ measures })} error={rowError} />
      <fieldset className="fieldset-inner harm-dates-editor">
        <legend>{t('resident.harm.followUpDates')}</legend>
        <p className="hint">{t('resident.harm.followUpDatesHint')}</p>
        {draft.followUpDates.map((d, i) => (
          <div key={i} className="harm-date-row">
            <TextField id={`harm-date-${i}`} label={t('resident.harm.followUpDateN', { n: i + 1 })} type="date" value={d} onChange={(v) => setDate(i, v)} error={err(`followUpDates.${i}`)} />
            {draft.followUpDates.length > 1 ? (
              <button type="button" className="button-link" onClick={() => set({ followUpDates: draft.followUpDates.filter((_, j) => j !== i) })}>
                {t('resident.harm.removeDate', { n: i + 1 })}
              </button>
            ) : null}
          </div>
        ))}
        <button type="button" className="button-secondary button-small" onClick={() => set({ followUpDates: [...draft.followUpDates, ''] })}>
          {t('resident.harm.addDate')}
        </button>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('resident.harm.save')}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDone(null)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
