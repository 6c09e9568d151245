import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { theoryColumns, type TheoryColumn } from '../../../../shared/schemas/theories';
import { ApiError } from '../../../api';
import { ErrorAlert, StatusMessage } from '../../../components/Alerts';
import { TextField } from '../../../components/Fields';
import { FormButtons } from '../../../components/FormButtons';
import { focusFirstInvalid } from '../../../components/focus';
import { newClientId } from '../../citizens/queries';
import { useSaveTheory } from '../queries';
import { checkDraft, emptyIndicator, fieldIds, inColumn, mapServerErrors, removeElement, toBody, toDraft, type Draft, type ElementDraft, type TheoryT } from './draft';
import { ElementFields, type ElementActions } from './ElementFields';
import { ErrorSummary } from './ErrorSummary';
import { useElementNames } from './labels';

type Props = { theory: TheoryT; onCancel: () => void; onSaved: (saved: TheoryT) => void; onReload: () => void };

type Errors = { byField: Record<string, string>; general: string[] };
const noErrors: Errors = { byField: {}, general: [] };

/** Moves focus to a field once React has rendered it. */
const focusLater = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

/**
 * The theory in edit mode: the title, then per column its elements (text, indicator, arrows with
 * assumptions) and a button to add one. Saving a default makes it the unit's own (POST); saving a
 * saved one makes a new version from the loaded one (PUT; 409 stale_version when someone was faster).
 */
export function TheoryEditor({ theory, onCancel, onSaved, onReload }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => toDraft(theory, newClientId));
  const [errors, setErrors] = useState<Errors>(noErrors);
  const [status, setStatus] = useState<string | null>(null);
  const save = useSaveTheory();
  const nameOf = useElementNames(draft.elements);
  const errorOf = (id: string) => errors.byField[id];

  const update = (fn: (d: Draft) => Draft) => setDraft((d) => fn(d));
  const setElement = (id: string, fn: (e: ElementDraft) => ElementDraft) => update((d) => ({ ...d, elements: d.elements.map((e) => (e.id === id ? fn(e) : e)) }));

  const addElement = (column: TheoryColumn) => {
    const id = newClientId();
    // A new element goes last in its column (the draft keeps the columns' order).
    update((d) => {
      const at = d.elements.map((e) => theoryColumns.indexOf(e.column)).filter((c) => c <= theoryColumns.indexOf(column)).length;
      const elements = [...d.elements];
      elements.splice(at, 0, { id, column, text: '', indicator: null });
      return { ...d, elements };
    });
    setStatus(t('rbs.edit.added', { column: t(`rbs.columns.${column}`) }));
    focusLater(fieldIds.text(id));
  };

  const actions: ElementActions = {
    setText: (id, text) => setElement(id, (e) => ({ ...e, text })),
    bind: (id) => {
      setElement(id, (e) => ({ ...e, indicator: emptyIndicator(new Date().getFullYear()) }));
      focusLater(fieldIds.indicator(id, 'key'));
    },
    setIndicator: (id, indicator) => setElement(id, (e) => ({ ...e, indicator })),
    unbind: (id) => {
      setElement(id, (e) => ({ ...e, indicator: null }));
      setStatus(t('rbs.indicator.unbound', { name: nameOf(id) }));
      focusLater(fieldIds.bind(id));
    },
    remove: (id) => {
      const name = nameOf(id);
      const column = draft.elements.find((e) => e.id === id)?.column ?? theoryColumns[0];
      const { draft: next, removedLinks } = removeElement(draft, id);
      setDraft(next);
      setStatus(t('rbs.edit.removed', { name, count: removedLinks }));
      focusLater(fieldIds.addElement(column));
    },
    addLink: (from) => {
      const key = newClientId();
      update((d) => ({ ...d, links: [...d.links, { key, from, to: '', assumption: '' }] }));
      focusLater(fieldIds.linkTo(key));
    },
    setLink: (key, patch) => update((d) => ({ ...d, links: d.links.map((l) => (l.key === key ? { ...l, ...patch } : l)) })),
    removeLink: (link) => {
      update((d) => ({ ...d, links: d.links.filter((l) => l.key !== link.key) }));
      setStatus(t('rbs.link.removed', { from: nameOf(link.from) }));
      focusLater(fieldIds.addLink(link.from));
    },
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setStatus(null);
    const client = checkDraft(draft);
    if (Object.keys(client).length > 0) {
      setErrors({ byField: client, general: [] });
      save.reset();
      return focusFirstInvalid();
    }
    setErrors(noErrors);
    const sent = draft;
    save.mutate(
      { theory, body: toBody(sent) },
      {
        onSuccess: onSaved,
        onError: (error) => {
          if (error instanceof ApiError && error.status === 422) setErrors(mapServerErrors(error.errors, sent));
          focusFirstInvalid();
        },
      },
    );
  };

  const conflict = save.error instanceof ApiError && save.error.status === 409;
  return (
    <form onSubmit={submit} noValidate className="form rbs-editor" aria-labelledby="theory-edit-heading">
      <h2 id="theory-edit-heading">{theory.isDefault || theory.id === null ? t('rbs.edit.headingDefault') : t('rbs.edit.heading', { version: theory.version })}</h2>
      <p className="hint">{t('rbs.edit.intro')}</p>
      {conflict ? (
        <div className="alert alert-warning" role="alert">
          <p>{t(`errors.${(save.error as ApiError).code}`)}</p>
          <button type="button" className="button-secondary" onClick={onReload}>
            {t('rbs.edit.reload')}
          </button>
        </div>
      ) : (
        <ErrorAlert error={save.error ?? (Object.keys(errors.byField).length > 0 ? new ApiError(422, 'validation_failed') : null)} />
      )}
      <ErrorSummary draft={draft} errors={errors} nameOf={nameOf} />
      <TextField id={fieldIds.title} label={t('rbs.edit.title')} required value={draft.title} onChange={(title) => update((d) => ({ ...d, title }))} error={errorOf(fieldIds.title)} />
      {theoryColumns.map((column, ci) => {
        const elements = inColumn(draft, column);
        return (
          <section key={column} aria-labelledby={`edit-col-${column}`} className="rbs-edit-column">
            <h3 id={`edit-col-${column}`} className="rbs-column-heading">
              <span className="rbs-step">{t('rbs.step', { n: ci + 1 })}</span> {t(`rbs.columns.${column}`)}
            </h3>
            {elements.length === 0 ? <p className="muted">{t('rbs.view.emptyColumn')}</p> : null}
            <ol className="plain-list rbs-edit-elements">
              {elements.map((el) => (
                <li key={el.id}>
                  <ElementFields draft={draft} element={el} method={theory.method} nameOf={nameOf} errorOf={errorOf} actions={actions} />
                </li>
              ))}
            </ol>
            <button type="button" id={fieldIds.addElement(column)} className="button-secondary" onClick={() => addElement(column)}>
              {t(`rbs.addElement.${column}`)}
            </button>
          </section>
        );
      })}
      <StatusMessage message={status} />
      <FormButtons label={theory.id === null ? t('rbs.edit.saveFirst') : t('rbs.edit.save')} pending={save.isPending} onCancel={onCancel} />
    </form>
  );
}
