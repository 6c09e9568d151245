import './instruments.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading, StatusMessage } from '../../components/Alerts';
import { SelectField } from '../../components/Fields';
import type { OrganisationT } from '../../types';
import { defaultOrganisation } from '../admin/TeamMembersEditor';
import { useTeams } from '../teams/queries';
import { InstrumentForm } from './InstrumentForm';
import { localName, useInstruments, type InstrumentT } from './instrument-types';

type Editing = { instrument: InstrumentT | null } | null;

function focusById(id: string) {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/**
 * Måleredskaber: the questionnaires an organisation uses (WHO-5 and session feedback are shipped;
 * an organisation may add its own, e.g. a licensed ORS/SRS). A change is saved as a new version;
 * answers already given keep the version they were given with.
 */
export function InstrumentsSection({ organisations }: { organisations: OrganisationT[] }) {
  const { t, i18n } = useTranslation();
  const teams = useTeams();
  const [chosenOrg, setOrganisationId] = useState('');
  const organisationId = chosenOrg || defaultOrganisation(organisations, teams.data);
  const instruments = useInstruments(organisationId);
  const [editing, setEditing] = useState<Editing>(null);
  const [status, setStatus] = useState<string | null>(null);
  const org = organisations.find((o) => o.id === organisationId);
  const open = (instrument: InstrumentT | null) => {
    setStatus(null);
    setEditing({ instrument });
  };
  const origin = (i: InstrumentT) => (i.builtIn ? (i.organisationId ? t('instruments.origins.shippedOwnVersion') : t('instruments.origins.shipped')) : t('instruments.origins.own'));
  const credits = (instruments.data ?? []).filter((i) => i.credit);
  return (
    <section aria-labelledby="instruments-heading" className="section instruments-section">
      <h2 id="instruments-heading">{t('instruments.title')}</h2>
      <p>{t('instruments.intro')}</p>
      <p className="alert alert-info">{t('instruments.versionsNote')}</p>
      {organisations.length > 1 ? (
        <div className="filters">
          <SelectField
            id="instruments-org"
            label={t('admin.organisation')}
            value={organisationId}
            onChange={(v) => {
              setStatus(null);
              setEditing(null);
              setOrganisationId(v);
            }}
            options={organisations.map((o) => ({ value: o.id, label: o.name }))}
          />
        </div>
      ) : null}
      <StatusMessage message={status} />
      {instruments.isPending && organisationId ? <Loading /> : null}
      <ErrorAlert error={instruments.error} />
      {instruments.data ? (
        <div className="table-wrap">
          <table className="data-table">
            <caption>{t('instruments.caption', { organisation: org?.name ?? '' })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('instruments.name')}</th>
                <th scope="col">{t('instruments.version')}</th>
                <th scope="col">{t('instruments.kind')}</th>
                <th scope="col">{t('instruments.itemCount')}</th>
                <th scope="col">{t('instruments.origin')}</th>
                <th scope="col">{t('instruments.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {instruments.data.map((i) => (
                <tr key={i.key}>
                  <th scope="row" id={`instrument-${i.key}`} tabIndex={-1}>
                    {localName(i.name, i18n.language)}
                    <div className="hint mono">{i.key}</div>
                  </th>
                  <td>{i.version}</td>
                  <td>{t(`instruments.kinds.${i.kind}.name`)}</td>
                  <td>{i.items.length}</td>
                  <td>{origin(i)}</td>
                  <td>
                    <button
                      type="button"
                      className="button-secondary button-small"
                      aria-label={t('instruments.newVersionOf', { name: localName(i.name, i18n.language) })}
                      onClick={() => open(i)}
                    >
                      {t('instruments.newVersion')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {credits.length > 0 ? (
        <div className="instrument-credits">
          <h3>{t('instruments.credits')}</h3>
          <ul className="plain-list">
            {credits.map((i) => (
              <li key={i.key}>
                <strong>{localName(i.name, i18n.language)}:</strong> {i.credit}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {editing && organisationId ? (
        <InstrumentForm
          key={editing.instrument?.key ?? 'new'}
          organisationId={organisationId}
          instrument={editing.instrument}
          onDone={(saved, corrected) => {
            setEditing(null);
            if (!saved) return;
            const name = localName(saved.name, i18n.language);
            setStatus(
              editing.instrument === null
                ? t('instruments.created', { name })
                : corrected
                  ? t('instruments.corrected', { name, version: saved.version })
                  : t('instruments.savedVersion', { name, version: saved.version }),
            );
            focusById(`instrument-${saved.key}`);
          }}
        />
      ) : null}
      {!editing && organisationId ? (
        <button type="button" className="button-secondary" onClick={() => open(null)}>
          {t('instruments.create')}
        </button>
      ) : null}
    </section>
  );
}
