import { useTranslation } from 'react-i18next';
import { CheckboxField, TextField } from '../../components/Fields';
import { ownWordKeys, type CitizenForm, type TextFieldName } from './citizen-form';

type Props = {
  form: CitizenForm;
  onChange: (form: CitizenForm) => void;
  /** The issue code for a field path, if any. */
  errorOf: (path: string) => string | undefined;
  /** Prefix for element ids, so two forms on a page do not collide. */
  idPrefix: string;
};

const multiline: Partial<Record<TextFieldName, boolean>> = { description: true };
const inputTypes: Partial<Record<TextFieldName, 'tel'>> = { phone: 'tel' };

/** The identity fields for the form's kind (alias … or name, CPR, …). */
export function IdentityFields({ form, onChange, errorOf, idPrefix }: Props) {
  const { t } = useTranslation();
  const text = (name: TextFieldName, extra: { required?: boolean; hint?: string; autoComplete?: string } = {}) => (
    <TextField
      id={`${idPrefix}-${name}`}
      label={t(`citizens.fields.${name}`)}
      value={form[name]}
      onChange={(v) => onChange({ ...form, [name]: v })}
      error={errorOf(name)}
      multiline={multiline[name]}
      type={inputTypes[name]}
      {...extra}
    />
  );
  if (form.kind === 'unidentified') {
    return (
      <div className="field-grid">
        {text('alias', { required: true })}
        {text('place')}
        <div className="span-all">{text('description')}</div>
      </div>
    );
  }
  return (
    <div className="field-grid">
      {text('name', { required: true })}
      {text('cpr', { hint: t('citizens.create.cprHint') })}
      <TextField
        id={`${idPrefix}-birthYear`}
        label={t('citizens.fields.birthYear')}
        value={form.birthYear}
        inputMode="numeric"
        onChange={(v) => onChange({ ...form, birthYear: v })}
        error={errorOf('birthYear')}
      />
      {text('phone')}
      <div className="span-all address-group">
        {form.noFixedAddress ? null : text('address')}
        <CheckboxField
          id={`${idPrefix}-noFixedAddress`}
          label={t('citizens.fields.noFixedAddress')}
          checked={form.noFixedAddress}
          onChange={(v) => onChange({ ...form, noFixedAddress: v })}
          error={errorOf('noFixedAddress')}
        />
      </div>
      {text('homeMunicipality')}
      {text('preferredLanguage')}
    </div>
  );
}

/** The citizen's own words (four questions) and the safety notes for workers. */
export function OwnWordsAndSafetyFields({ form, onChange, errorOf, idPrefix }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <fieldset className="fieldset">
        <legend>{t('citizens.ownWords.title')}</legend>
        <p className="hint">{t('citizens.create.ownWordsHint')}</p>
        <div className="field-grid own-words-fields">
          {ownWordKeys.map((k) => (
            <TextField
              key={k}
              id={`${idPrefix}-ownWords-${k}`}
              label={t(`citizens.ownWords.${k}`)}
              multiline
              value={form.ownWords[k]}
              onChange={(v) => onChange({ ...form, ownWords: { ...form.ownWords, [k]: v } })}
              error={errorOf(`ownWords.${k}`)}
            />
          ))}
        </div>
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('citizens.safety.title')}</legend>
        <TextField
          id={`${idPrefix}-safetyNotes`}
          label={t('citizens.safety.field')}
          hint={t('citizens.create.safetyHint')}
          multiline
          value={form.safetyNotes}
          onChange={(v) => onChange({ ...form, safetyNotes: v })}
          error={errorOf('safetyNotes') ?? safetyLineError(errorOf)}
        />
      </fieldset>
    </>
  );
}

function safetyLineError(errorOf: (path: string) => string | undefined): string | undefined {
  for (let i = 0; i < 20; i++) {
    const code = errorOf(`safetyNotes.${i}`);
    if (code) return code;
  }
  return undefined;
}
