import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../format';
import type { TheoryElementT, TheoryT } from './draft';
import { shorten, useElementNames, useIndicatorValue } from './labels';

/**
 * A theory of change read-only: a section per column (resources → … → long-term effects), each an
 * ordered list of element cards. Under each element its arrows, "→ element", with the assumption
 * behind each; the arrow's target is a link to that element's card.
 */
export function TheoryView({ theory }: { theory: TheoryT }) {
  const { t } = useTranslation();
  const nameOf = useElementNames(theory.elements);
  return (
    <div className="rbs-columns">
      {theory.columns.map((column, ci) => {
        const elements = theory.elements.filter((e) => e.column === column);
        return (
          <section key={column} aria-labelledby={`col-${column}`} className="rbs-column">
            <h2 id={`col-${column}`} className="rbs-column-heading">
              <span className="rbs-step">{t('rbs.step', { n: ci + 1 })}</span> {t(`rbs.columns.${column}`)}
            </h2>
            {elements.length === 0 ? (
              <p className="muted">{t('rbs.view.emptyColumn')}</p>
            ) : (
              <ol className="rbs-elements">
                {elements.map((e) => (
                  <li key={e.id} id={`view-${e.id}`}>
                    <ElementCard theory={theory} element={e} nameOf={nameOf} />
                  </li>
                ))}
              </ol>
            )}
          </section>
        );
      })}
    </div>
  );
}

type CardProps = { theory: TheoryT; element: TheoryElementT; nameOf: (id: string) => string };

function ElementCard({ theory, element, nameOf }: CardProps) {
  const { t } = useTranslation();
  const value = useIndicatorValue();
  const out = theory.links.filter((l) => l.from === element.id);
  const into = theory.links.filter((l) => l.to === element.id);
  const textOf = (id: string) => theory.elements.find((e) => e.id === id)?.text ?? '';
  const headingId = `view-${element.id}-name`;
  const ind = element.indicator;
  return (
    <article className="rbs-card" aria-labelledby={headingId}>
      <h3 id={headingId} className="rbs-card-name">
        {nameOf(element.id)}
      </h3>
      <p className="rbs-card-text">{element.text}</p>
      {ind ? (
        <div className="rbs-indicator">
          <dl className="rbs-indicator-list">
            <dt>{t('rbs.indicator.label')}</dt>
            <dd>{t(`indicators.${ind.key}.title`, { defaultValue: ind.key })}</dd>
            <dt>{t('rbs.indicator.baseline')}</dt>
            <dd>{value(ind.key, ind.baseline)}</dd>
            <dt>{t('rbs.indicator.target')}</dt>
            <dd>{value(ind.key, ind.target)}</dd>
            <dt>{t('rbs.indicator.period')}</dt>
            <dd>{t('rbs.indicator.periodValue', { from: formatDate(ind.period.from), to: formatDate(ind.period.to) })}</dd>
          </dl>
          <details className="rbs-definition">
            <summary>{t('rbs.indicator.definition')}</summary>
            <p>{t(`indicators.${ind.key}.definition`, { defaultValue: ind.key })}</p>
          </details>
        </div>
      ) : null}
      {out.length > 0 ? (
        <ul className="rbs-arrows" aria-label={t('rbs.view.arrowsFrom', { name: nameOf(element.id) })}>
          {out.map((l) => (
            <li key={l.to}>
              <span aria-hidden="true">→ </span>
              <span className="visually-hidden">{t('rbs.view.leadsTo')} </span>
              <a href={`#view-${l.to}`}>{nameOf(l.to)}</a>: {shorten(textOf(l.to), 80)}
              <p className="rbs-assumption">
                <strong>{t('rbs.link.assumption')}:</strong> {l.assumption ?? t('rbs.view.noAssumption')}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
      {into.length > 0 ? (
        <p className="rbs-from muted">
          {t('rbs.view.comesFrom')}: {into.map((l) => nameOf(l.from)).join(', ')}
        </p>
      ) : null}
    </article>
  );
}
