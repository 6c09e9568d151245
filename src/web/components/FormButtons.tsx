import { useTranslation } from 'react-i18next';

/** A form's submit button (showing "saving" while it is pending) and, when given, a cancel button. */
export function FormButtons({ label, pending, onCancel }: { label: string; pending: boolean; onCancel?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="button-row">
      <button type="submit" className="button-primary" disabled={pending}>
        {pending ? t('common.saving') : label}
      </button>
      {onCancel ? (
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      ) : null}
    </div>
  );
}
