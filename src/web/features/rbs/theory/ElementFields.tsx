import { useTranslation } from 'react-i18next';
import { theoryColumns } from '../../../../shared/schemas/theories';
import { TextField } from '../../../components/Fields';
import { fieldIds, targetsOf, type Draft, type ElementDraft, type IndicatorDraft, type LinkDraft } from './draft';
import { GroupedSelect } from './GroupedSelect';
import { IndicatorFields } from './IndicatorFields';
import { shorten } from './labels';

export type ElementActions = {
  setText: (id: string, text: string) => void;
  bind: (id: string) => void;
  setIndicator: (id: string, value: IndicatorDraft) => void;
  unbind: (id: string) => void;
  remove: (id: string) => void;
  addLink: (from: string) => void;
  setLink: (key: string, patch: Partial<LinkDraft>) => void;
  removeLink: (link: LinkDraft) => void;
};

type Props = {
  draft: Draft;
  element: ElementDraft;
  method: string;
  nameOf: (id: string) => string;
  errorOf: (fieldId: string) => string | undefined;
  actions: ElementActions;
};

/** One element in edit mode: its text, its indicator, and the arrows from it with their assumptions. */
export function ElementFields({ draft, element, method, nameOf, errorOf, actions }: Props) {
  const { t } = useTranslation();
  const name = nameOf(element.id);
  const last = element.column === theoryColumns[theoryColumns.length - 1];
  const links = draft.links.filter((l) => l.from === element.id);
  const targets = targetsOf(draft, element);
  const groups = theoryColumns
    .filter((c) => targets.some((e) => e.column === c))
    .map((c) => ({ label: t(`rbs.columns.${c}`), options: targets.filter((e) => e.column === c).map((e) => ({ value: e.id, label: `${nameOf(e.id)}: ${shorten(e.text || t('rbs.edit.noText'))}` })) }));
  return (
    <fieldset className="fieldset rbs-element-fields">
      <legend>{name}</legend>
      <TextField id={fieldIds.text(element.id)} label={t('rbs.edit.text')} required multiline rows={2} value={element.text} onChange={(v) => actions.setText(element.id, v)} error={errorOf(fieldIds.text(element.id))} />
      {element.indicator ? (
        <IndicatorFields
          elementId={element.id}
          elementName={name}
          method={method}
          value={element.indicator}
          onChange={(v) => actions.setIndicator(element.id, v)}
          onUnbind={() => actions.unbind(element.id)}
          errorOf={errorOf}
        />
      ) : (
        <p>
          <button type="button" id={fieldIds.bind(element.id)} className="button-secondary button-small" onClick={() => actions.bind(element.id)}>
            {t('rbs.indicator.bind', { name })}
          </button>
        </p>
      )}
      {last ? null : (
        <fieldset className="fieldset-inner rbs-link-fields">
          <legend>{t('rbs.link.legend', { name })}</legend>
          {links.length === 0 ? <p className="muted">{t('rbs.link.none')}</p> : null}
          <ol className="plain-list rbs-link-list">
            {links.map((l) => (
              <li key={l.key} className="rbs-link">
                <GroupedSelect
                  id={fieldIds.linkTo(l.key)}
                  label={t('rbs.link.to')}
                  required
                  placeholder={t('rbs.link.choose')}
                  value={l.to}
                  onChange={(to) => actions.setLink(l.key, { to })}
                  groups={groups}
                  error={errorOf(fieldIds.linkTo(l.key))}
                />
                <TextField
                  id={fieldIds.assumption(l.key)}
                  label={t('rbs.link.assumption')}
                  hint={t('rbs.link.assumptionHint')}
                  multiline
                  rows={2}
                  value={l.assumption}
                  onChange={(assumption) => actions.setLink(l.key, { assumption })}
                  error={errorOf(fieldIds.assumption(l.key))}
                />
                <button type="button" className="button-secondary button-small" onClick={() => actions.removeLink(l)}>
                  {l.to ? t('rbs.link.removeTo', { from: name, to: nameOf(l.to) }) : t('rbs.link.remove', { from: name })}
                </button>
              </li>
            ))}
          </ol>
          {targets.length > 0 ? (
            <button type="button" id={fieldIds.addLink(element.id)} className="button-secondary button-small" onClick={() => actions.addLink(element.id)}>
              {t('rbs.link.add', { name })}
            </button>
          ) : (
            <p className="muted">{t('rbs.link.noTargets')}</p>
          )}
        </fieldset>
      )}
      <div className="button-row">
        <button type="button" className="button-danger button-small" onClick={() => actions.remove(element.id)}>
          {t('rbs.edit.removeElement', { name })}
        </button>
      </div>
    </fieldset>
  );
}
