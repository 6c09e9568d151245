import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, StatusMessage } from '../../components/Alerts';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { SelectField, TextField } from '../../components/Fields';
import type { AdminUnitT, OrganisationT } from '../../types';
import { useAdminWrite } from './admin-queries';

type Props = { organisations: OrganisationT[]; units: AdminUnitT[] };

export function UnitsSection({ organisations, units }: Props) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<string | null>(null);
  return (
    <section aria-labelledby="units-heading" className="section">
      <h2 id="units-heading">{t('admin.units')}</h2>
      <StatusMessage message={status} />
      <div className="table-wrap">
        <table className="data-table stack-on-phone">
          <caption className="visually-hidden">{t('admin.units')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.unitName')}</th>
              <th scope="col">{t('admin.organisation')}</th>
              <th scope="col">{t('admin.unitKind')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common.edit')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {units.map((u) => (
              <UnitRow key={u.id} unit={u} onSaved={() => setStatus(t('admin.unitSaved'))} />
            ))}
          </tbody>
        </table>
      </div>
      <CreateUnit organisations={organisations} onCreated={() => setStatus(t('admin.unitCreated'))} />
    </section>
  );
}

function UnitRow({ unit, onSaved }: { unit: AdminUnitT; onSaved: () => void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(unit.name);
  const write = useAdminWrite();
  const save = (e: FormEvent) => {
    e.preventDefault();
    write.mutate(
      { method: 'patch', path: `/admin/units/${unit.id}`, body: { name: name.trim() } },
      {
        onSuccess: () => {
          setEditing(false);
          onSaved();
        },
      },
    );
  };
  return (
    <tr>
      <th scope="row" data-label={t('admin.unitName')}>
        {editing ? (
          <form onSubmit={save} noValidate className="inline-form">
            <ErrorAlert error={write.error} />
            <TextField id={`unit-name-${unit.id}`} label={t('admin.renameUnit', { name: unit.name })} value={name} onChange={setName} required error={fieldCode('name', {}, write.error)} />
            <button type="submit" className="button-primary button-small">
              {t('common.save')}
            </button>
            <button type="button" className="button-secondary button-small" onClick={() => setEditing(false)}>
              {t('common.cancel')}
            </button>
          </form>
        ) : (
          unit.name
        )}
      </th>
      <td data-label={t('admin.organisation')}>{unit.organisationName}</td>
      <td data-label={t('admin.unitKind')}>{unit.kind}</td>
      <td>
        {editing ? null : (
          <button type="button" className="button-link" onClick={() => setEditing(true)}>
            {t('admin.renameUnit', { name: unit.name })}
          </button>
        )}
      </td>
    </tr>
  );
}

function CreateUnit({ organisations, onCreated }: { organisations: OrganisationT[]; onCreated: () => void }) {
  const { t } = useTranslation();
  const [organisationId, setOrganisationId] = useState(organisations[0]?.id ?? '');
  const [name, setName] = useState('');
  const [kind, setKind] = useState('team');
  const [client, setClient] = useState<ClientErrors>({});
  const write = useAdminWrite();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return setClient({ name: 'required' });
    setClient({});
    write.mutate(
      { method: 'post', path: '/admin/units', body: { organisationId, name: name.trim(), kind: kind.trim() || 'team' } },
      {
        onSuccess: () => {
          setName('');
          onCreated();
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate className="form card" aria-labelledby="create-unit-heading">
      <h3 id="create-unit-heading">{t('admin.createUnit')}</h3>
      <ErrorAlert error={write.error} />
      <div className="field-grid">
        <SelectField id="unit-org" label={t('admin.organisation')} value={organisationId} onChange={setOrganisationId} options={organisations.map((o) => ({ value: o.id, label: o.name }))} />
        <TextField id="unit-name" label={t('admin.unitName')} required value={name} onChange={setName} error={fieldCode('name', client, write.error)} />
        <TextField id="unit-kind" label={t('admin.unitKind')} value={kind} onChange={setKind} error={fieldCode('kind', client, write.error)} />
      </div>
      <button type="submit" className="button-primary" disabled={write.isPending}>
        {t('admin.createUnit')}
      </button>
    </form>
  );
}
