import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert, Loading } from '../../components/Alerts';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { SelectField, TextField } from '../../components/Fields';
import { focusFirstInvalid } from '../../components/focus';
import type { AgreementT, CrisisRequestT, SpottingT } from '../../types';
import { useMe } from '../auth/me';
import { useAgreements } from '../agreements/queries';
import { memberOf } from '../crisis/access';
import { refreshCrisis } from '../crisis/queries';

/** The crisis centers the user's municipality has an agreement with that is valid now. */
export function activeCenters(agreements: AgreementT[] | undefined, isMember: (orgId: string) => boolean) {
  const centers = new Map<string, string>();
  for (const a of agreements ?? []) if (a.activeNow && isMember(a.municipality.id)) centers.set(a.crisisCenter.id, a.crisisCenter.name);
  return [...centers].map(([id, name]) => ({ id, name }));
}

/** From a screened spotting, or directly for a citizen the social mentor can see (e.g. after a withdrawn request). */
type Target = { spotting: SpottingT; citizenId?: never } | { citizenId: string; spotting?: never };
type Props = Target & { onDone: (sentTo: string | null) => void };

/** Sends the request to a crisis center the municipality has an active collaboration agreement with. */
export function RequestForm({ spotting, citizenId, onDone }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const agreements = useAgreements();
  const centers = activeCenters(agreements.data, (id) => memberOf(me, id));
  const [centerId, setCenterId] = useState('');
  const [summary, setSummary] = useState(spotting?.screening?.assessment ?? '');
  const [client, setClient] = useState<ClientErrors>({});
  const chosen = centerId || (centers.length === 1 ? centers[0].id : '');
  const save = useMutation({
    mutationFn: (body: object) => api.post<CrisisRequestT>('/crisis-requests', body),
    onSuccess: async (r) => {
      await refreshCrisis(queryClient);
      onDone(r.crisisCenter.name);
    },
    onError: () => focusFirstInvalid(),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors: ClientErrors = {};
    if (!chosen) errors.crisisCenterOrganisationId = 'required';
    if (!summary.trim()) errors.summary = 'required';
    setClient(errors);
    if (Object.keys(errors).length > 0) return focusFirstInvalid();
    const target = spotting ? { spottingId: spotting.id } : { citizenId };
    save.mutate({ ...target, crisisCenterOrganisationId: chosen, summary: summary.trim() });
  };
  const err = (p: string) => fieldCode(p, client, save.error);
  const id = (n: string) => `request-${n}-${spotting?.id ?? citizenId}`;
  if (agreements.isPending) return <Loading />;
  return (
    <form onSubmit={submit} noValidate className="form form-inset" aria-label={t('spottings.request.title')}>
      <ErrorAlert error={save.error ?? agreements.error} />
      {centers.length === 0 && agreements.data ? <p className="alert alert-warning">{t('errors.no_collaboration_agreement')}</p> : null}
      <SelectField
        id={id('center')}
        label={t('spottings.request.center')}
        hint={t('spottings.request.centerHint')}
        required
        value={chosen}
        onChange={setCenterId}
        options={[{ value: '', label: t('spottings.request.chooseCenter') }, ...centers.map((c) => ({ value: c.id, label: c.name }))]}
        error={err('crisisCenterOrganisationId')}
      />
      <TextField id={id('summary')} label={t('spottings.request.summary')} hint={t('spottings.request.summaryHint')} multiline rows={4} value={summary} onChange={setSummary} error={err('summary')} required />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('spottings.request.submit')}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDone(null)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
