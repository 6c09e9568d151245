import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading, StatusMessage } from '../../components/Alerts';
import { SelectField } from '../../components/Fields';
import type { OrganisationT } from '../../types';
import { useMethodSettings, useTeams } from '../teams/queries';
import { MethodSettingsForm } from './MethodSettingsForm';
import { defaultOrganisation } from './TeamMembersEditor';

/** Metodeindstillinger: the municipality's values for each method (norms, CTI phases, ACT board), versioned. */
export function MethodSettingsSection({ organisations }: { organisations: OrganisationT[] }) {
  const { t } = useTranslation();
  const teams = useTeams();
  const [chosenOrg, setOrganisationId] = useState('');
  const organisationId = chosenOrg || defaultOrganisation(organisations, teams.data);
  const settings = useMethodSettings(organisationId);
  const [status, setStatus] = useState<string | null>(null);
  return (
    <section aria-labelledby="method-settings-heading" className="section">
      <h2 id="method-settings-heading">{t('methodSettings.title')}</h2>
      <p>{t('methodSettings.intro')}</p>
      <p className="alert alert-info">{t('methodSettings.versionsNote')}</p>
      {organisations.length > 1 ? (
        <div className="filters">
          <SelectField
            id="method-settings-org"
            label={t('admin.organisation')}
            value={organisationId}
            onChange={(v) => {
              setStatus(null);
              setOrganisationId(v);
            }}
            options={organisations.map((o) => ({ value: o.id, label: o.name }))}
          />
        </div>
      ) : null}
      <StatusMessage message={status} />
      {settings.isPending && organisationId ? <Loading /> : null}
      <ErrorAlert error={settings.error} />
      {settings.data && settings.data.length === 0 ? <p className="muted">{t('methodSettings.none')}</p> : null}
      {settings.data?.map((s) => (
        <MethodSettingsForm key={`${s.organisationId}-${s.method}-${s.version}`} settings={s} onSaved={setStatus} />
      ))}
    </section>
  );
}
