import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert, Loading } from '../../components/Alerts';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { CheckboxField, SelectField, TextField } from '../../components/Fields';
import { focusFirstInvalid } from '../../components/focus';
import { todayLocal } from '../../format';
import type { AgreementT } from '../../types';
import { agreementKeys, useParties } from './queries';

const flags = ['quickMedicalDelegation', 'actionPlanWork', 'midwayParticipation', 'dropInCollaboration'] as const;
type Flag = (typeof flags)[number];

/** Enters a collaboration agreement: the parties, its validity, the commitments and the named people. */
export function AgreementForm({ onDone }: { onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const parties = useParties();
  const [f, setF] = useState({ centerId: '', municipalityId: '', validFrom: todayLocal(), validTo: '', mentorId: '', notes: '' });
  const [commit, setCommit] = useState<Record<Flag, boolean>>({ quickMedicalDelegation: true, actionPlanWork: true, midwayParticipation: true, dropInCollaboration: true });
  const [spotterIds, setSpotterIds] = useState<string[]>([]);
  const [client, setClient] = useState<ClientErrors>({});
  const set = (patch: Partial<typeof f>) => setF((v) => ({ ...v, ...patch }));
  const save = useMutation({
    mutationFn: (body: object) => api.post<AgreementT>('/collaboration-agreements', body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: agreementKeys.list });
      onDone(true);
    },
    onError: () => focusFirstInvalid(),
  });
  if (parties.isPending) return <Loading />;
  const orgs = parties.data?.organisations ?? [];
  const centers = orgs.filter((o) => o.kind === 'crisis_center');
  const municipalities = orgs.filter((o) => o.kind === 'municipality');
  const people = (parties.data?.people ?? []).filter((p) => p.organisationId === f.municipalityId);
  const mentors = people.filter((p) => p.roles.includes('social_mentor'));
  const roleText = (roles: string[]) => roles.map((r) => t(`roles.${r}`, { defaultValue: r })).join(', ');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors: ClientErrors = {};
    if (!f.centerId) errors.crisisCenterOrganisationId = 'required';
    if (!f.municipalityId) errors.municipalityOrganisationId = 'required';
    if (!f.validFrom) errors.validFrom = 'required';
    if (f.validTo && f.validTo < f.validFrom) errors.validTo = 'before_start';
    if (!f.mentorId) errors.socialMentorUserId = 'required';
    setClient(errors);
    if (Object.keys(errors).length > 0) return focusFirstInvalid();
    save.mutate({
      crisisCenterOrganisationId: f.centerId,
      municipalityOrganisationId: f.municipalityId,
      validFrom: f.validFrom,
      validTo: f.validTo || null,
      ...commit,
      socialMentorUserId: f.mentorId,
      spotterUserIds: spotterIds,
      notes: f.notes.trim() || undefined,
    });
  };
  const err = (p: string) => fieldCode(p, client, save.error);
  return (
    <form onSubmit={submit} noValidate className="form card form-inset" aria-label={t('agreements.create')}>
      <ErrorAlert error={save.error ?? parties.error} />
      <div className="field-grid">
        <SelectField id="agreement-center" label={t('agreements.crisisCenter')} required value={f.centerId} onChange={(centerId) => set({ centerId })} options={[{ value: '', label: t('agreements.choose') }, ...centers.map((o) => ({ value: o.id, label: o.name }))]} error={err('crisisCenterOrganisationId')} />
        <SelectField
          id="agreement-municipality"
          label={t('agreements.municipality')}
          required
          value={f.municipalityId}
          onChange={(municipalityId) => {
            set({ municipalityId, mentorId: '' });
            setSpotterIds([]);
          }}
          options={[{ value: '', label: t('agreements.choose') }, ...municipalities.map((o) => ({ value: o.id, label: o.name }))]}
          error={err('municipalityOrganisationId')}
        />
        <TextField id="agreement-from" label={t('agreements.validFrom')} type="date" value={f.validFrom} onChange={(validFrom) => set({ validFrom })} error={err('validFrom')} required />
        <TextField id="agreement-to" label={t('agreements.validTo')} hint={t('agreements.validToHint')} type="date" value={f.validTo} onChange={(validTo) => set({ validTo })} error={err('validTo')} />
      </div>
      <fieldset className="fieldset-inner">
        <legend>{t('agreements.commitments')}</legend>
        <div className="check-list">
          {flags.map((k) => (
            <CheckboxField key={k} id={`agreement-${k}`} label={t(`agreements.fields.${k}`)} checked={commit[k]} onChange={(on) => setCommit((v) => ({ ...v, [k]: on }))} />
          ))}
        </div>
      </fieldset>
      <SelectField
        id="agreement-mentor"
        label={t('agreements.socialMentor')}
        hint={f.municipalityId ? t('agreements.socialMentorHint') : t('agreements.chooseMunicipalityFirst')}
        required
        value={f.mentorId}
        onChange={(mentorId) => set({ mentorId })}
        options={[{ value: '', label: t('agreements.choose') }, ...(mentors.length > 0 ? mentors : people).map((p) => ({ value: p.id, label: `${p.displayName} (${roleText(p.roles)})` }))]}
        error={err('socialMentorUserId')}
      />
      {people.length > 0 ? (
        <fieldset className="fieldset-inner">
          <legend>{t('agreements.spotters')}</legend>
          <p className="hint">{t('agreements.spottersHint')}</p>
          <div className="check-list check-inline">
            {people.map((p) => (
              <CheckboxField
                key={p.id}
                id={`agreement-spotter-${p.id}`}
                label={`${p.displayName} (${roleText(p.roles)})`}
                checked={spotterIds.includes(p.id)}
                onChange={(on) => setSpotterIds((v) => (on ? [...v, p.id] : v.filter((x) => x !== p.id)))}
              />
            ))}
          </div>
        </fieldset>
      ) : null}
      <TextField id="agreement-notes" label={t('agreements.notes')} multiline rows={3} value={f.notes} onChange={(notes) => set({ notes })} error={err('notes')} />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('agreements.submit')}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDone(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
