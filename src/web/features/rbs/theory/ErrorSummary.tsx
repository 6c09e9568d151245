import { useTranslation } from 'react-i18next';
import { fieldIds, type Draft } from './draft';

type Props = { draft: Draft; errors: { byField: Record<string, string>; general: string[] }; nameOf: (id: string) => string };

/** Every field of the draft in page order, with the name a summary line gives it. */
function fieldsInOrder(draft: Draft, nameOf: (id: string) => string, t: (k: string, o?: Record<string, unknown>) => string) {
  const fields: { id: string; label: string }[] = [{ id: fieldIds.title, label: t('rbs.edit.title') }];
  for (const e of draft.elements) {
    const name = nameOf(e.id);
    const at = (label: string) => `${name} – ${label}`;
    fields.push({ id: fieldIds.text(e.id), label: at(t('rbs.edit.text')) });
    fields.push({ id: fieldIds.indicator(e.id, 'key'), label: at(t('rbs.indicator.label')) });
    fields.push({ id: fieldIds.indicator(e.id, 'baseline'), label: at(t('rbs.indicator.baseline')) });
    fields.push({ id: fieldIds.indicator(e.id, 'target'), label: at(t('rbs.indicator.target')) });
    fields.push({ id: fieldIds.indicator(e.id, 'from'), label: at(t('rbs.indicator.from')) });
    fields.push({ id: fieldIds.indicator(e.id, 'to'), label: at(t('rbs.indicator.to')) });
    for (const l of draft.links.filter((x) => x.from === e.id)) {
      const arrow = l.to ? t('rbs.link.named', { from: name, to: nameOf(l.to) }) : t('rbs.link.unnamed', { from: name });
      fields.push({ id: fieldIds.linkTo(l.key), label: `${arrow} – ${t('rbs.link.to')}` });
      fields.push({ id: fieldIds.assumption(l.key), label: `${arrow} – ${t('rbs.link.assumption')}` });
    }
  }
  return fields;
}

/**
 * The list of what to correct, each line a link that moves focus to its field; issues that belong
 * to no one field (too many elements, …) are listed as text.
 */
export function ErrorSummary({ draft, errors, nameOf }: Props) {
  const { t } = useTranslation();
  const message = (code: string) => t(`fieldErrors.${code}`, { defaultValue: t('fieldErrors.invalid') });
  const lines = fieldsInOrder(draft, nameOf, t).filter((f) => errors.byField[f.id]);
  if (lines.length === 0 && errors.general.length === 0) return null;
  return (
    <div className="rbs-error-summary">
      <h3 id="rbs-error-summary-heading">{t('rbs.edit.errorSummary')}</h3>
      <ul>
        {lines.map((f) => (
          <li key={f.id}>
            <a
              href={`#${f.id}`}
              onClick={(e) => {
                e.preventDefault();
                document.getElementById(f.id)?.focus();
              }}
            >
              {f.label}: {message(errors.byField[f.id])}
            </a>
          </li>
        ))}
        {errors.general.map((code, i) => (
          <li key={`general-${i}`}>{message(code)}</li>
        ))}
      </ul>
    </div>
  );
}
