import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../components/Fields';
import { emptyOffer, offerResponses, type OfferRow } from './action-plan-form';

type Props = { idPrefix: string; offers: OfferRow[]; onChange: (offers: OfferRow[]) => void; errorOf: (path: string) => string | undefined };

/** What was offered to the citizen, and whether they accepted or declined. */
export function OffersFields({ idPrefix, offers, onChange, errorOf }: Props) {
  const { t } = useTranslation();
  const update = (i: number, patch: Partial<OfferRow>) => onChange(offers.map((o, n) => (n === i ? { ...o, ...patch } : o)));
  return (
    <fieldset className="fieldset-inner">
      <legend>{t('actionPlans.form.offers')}</legend>
      <p className="hint">{t('actionPlans.form.offersHint')}</p>
      {offers.length === 0 ? <p className="muted">{t('actionPlans.form.noOffers')}</p> : null}
      <ol className="plain-list offer-rows">
        {offers.map((o, i) => (
          <li key={o.key} className="offer-row">
            <div className="field-grid">
              <TextField id={`${idPrefix}-offer-${i}-what`} label={t('actionPlans.form.offerWhat', { n: i + 1 })} value={o.what} onChange={(what) => update(i, { what })} error={errorOf(`offers.${i}.what`)} required />
              <SelectField
                id={`${idPrefix}-offer-${i}-response`}
                label={t('actionPlans.form.offerResponse', { n: i + 1 })}
                value={o.response}
                onChange={(response) => update(i, { response })}
                options={offerResponses.map((r) => ({ value: r, label: t(`actionPlans.responses.${r}`) }))}
                error={errorOf(`offers.${i}.response`)}
              />
            </div>
            <TextField id={`${idPrefix}-offer-${i}-note`} label={t('actionPlans.form.offerNote', { n: i + 1 })} value={o.note} onChange={(note) => update(i, { note })} error={errorOf(`offers.${i}.note`)} />
            <button type="button" className="button-secondary button-small" onClick={() => onChange(offers.filter((_, n) => n !== i))}>
              {t('actionPlans.form.removeOffer', { n: i + 1 })}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="button-secondary" onClick={() => onChange([...offers, emptyOffer()])}>
        {t('actionPlans.form.addOffer')}
      </button>
    </fieldset>
  );
}
