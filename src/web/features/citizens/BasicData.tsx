import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CitizenT } from '../../types';

export function BasicData({ citizen: c }: { citizen: CitizenT }) {
  const { t } = useTranslation();
  const rows: [string, ReactNode, boolean?][] = [];
  const add = (label: string, value: ReactNode | null | undefined, wide = false) => {
    if (value !== null && value !== undefined && value !== '') rows.push([label, value, wide]);
  };
  if (c.kind === 'identified') add(t('citizens.fields.name'), c.name);
  add(t('citizens.fields.alias'), c.alias);
  if (c.cpr) add(t('citizens.page.cpr'), c.cpr);
  else if (c.hasCpr) add(t('citizens.page.cpr'), t('citizens.page.cprHidden'));
  add(t('citizens.fields.birthYear'), c.birthYear);
  add(t('citizens.fields.phone'), c.phone);
  add(t('citizens.fields.address'), c.noFixedAddress ? t('citizens.fields.noFixedAddress') : c.address);
  add(t('citizens.fields.homeMunicipality'), c.homeMunicipality);
  add(t('citizens.fields.preferredLanguage'), c.preferredLanguage);
  add(t('citizens.fields.place'), c.place);
  add(t('citizens.fields.description'), c.description ? <span className="pre-wrap">{c.description}</span> : null, true);
  return (
    <section aria-labelledby="basic-heading" className="section card">
      <h2 id="basic-heading">{t('citizens.page.basicData')}</h2>
      {rows.length > 0 ? (
        <dl className="details-list">
          {rows.map(([label, value, wide]) => (
            <div key={label} className={wide ? 'details-wide' : undefined}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="muted">{t('common.none')}</p>
      )}
    </section>
  );
}
