import { useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading, StatusMessage } from '../../components/Alerts';
import { HarmReductionForm } from './HarmReductionForm';
import { HarmReductionView } from './HarmReductionView';
import { residentKeys, useHarmReduction } from './queries';

/**
 * Core element 3: reduce the harm of the resident's use — physical, psychological, social and
 * economic — with the resident, without any demand to stop. Staff only: for anyone else (403) the
 * section is not shown.
 */
export function HarmReductionSection({ citizenId }: { citizenId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const harm = useHarmReduction(citizenId, true);
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  if (harm.data === null) return null;
  const data = harm.data;
  return (
    <section aria-labelledby="harm-heading" className="section harm-section">
      <h2 id="harm-heading" ref={headingRef} tabIndex={-1}>
        {t('resident.harm.title')}
      </h2>
      <p className="alert alert-info harm-no-demand">{t('resident.harm.intro')}</p>
      <StatusMessage message={status} />
      {harm.isPending ? <Loading /> : null}
      <ErrorAlert error={harm.error} />
      {data && !data.plan ? <p className="muted">{t('resident.harm.none')}</p> : null}
      {data?.plan && !editing ? <HarmReductionView plan={data.plan} /> : null}
      {data?.canEdit && !editing ? (
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            setStatus(null);
            setEditing(true);
          }}
        >
          {data.plan ? t('resident.harm.edit') : t('resident.harm.create')}
        </button>
      ) : null}
      {editing && data ? (
        <HarmReductionForm
          key={data.versions}
          citizenId={citizenId}
          current={data}
          onReload={() => void queryClient.invalidateQueries({ queryKey: residentKeys.harm(citizenId) })}
          onDone={(saved) => {
            setEditing(false);
            if (saved) {
              setStatus(t('resident.harm.saved', { version: saved.versions }));
              headingRef.current?.focus();
            }
          }}
        />
      ) : null}
    </section>
  );
}
