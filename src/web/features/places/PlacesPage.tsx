import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { placeTypes } from '../../../shared/schemas/plans';
import { ErrorAlert, Loading, StatusMessage } from '../../components/Alerts';
import { SelectField } from '../../components/Fields';
import { PageHeading } from '../../components/PageHeading';
import { useCan } from '../auth/me';
import { PlaceCard } from './PlaceCard';
import { PlaceForm } from './PlaceForm';
import { usePlaces } from './queries';

const PlaceMap = lazy(() => import('./PlaceMap'));

/** The place register: where the work happens, who covers it, the rounds, and a map. */
export function PlacesPage() {
  const { t } = useTranslation();
  const canManage = useCan('catalog.manage');
  const canRound = useCan('place.round');
  const [type, setType] = useState('');
  const [adding, setAdding] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const places = usePlaces(type);
  const items = places.data?.items ?? [];
  const located = items.filter((p) => p.latitude !== null && p.longitude !== null).length;
  return (
    <>
      <PageHeading title={t('places.title')}>{t('places.title')}</PageHeading>
      <p>{t('places.intro')}</p>
      <StatusMessage message={status} />
      {canManage && !adding ? (
        <button type="button" className="button-primary" onClick={() => { setStatus(null); setAdding(true); }}>
          {t('places.create')}
        </button>
      ) : null}
      {adding ? (
        <PlaceForm
          onDone={(saved) => {
            setAdding(false);
            setStatus(saved ? t('places.created') : null);
          }}
        />
      ) : null}
      <div className="toolbar offers-toolbar">
        <SelectField
          id="place-filter-type"
          label={t('places.filterType')}
          value={type}
          onChange={setType}
          options={[{ value: '', label: t('places.allTypes') }, ...placeTypes.map((p) => ({ value: p, label: t(`places.types.${p}`) }))]}
        />
      </div>
      {places.isPending ? <Loading /> : null}
      <ErrorAlert error={places.error} />
      {places.data && located > 0 ? (
        <section aria-labelledby="place-map-heading" className="section">
          <h2 id="place-map-heading">{t('places.map.title')}</h2>
          <Suspense fallback={<Loading />}>
            <PlaceMap places={items} map={places.data.map} />
          </Suspense>
        </section>
      ) : null}
      {places.data && located === 0 && items.length > 0 ? <p className="muted">{t('places.map.noneLocated')}</p> : null}
      <section aria-labelledby="place-list-heading" className="section">
        <h2 id="place-list-heading">{t('places.list')}</h2>
        {places.data ? (
          <p role="status" className="result-count">
            {t('places.count', { count: items.length })}
          </p>
        ) : null}
        <ul className="card-list">
          {items.map((p) => (
            <li key={p.id}>
              <PlaceCard place={p} canRound={canRound} onRound={setStatus} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
