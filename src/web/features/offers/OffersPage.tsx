import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { offerCategories } from '../../../shared/schemas/bridging';
import { ErrorAlert, Loading, StatusMessage } from '../../components/Alerts';
import { SelectField } from '../../components/Fields';
import { PageHeading } from '../../components/PageHeading';
import { useCan } from '../auth/me';
import { useOffers } from '../referrals/queries';
import { OfferCard } from './OfferCard';
import { OfferForm } from './OfferForm';

/** The offer catalog: what the citizen can be referred to, with waiting times. */
export function OffersPage() {
  const { t } = useTranslation();
  const canManage = useCan('catalog.manage');
  const [draft, setDraft] = useState('');
  const [q, setQ] = useState('');
  const [category, setCategory] = useState('');
  const [adding, setAdding] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const offers = useOffers({ q, category, includeInactive: canManage });
  const search = (e: FormEvent) => {
    e.preventDefault();
    setQ(draft.trim());
  };
  return (
    <>
      <PageHeading title={t('offers.title')}>{t('offers.title')}</PageHeading>
      <p>{t('offers.intro')}</p>
      <StatusMessage message={status} />
      {canManage && !adding ? (
        <button type="button" className="button-primary" onClick={() => { setStatus(null); setAdding(true); }}>
          {t('offers.create')}
        </button>
      ) : null}
      {adding ? (
        <OfferForm
          onDone={(saved) => {
            setAdding(false);
            setStatus(saved ? t('offers.created') : null);
          }}
        />
      ) : null}
      <div className="toolbar offers-toolbar">
        <form role="search" className="search-form" onSubmit={search}>
          <label htmlFor="offer-search">{t('offers.search')}</label>
          <div className="search-row">
            <input id="offer-search" type="search" value={draft} onChange={(e) => setDraft(e.target.value)} autoComplete="off" />
            <button type="submit" className="button-primary">
              {t('common.search')}
            </button>
          </div>
        </form>
        <SelectField
          id="offer-category"
          label={t('offers.category')}
          value={category}
          onChange={setCategory}
          options={[{ value: '', label: t('offers.allCategories') }, ...offerCategories.map((c) => ({ value: c, label: t(`offers.categories.${c}`) }))]}
        />
      </div>
      {offers.isPending ? <Loading /> : null}
      <ErrorAlert error={offers.error} />
      {offers.data ? (
        <p role="status" className="result-count">
          {t('offers.count', { count: offers.data.length })}
        </p>
      ) : null}
      <ul className="card-list offer-list">
        {(offers.data ?? []).map((o) => (
          <li key={o.id}>
            <OfferCard offer={o} canManage={canManage} onSaved={() => setStatus(t('offers.saved'))} />
          </li>
        ))}
      </ul>
    </>
  );
}
