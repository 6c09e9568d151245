import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api';
import { ErrorAlert } from '../../components/Alerts';
import type { ClientErrors } from '../../components/errors';
import { CheckboxField, TextField } from '../../components/Fields';
import { focusFirstInvalid } from '../../components/focus';
import { blankCutoff, blankDraft, blankItem, draftOf, parseDraft, type CutoffDraft, type Draft, type ItemDraft } from './instrument-draft';
import { instrumentKeys, localName, type InstrumentT } from './instrument-types';
import { CutoffsEditor, ItemsEditor, type ErrorOf } from './InstrumentEditors';

type Props = {
  organisationId: string;
  /** null: a new instrument of the organisation's own; else a new version of this one. */
  instrument: InstrumentT | null;
  onDone: (saved: InstrumentT | null, corrected: boolean) => void;
};

/**
 * Creates an instrument, or saves a changed one as a new version (prefilled from the current version).
 * A version not yet used for any answer may instead be corrected in place.
 */
export function InstrumentForm({ organisationId, instrument, onDone }: Props) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() => (instrument ? draftOf(instrument) : blankDraft()));
  const [correct, setCorrect] = useState(false);
  const [client, setClient] = useState<ClientErrors>({});
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const save = useMutation({
    mutationFn: (body: object) =>
      instrument ? api.put<InstrumentT>(`/instruments/${encodeURIComponent(instrument.key)}`, body) : api.post<InstrumentT>('/instruments', body),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: instrumentKeys.list(organisationId) });
      onDone(saved, correct);
    },
    onError: () => focusFirstInvalid(),
  });
  const keyTaken = save.error instanceof ApiError && save.error.code === 'name_taken';
  const serverIssues = save.error instanceof ApiError ? save.error.errors : [];
  /** A client issue, else the server's for the path; a path ending in ".*" matches any of its parts. */
  const err: ErrorOf = (...paths) => {
    const matches = (p: string, path: string) => (p.endsWith('.*') ? path.startsWith(p.slice(0, -1)) : path === p);
    for (const p of paths) {
      const own = Object.keys(client).find((path) => matches(p, path));
      if (own) return client[own];
    }
    for (const p of paths) {
      const hit = serverIssues.find((i) => matches(p, i.path));
      if (hit) return hit.code;
    }
    // The key of an existing instrument is refused as a conflict, not a field issue.
    if (paths[0] === 'key' && keyTaken) return 'invalid_value';
    return undefined;
  };
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const { body, errors } = parseDraft(draft, organisationId, !instrument);
    setClient(errors);
    if (Object.keys(errors).length) return focusFirstInvalid();
    save.mutate(instrument && correct ? { ...body, version: instrument.version } : body);
  };
  const headingId = 'instrument-form-heading';
  const canCorrect = instrument !== null && instrument.organisationId !== null;
  const p = 'instrument';
  return (
    <form className="form card form-inset instrument-form" aria-labelledby={headingId} onSubmit={submit} noValidate>
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        {instrument ? t('instruments.form.versionTitle', { name: localName(instrument.name, i18n.language), version: instrument.version }) : t('instruments.form.createTitle')}
      </h3>
      {instrument ? <p className="alert alert-info">{t('instruments.form.versionNote', { version: instrument.version, next: instrument.version + 1 })}</p> : null}
      {keyTaken ? (
        <p role="alert" className="alert alert-error">
          {t('instruments.form.keyTaken', { key: draft.key.trim() })}
        </p>
      ) : (
        <ErrorAlert error={save.error} />
      )}
      {!instrument ? (
        <TextField id={`${p}-key`} label={t('instruments.form.key')} hint={t('instruments.form.keyHint')} required value={draft.key} onChange={(key) => set({ key })} error={err('key')} />
      ) : null}
      <div className="field-grid">
        <TextField id={`${p}-name-da`} label={t('instruments.form.nameDa')} required value={draft.nameDa} onChange={(nameDa) => set({ nameDa })} error={err('name.da')} />
        <TextField id={`${p}-name-en`} label={t('instruments.form.nameEn')} required value={draft.nameEn} onChange={(nameEn) => set({ nameEn })} error={err('name.en')} />
      </div>
      <div className="field-grid">
        <TextField id={`${p}-intro-da`} label={t('instruments.form.introDa')} hint={t('instruments.form.introHint')} required multiline rows={2} value={draft.introDa} onChange={(introDa) => set({ introDa })} error={err('intro.da')} />
        <TextField id={`${p}-intro-en`} label={t('instruments.form.introEn')} required multiline rows={2} value={draft.introEn} onChange={(introEn) => set({ introEn })} error={err('intro.en')} />
      </div>
      <TextField id={`${p}-credit`} label={t('instruments.form.credit')} hint={t('instruments.form.creditHint')} value={draft.credit} onChange={(credit) => set({ credit })} error={err('credit')} />
      <fieldset className="fieldset-inner">
        <legend>{t('instruments.kind')}</legend>
        <div className="check-list">
          {(['outcome', 'session'] as const).map((k) => (
            <div key={k} className="instrument-kind-option">
              <div className="field-check">
                <input type="radio" id={`${p}-kind-${k}`} name={`${p}-kind`} value={k} checked={draft.kind === k} onChange={() => set({ kind: k })} aria-describedby={`${p}-kind-${k}-hint`} />
                <label htmlFor={`${p}-kind-${k}`}>{t(`instruments.kinds.${k}.name`)}</label>
              </div>
              <p id={`${p}-kind-${k}-hint`} className="hint instrument-option-hint">
                {t(`instruments.kinds.${k}.help`)}
              </p>
            </div>
          ))}
        </div>
      </fieldset>
      <ItemsEditor
        items={draft.items}
        err={err}
        onChange={(items: ItemDraft[]) => set({ items })}
        onAdd={() => set({ items: [...draft.items, blankItem(draft.items.length + 1)] })}
      />
      <fieldset className="fieldset-inner">
        <legend>{t('instruments.form.scoring')}</legend>
        <div className="field-grid">
          <TextField
            id={`${p}-multiplier`}
            label={t('instruments.form.multiplier')}
            hint={t('instruments.form.multiplierHint')}
            required
            inputMode="text"
            value={draft.multiplier}
            onChange={(multiplier) => set({ multiplier })}
            error={err('multiplier')}
          />
          <TextField
            id={`${p}-reliable-change`}
            label={t('instruments.form.reliableChange')}
            hint={t('instruments.form.reliableChangeHint')}
            required
            inputMode="text"
            value={draft.reliableChange}
            onChange={(reliableChange) => set({ reliableChange })}
            error={err('reliableChange')}
          />
        </div>
      </fieldset>
      <CutoffsEditor
        cutoffs={draft.cutoffs}
        err={err}
        onChange={(cutoffs: CutoffDraft[]) => set({ cutoffs })}
        onAdd={() => set({ cutoffs: [...draft.cutoffs, blankCutoff(draft.cutoffs.length + 1)] })}
      />
      {draft.kind === 'session' ? (
        <fieldset className="fieldset-inner">
          <legend>{t('instruments.form.flags')}</legend>
          <p className="hint">{t('instruments.form.flagsHint')}</p>
          <div className="field-grid">
            <TextField id={`${p}-total-below`} label={t('instruments.form.totalBelow')} hint={t('instruments.form.totalBelowHint')} inputMode="text" value={draft.totalBelow} onChange={(totalBelow) => set({ totalBelow })} error={err('flags.totalBelow')} />
            <TextField id={`${p}-drop-of`} label={t('instruments.form.dropOf')} hint={t('instruments.form.dropOfHint')} inputMode="text" value={draft.dropOf} onChange={(dropOf) => set({ dropOf })} error={err('flags.dropOf')} />
          </div>
        </fieldset>
      ) : null}
      {canCorrect ? (
        <CheckboxField id={`${p}-correct`} label={t('instruments.form.correct', { version: instrument.version })} checked={correct} onChange={setCorrect} />
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : instrument ? (correct ? t('instruments.form.saveCorrection', { version: instrument.version }) : t('instruments.form.saveVersion')) : t('instruments.form.create')}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDone(null, false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
