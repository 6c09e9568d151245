import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert } from '../../components/Alerts';
import { fieldCode } from '../../components/errors';
import { SelectField } from '../../components/Fields';
import { focusFirstInvalid } from '../../components/focus';
import type { InboundT } from '../../types';
import { useMethods } from '../citizens/queries';

/** Accepts a handover from another unit: the citizen is named, so only the method of the new course is asked. */
export function HandoverAcceptForm({ inbound, onCancel }: { inbound: InboundT; onCancel: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const methods = useMethods();
  const [method, setMethod] = useState('outreach');
  const save = useMutation({
    mutationFn: (body: object) => api.post<InboundT>(`/inbound-referrals/${encodeURIComponent(inbound.id)}/accept`, body),
    onSuccess: async (r) => {
      await queryClient.invalidateQueries({ queryKey: ['inbound'] });
      await queryClient.invalidateQueries({ queryKey: ['citizens'] });
      if (r.citizenId) await navigate({ to: '/citizens/$citizenId', params: { citizenId: r.citizenId } });
    },
    onError: () => focusFirstInvalid(),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({ method });
  };
  const ids = methods.data?.map((m) => m.id) ?? [method];
  return (
    <form onSubmit={submit} noValidate className="form form-inset" aria-label={t('inbound.acceptHandover')}>
      <ErrorAlert error={save.error} />
      <p>{t('inbound.handoverIntro', { unit: inbound.unitName })}</p>
      <SelectField
        id={`accept-method-${inbound.id}`}
        label={t('courses.method')}
        required
        value={method}
        onChange={setMethod}
        options={ids.map((m) => ({ value: m, label: t(`methods.${m}`, { defaultValue: m }) }))}
        error={fieldCode('method', {}, save.error)}
      />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('inbound.acceptHandoverSubmit')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
