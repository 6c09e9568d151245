import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, query } from '../../api';
import { ErrorAlert, Loading } from '../../components/Alerts';
import { SelectField } from '../../components/Fields';
import { PageHeading } from '../../components/PageHeading';
import { useMe } from '../auth/me';
import { useMethods, useMyUnits } from '../citizens/queries';
import { OutcomesSection } from './OutcomesSection';

type Indicator = { id: string; value: number | null; norm: number; kind: 'max' | 'share'; status: 'met' | 'not_met' | 'not_measured'; n: number };

const percent = (v: number) => `${Math.round(v * 100)} %`;

/** Method fidelity (metodefidelitet) of a unit: every indicator computed from the data, beside its norm. */
export function FidelityPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const units = (useMyUnits().data ?? []).filter((u) => u.members.some((m) => m.id === me.user.id));
  // The methods with fidelity norms in their model.
  const methods = (useMethods().data ?? []).filter((m) => m.norms);
  const [unitId, setUnitId] = useState('');
  const [method, setMethod] = useState('cti');
  const unit = unitId || units[0]?.id || '';
  const fidelity = useQuery({
    queryKey: ['fidelity', unit, method],
    enabled: Boolean(unit),
    queryFn: () => api.get<{ indicators: Indicator[] }>(`/fidelity${query({ unitId: unit, method })}`),
  });
  // A team's caseload (ACT) is courses per member, so not always a whole number.
  const show = (i: Indicator, v: number) => (i.kind === 'share' ? percent(v) : v.toLocaleString(i18n.language, { maximumFractionDigits: 1 }));
  return (
    <>
      <PageHeading title={t('fidelity.title')}>{t('fidelity.title')}</PageHeading>
      <p>{t('fidelity.intro')}</p>
      <div className="filters">
        <SelectField id="fidelity-unit" label={t('fidelity.unit')} value={unit} onChange={setUnitId} options={units.map((u) => ({ value: u.id, label: u.name }))} />
        <SelectField id="fidelity-method" label={t('fidelity.method')} value={method} onChange={setMethod} options={methods.map((m) => ({ value: m.id, label: t(`methods.${m.id}`) }))} />
      </div>
      {fidelity.isPending && unit ? <Loading /> : null}
      <ErrorAlert error={fidelity.error} />
      {fidelity.data ? (
        <table className="table">
          <caption>{t('fidelity.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('fidelity.indicator')}</th>
              <th scope="col">{t('fidelity.value')}</th>
              <th scope="col">{t('fidelity.norm')}</th>
              <th scope="col">{t('fidelity.status')}</th>
            </tr>
          </thead>
          <tbody>
            {fidelity.data.indicators.map((i) => (
              <tr key={i.id}>
                <th scope="row">
                  {t(`fidelity.indicators.${i.id}.name`)}
                  <div className="hint">{t(`fidelity.indicators.${i.id}.definition`)}</div>
                </th>
                <td>{i.value === null ? t('fidelity.notMeasured') : `${show(i, i.value)} (n = ${i.n})`}</td>
                <td>{i.kind === 'max' ? t('fidelity.atMost', { norm: i.norm }) : t('fidelity.atLeast', { norm: percent(i.norm) })}</td>
                <td>
                  <span className={`badge fidelity-${i.status}`}>{t(`fidelity.statuses.${i.status}`)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {unit ? <OutcomesSection unitId={unit} /> : null}
    </>
  );
}
