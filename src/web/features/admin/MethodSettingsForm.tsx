import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert } from '../../components/Alerts';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { CheckboxField, TextField } from '../../components/Fields';
import { focusFirstInvalid } from '../../components/focus';
import { formatDateTime } from '../../format';
import { methodName } from '../teams/labels';
import { teamKeys } from '../teams/queries';
import type { MethodSettingsT, MethodSettingsValues } from '../teams/types';
import { draftOf, parseDraft, type Draft } from './method-settings-draft';

type Props = { settings: MethodSettingsT; onSaved: (message: string | null) => void };

/** One method's settings: only the fields that apply to it; saving records a new version. */
export function MethodSettingsForm({ settings, onSaved }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() => draftOf(settings.effective));
  const [client, setClient] = useState<ClientErrors>({});
  const save = useMutation({
    mutationFn: (values: MethodSettingsValues) =>
      api.put<MethodSettingsT>(`/method-settings/${encodeURIComponent(settings.method)}`, { organisationId: settings.organisationId, ...values, baseVersion: settings.version }),
    onSuccess: async (saved) => {
      onSaved(t('methodSettings.saved', { method: methodName(t, saved.method), version: saved.version }));
      await queryClient.invalidateQueries({ queryKey: teamKeys.settings(settings.organisationId) });
      await queryClient.invalidateQueries({ queryKey: ['methods'] });
    },
    onError: () => focusFirstInvalid(),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSaved(null);
    const { values, errors } = parseDraft(draft);
    setClient(errors);
    if (Object.keys(errors).length > 0) return focusFirstInvalid();
    save.mutate(values);
  };
  const err = (p: string) => fieldCode(p, client, save.error);
  const p = `ms-${settings.method}`;
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const triple = (key: 'phaseMonths' | 'contactDays') => {
    const values = draft[key];
    if (!values) return null;
    return (
      <fieldset className="fieldset-inner">
        <legend>{t(`methodSettings.fields.${key}`)}</legend>
        <div className="settings-triple">
          {values.map((v, i) => (
            <TextField
              key={i}
              id={`${p}-${key}-${i}`}
              label={t('methodSettings.phaseN', { n: i + 1 })}
              type="number"
              inputMode="numeric"
              value={v}
              onChange={(nv) => set({ [key]: values.map((o, j) => (j === i ? nv : o)) })}
              error={err(`${key}.${i}`) ?? err(key)}
            />
          ))}
        </div>
      </fieldset>
    );
  };
  const number = (key: 'caseloadPerWorker' | 'notSeenDays' | 'communityShare') =>
    draft[key] === undefined ? null : (
      <TextField
        id={`${p}-${key}`}
        label={t(`methodSettings.fields.${key}`)}
        hint={t(`methodSettings.hints.${key}`)}
        type="number"
        inputMode="numeric"
        value={draft[key]}
        onChange={(v) => set({ [key]: v })}
        error={err(key)}
      />
    );
  const headingId = `${p}-heading`;
  return (
    <form onSubmit={submit} noValidate className="form card settings-form" aria-labelledby={headingId}>
      <h3 id={headingId}>{methodName(t, settings.method)}</h3>
      <p className="muted">
        {settings.version === 0
          ? t('methodSettings.defaults')
          : t('methodSettings.version', { version: settings.version, by: settings.by?.displayName ?? '', at: formatDateTime(settings.at) })}
      </p>
      <ErrorAlert error={save.error} />
      <div className="field-grid">
        {number('caseloadPerWorker')}
        {number('notSeenDays')}
        {number('communityShare')}
      </div>
      {triple('phaseMonths')}
      {triple('contactDays')}
      {draft.requireHousing !== undefined ? (
        <CheckboxField id={`${p}-requireHousing`} label={t('methodSettings.fields.requireHousing')} checked={draft.requireHousing} onChange={(v) => set({ requireHousing: v })} error={err('requireHousing')} />
      ) : null}
      <button type="submit" className="button-primary" disabled={save.isPending}>
        {save.isPending ? t('common.saving') : t('methodSettings.save', { method: methodName(t, settings.method) })}
      </button>
    </form>
  );
}
