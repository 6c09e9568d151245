import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { screeningItems } from '../../../shared/schemas/crisis';
import { api } from '../../api';
import { ErrorAlert } from '../../components/Alerts';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { CheckboxField, TextField } from '../../components/Fields';
import { focusFirstInvalid } from '../../components/focus';
import type { SpottingT } from '../../types';
import { refreshCrisis } from '../crisis/queries';

type Props = { spotting: SpottingT; onDone: (result: 'in' | 'out' | null) => void };

/** The social mentor's screening: the target-group checklist, an assessment and the conclusion. */
export function ScreeningForm({ spotting, onDone }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [items, setItems] = useState<Record<string, boolean>>({});
  const [assessment, setAssessment] = useState('');
  const [inTarget, setInTarget] = useState('');
  const [client, setClient] = useState<ClientErrors>({});
  const save = useMutation({
    mutationFn: (body: object) => api.post<SpottingT>(`/spottings/${encodeURIComponent(spotting.id)}/screening`, body),
    onSuccess: async (saved) => {
      await refreshCrisis(queryClient);
      onDone(saved.screening?.inTargetGroup ? 'in' : 'out');
    },
    onError: () => focusFirstInvalid(),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors: ClientErrors = {};
    if (!assessment.trim()) errors.assessment = 'required';
    if (!inTarget) errors.inTargetGroup = 'required';
    setClient(errors);
    if (Object.keys(errors).length > 0) return focusFirstInvalid();
    const all = Object.fromEntries(screeningItems.map((i) => [i, Boolean(items[i])]));
    save.mutate({ items: all, assessment: assessment.trim(), inTargetGroup: inTarget === 'yes' });
  };
  const err = (p: string) => fieldCode(p, client, save.error);
  const id = (n: string) => `screening-${n}-${spotting.id}`;
  return (
    <form onSubmit={submit} noValidate className="form form-inset" aria-label={t('spottings.screening.title')}>
      <ErrorAlert error={save.error} />
      <fieldset className="fieldset-inner">
        <legend>{t('spottings.screening.items')}</legend>
        <div className="check-list">
          {screeningItems.map((i) => (
            <CheckboxField key={i} id={id(i)} label={t(`spottings.screeningItems.${i}`)} checked={Boolean(items[i])} onChange={(on) => setItems((v) => ({ ...v, [i]: on }))} />
          ))}
        </div>
      </fieldset>
      <TextField id={id('assessment')} label={t('spottings.screening.assessment')} hint={t('spottings.screening.assessmentHint')} multiline rows={4} value={assessment} onChange={setAssessment} error={err('assessment')} required />
      <ChoiceGroup
        name={id('target')}
        legend={t('spottings.screening.inTargetGroup')}
        required
        tiles={false}
        value={inTarget}
        onChange={setInTarget}
        options={[
          { value: 'yes', label: t('spottings.screening.yes') },
          { value: 'no', label: t('spottings.screening.no') },
        ]}
        error={err('inTargetGroup')}
      />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('spottings.screening.submit')}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDone(null)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
