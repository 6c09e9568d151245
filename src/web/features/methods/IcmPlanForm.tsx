import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert } from '../../components/Alerts';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { SelectField, TextField } from '../../components/Fields';
import { focusFirstInvalid } from '../../components/focus';
import type { CourseT } from '../../types';
import { useMe } from '../auth/me';
import { useMyUnits } from '../citizens/queries';
import { crisisKeys } from '../crisis/queries';
import { methodKeys, type IcmPlanT } from './queries';

type Service = { name: string; agreed: string; contact: string };
const blank = (): Service => ({ name: '', agreed: '', contact: '' });

type Props = { course: CourseT; plan: IcmPlanT | null; onDone: (saved: boolean) => void };

/** Writes a new version of the ICM plan; the coordinating case manager is one worker of the course's unit. */
export function IcmPlanForm({ course, plan, onDone }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const candidates = useCoordinatorCandidates(course, plan);
  // Until chosen, the present coordinator, else the user when they may coordinate (the unit list may load later).
  const [chosen, setCoordinatorId] = useState<string | null>(plan?.coordinator?.id ?? null);
  const coordinatorId = chosen ?? (candidates.some((c) => c.id === me.user.id) ? me.user.id : '');
  const [purpose, setPurpose] = useState(plan?.purpose ?? '');
  const [dailySupport, setDailySupport] = useState(plan?.dailySupport ?? '');
  const [services, setServices] = useState<Service[]>(() => (plan?.services.length ? plan.services.map((s) => ({ ...s, contact: s.contact ?? '' })) : []));
  const [reviewDate, setReviewDate] = useState(plan?.reviewDate ?? '');
  const [client, setClient] = useState<ClientErrors>({});
  const save = useMutation({
    mutationFn: (body: object) => api.put<IcmPlanT>(`/courses/${encodeURIComponent(course.id)}/icm-plan`, body),
    onSuccess: async (data) => {
      queryClient.setQueryData(methodKeys.icmPlan(course.id), data);
      await queryClient.invalidateQueries({ queryKey: crisisKeys.checklists(course.id) });
      onDone(true);
    },
    onError: () => focusFirstInvalid(),
  });
  const set = (i: number, patch: Partial<Service>) => setServices((all) => all.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const err = (path: string) => fieldCode(path, client, save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors: ClientErrors = {};
    if (!coordinatorId) errors.coordinatorId = 'required';
    if (!purpose.trim()) errors.purpose = 'required';
    services.forEach((s, i) => {
      if (!s.name.trim()) errors[`services.${i}.name`] = 'required';
      if (!s.agreed.trim()) errors[`services.${i}.agreed`] = 'required';
    });
    if (!reviewDate) errors.reviewDate = 'required';
    setClient(errors);
    if (Object.keys(errors).length > 0) return focusFirstInvalid();
    save.mutate({
      coordinatorId,
      purpose: purpose.trim(),
      dailySupport: dailySupport.trim() || null,
      services: services.map((s) => ({ name: s.name.trim(), agreed: s.agreed.trim(), contact: s.contact.trim() || null })),
      reviewDate,
      baseVersion: plan?.version ?? 0,
    });
  };
  const id = (n: string) => `icm-${n}-${course.id}`;
  const serviceLabel = (s: Service, i: number) => s.name.trim() || t('icmPlan.newService', { n: i + 1 });
  return (
    <form onSubmit={submit} noValidate className="form card form-inset" aria-label={plan ? t('icmPlan.reviseLabel') : t('icmPlan.writeLabel')}>
      <ErrorAlert error={save.error} />
      <SelectField
        id={id('coordinator')}
        label={t('icmPlan.coordinator')}
        hint={t('icmPlan.coordinatorHint')}
        required
        value={coordinatorId}
        onChange={setCoordinatorId}
        options={[{ value: '', label: t('icmPlan.chooseCoordinator') }, ...candidates.map((c) => ({ value: c.id, label: c.displayName }))]}
        error={err('coordinatorId')}
      />
      <TextField id={id('purpose')} label={t('icmPlan.purpose')} hint={t('icmPlan.purposeHint')} required multiline rows={3} value={purpose} onChange={setPurpose} error={err('purpose')} />
      <TextField id={id('daily')} label={t('icmPlan.dailySupport')} multiline rows={3} value={dailySupport} onChange={setDailySupport} error={err('dailySupport')} />
      <fieldset className="fieldset-inner">
        <legend>{t('icmPlan.services')}</legend>
        <p className="hint">{t('icmPlan.servicesHint')}</p>
        {services.map((s, i) => (
          <fieldset key={i} className="icm-service-row">
            <legend>{serviceLabel(s, i)}</legend>
            <TextField id={id(`service-${i}-name`)} label={t('icmPlan.serviceName')} required value={s.name} onChange={(name) => set(i, { name })} error={err(`services.${i}.name`)} />
            <TextField
              id={id(`service-${i}-agreed`)}
              label={t('icmPlan.serviceAgreed')}
              required
              multiline
              rows={2}
              value={s.agreed}
              onChange={(agreed) => set(i, { agreed })}
              error={err(`services.${i}.agreed`)}
            />
            <TextField id={id(`service-${i}-contact`)} label={t('icmPlan.serviceContact')} value={s.contact} onChange={(contact) => set(i, { contact })} error={err(`services.${i}.contact`)} />
            <button type="button" className="button-link" onClick={() => setServices((all) => all.filter((_, j) => j !== i))}>
              {t('icmPlan.removeService', { name: serviceLabel(s, i) })}
            </button>
          </fieldset>
        ))}
        <button type="button" className="button-secondary" onClick={() => setServices((all) => [...all, blank()])}>
          {t('icmPlan.addService')}
        </button>
      </fieldset>
      <TextField id={id('review')} label={t('icmPlan.reviewDate')} type="date" required value={reviewDate} onChange={setReviewDate} error={err('reviewDate')} />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('icmPlan.submit')}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDone(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** The workers of the course's unit (as far as the user's own units show them), and the present coordinator. */
function useCoordinatorCandidates(course: CourseT, plan: IcmPlanT | null) {
  const unit = useMyUnits().data?.find((u) => u.id === course.unitId);
  const people = new Map<string, string>();
  for (const m of unit?.members ?? []) if (m.role === 'worker') people.set(m.id, m.displayName);
  if (plan?.coordinator) people.set(plan.coordinator.id, plan.coordinator.displayName);
  return [...people].map(([id, displayName]) => ({ id, displayName })).sort((a, b) => a.displayName.localeCompare(b.displayName, 'da'));
}
