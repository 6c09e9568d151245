import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert } from '../../components/Alerts';
import type { AuditVerifyT } from '../../types';

export function VerifyLog() {
  const { t } = useTranslation();
  const verify = useMutation({ mutationFn: () => api.get<AuditVerifyT>('/audit/verify') });
  const result = verify.data;
  return (
    <div className="verify">
      <button type="button" className="button-secondary" onClick={() => verify.mutate()} disabled={verify.isPending}>
        {verify.isPending ? t('audit.verifying') : t('audit.verify')}
      </button>
      <ErrorAlert error={verify.error} />
      <div role="status" aria-live="polite" className={result ? `alert ${result.ok ? 'alert-success' : 'alert-error'}` : 'visually-hidden'}>
        {result
          ? result.ok
            ? t('audit.verifyOk', { checked: result.checked })
            : t('audit.verifyBroken', { checked: result.checked, id: result.firstBroken?.id ?? '', reason: t(`audit.brokenReasons.${result.firstBroken?.reason ?? 'chain_broken'}`) })
          : null}
      </div>
    </div>
  );
}
