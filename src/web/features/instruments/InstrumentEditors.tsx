import { useTranslation } from 'react-i18next';
import { CheckboxField, SelectField, TextField } from '../../components/Fields';
import type { CutoffDraft, ItemDraft } from './instrument-draft';

/** The issue code for the first of these API paths that has one ("a.*": any path under a). */
export type ErrorOf = (...paths: string[]) => string | undefined;

type ItemsProps = { items: ItemDraft[]; err: ErrorOf; onChange: (items: ItemDraft[]) => void; onAdd: () => void };

/** The questions: each with its id, wording in Danish and English, answer range and optional answer texts. */
export function ItemsEditor({ items, err, onChange, onAdd }: ItemsProps) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<ItemDraft>) => onChange(items.map((it, j) => (j === i ? { ...it, ...patch } : it)));
  return (
    <fieldset className="fieldset-inner instrument-items">
      <legend>{t('instruments.form.items')}</legend>
      {err('items') ? <p className="field-error">{t('instruments.form.itemsRequired')}</p> : null}
      {items.map((it, i) => {
        const p = `items.${i}`;
        const id = (n: string) => `instrument-item-${i}-${n}`;
        const label = t('instruments.form.itemN', { n: i + 1 });
        const answerError = Boolean(err(`${p}.options`, `${p}.options.*`, `${p}.anchors.*`));
        const steps = Number(it.max) - Number(it.min) + 1;
        return (
          <fieldset key={i} className="fieldset instrument-item">
            <legend>
              {label}
              {it.id ? ` (${it.id})` : ''}
            </legend>
            <div className="field-grid instrument-item-grid">
              <TextField id={id('id')} label={t('instruments.form.itemId')} hint={t('instruments.form.itemIdHint')} required value={it.id} onChange={(v) => set(i, { id: v })} error={err(`${p}.id`)} />
              <TextField id={id('min')} label={t('instruments.form.min')} required inputMode="numeric" value={it.min} onChange={(v) => set(i, { min: v })} error={err(`${p}.min`)} />
              <TextField id={id('max')} label={t('instruments.form.max')} hint={t('instruments.form.maxHint')} required inputMode="numeric" value={it.max} onChange={(v) => set(i, { max: v })} error={err(`${p}.max`)} />
            </div>
            <CheckboxField id={id('integer')} label={t('instruments.form.integer')} checked={it.integer} onChange={(v) => set(i, { integer: v })} />
            <div className="field-grid">
              <TextField id={id('text-da')} label={t('instruments.form.textDa')} required multiline rows={2} value={it.textDa} onChange={(v) => set(i, { textDa: v })} error={err(`${p}.text.da`)} />
              <TextField id={id('text-en')} label={t('instruments.form.textEn')} required multiline rows={2} value={it.textEn} onChange={(v) => set(i, { textEn: v })} error={err(`${p}.text.en`)} />
            </div>
            <details className="instrument-answers" open={answerError || undefined}>
              <summary>{t('instruments.form.answerTexts')}</summary>
              <div className="field-grid">
                <TextField
                  id={id('options-da')}
                  label={t('instruments.form.optionsDa')}
                  hint={t('instruments.form.optionsHint', { count: Number.isFinite(steps) && steps > 0 ? steps : 0 })}
                  multiline
                  rows={4}
                  value={it.optionsDa}
                  onChange={(v) => set(i, { optionsDa: v })}
                  error={err(`${p}.options.da`, `${p}.options`, `${p}.options.*`)}
                />
                <TextField id={id('options-en')} label={t('instruments.form.optionsEn')} multiline rows={4} value={it.optionsEn} onChange={(v) => set(i, { optionsEn: v })} error={err(`${p}.options.en`)} />
                <TextField id={id('anchor-min-da')} label={t('instruments.form.anchorMinDa')} value={it.anchorMinDa} onChange={(v) => set(i, { anchorMinDa: v })} error={err(`${p}.anchors.min.da`)} />
                <TextField id={id('anchor-min-en')} label={t('instruments.form.anchorMinEn')} value={it.anchorMinEn} onChange={(v) => set(i, { anchorMinEn: v })} error={err(`${p}.anchors.min.en`)} />
                <TextField id={id('anchor-max-da')} label={t('instruments.form.anchorMaxDa')} value={it.anchorMaxDa} onChange={(v) => set(i, { anchorMaxDa: v })} error={err(`${p}.anchors.max.da`)} />
                <TextField id={id('anchor-max-en')} label={t('instruments.form.anchorMaxEn')} value={it.anchorMaxEn} onChange={(v) => set(i, { anchorMaxEn: v })} error={err(`${p}.anchors.max.en`)} />
              </div>
            </details>
            {items.length > 1 ? (
              <button type="button" className="button-link" onClick={() => onChange(items.filter((_, j) => j !== i))}>
                {t('instruments.form.removeItem', { n: i + 1 })}
              </button>
            ) : null}
          </fieldset>
        );
      })}
      <button type="button" className="button-secondary button-small" onClick={onAdd}>
        {t('instruments.form.addItem')}
      </button>
    </fieldset>
  );
}

type CutoffsProps = { cutoffs: CutoffDraft[]; err: ErrorOf; onChange: (cutoffs: CutoffDraft[]) => void; onAdd: () => void };

/** Cut-offs on the total (e.g. WHO-5: at most 50 = poor wellbeing); a score that hits one is flagged. */
export function CutoffsEditor({ cutoffs, err, onChange, onAdd }: CutoffsProps) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<CutoffDraft>) => onChange(cutoffs.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  return (
    <fieldset className="fieldset-inner instrument-cutoffs">
      <legend>{t('instruments.form.cutoffs')}</legend>
      <p className="hint">{t('instruments.form.cutoffsHint')}</p>
      {cutoffs.map((c, i) => {
        const p = `cutoffs.${i}`;
        const id = (n: string) => `instrument-cutoff-${i}-${n}`;
        return (
          <fieldset key={i} className="fieldset instrument-cutoff">
            <legend>{t('instruments.form.cutoffN', { n: i + 1 })}</legend>
            <div className="field-grid">
              <TextField id={id('id')} label={t('instruments.form.cutoffId')} required value={c.id} onChange={(v) => set(i, { id: v })} error={err(`${p}.id`)} />
              <SelectField
                id={id('rule')}
                label={t('instruments.form.rule')}
                value={c.rule}
                onChange={(v) => set(i, { rule: v as CutoffDraft['rule'] })}
                options={(['atMost', 'below'] as const).map((r) => ({ value: r, label: t(`instruments.rules.${r}`) }))}
              />
              <TextField id={id('value')} label={t('instruments.form.cutoffValue')} required inputMode="text" value={c.value} onChange={(v) => set(i, { value: v })} error={err(`${p}.value`)} />
              <TextField id={id('label-da')} label={t('instruments.form.cutoffLabelDa')} required value={c.labelDa} onChange={(v) => set(i, { labelDa: v })} error={err(`${p}.label.da`)} />
              <TextField id={id('label-en')} label={t('instruments.form.cutoffLabelEn')} required value={c.labelEn} onChange={(v) => set(i, { labelEn: v })} error={err(`${p}.label.en`)} />
            </div>
            <button type="button" className="button-link" onClick={() => onChange(cutoffs.filter((_, j) => j !== i))}>
              {t('instruments.form.removeCutoff', { n: i + 1 })}
            </button>
          </fieldset>
        );
      })}
      <button type="button" className="button-secondary button-small" onClick={onAdd}>
        {t('instruments.form.addCutoff')}
      </button>
    </fieldset>
  );
}
