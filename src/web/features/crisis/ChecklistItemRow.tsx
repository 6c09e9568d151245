import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert } from '../../components/Alerts';
import { formatDate, formatDateTime } from '../../format';
import type { ChecklistItemT, ChecklistsT } from '../../types';
import { crisisKeys } from './queries';

type Props = { courseId: string; method: string; item: ChecklistItemT; reached: boolean; canTick: boolean };

/** One checklist item: ticked by whom and when, due date and overdue flag, tick/untick by hand. */
export function ChecklistItemRow({ courseId, method, item: i, reached, canTick }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const itemKey = i.id.slice(i.stepId.length + 1);
  const label = t(`checklists.${method}.${i.stepId}.items.${itemKey}`, { defaultValue: i.id });
  const tick = useMutation({
    mutationFn: (ticked: boolean) => api.post<ChecklistsT>(`/courses/${encodeURIComponent(courseId)}/checklists/${encodeURIComponent(i.id)}`, { ticked }),
    onSuccess: async (lists) => {
      queryClient.setQueryData(crisisKeys.checklists(courseId), lists);
      await queryClient.invalidateQueries({ queryKey: crisisKeys.all });
    },
  });
  const state = i.ticked ? 'ticked' : i.overdue ? 'overdue' : 'open';
  return (
    <li className={`checklist-item checklist-${state}`}>
      <div className="checklist-row">
        <span className="checklist-mark" aria-hidden="true">
          {i.ticked ? '✓' : i.overdue ? '!' : ''}
        </span>
        <div className="checklist-text">
          <p className="checklist-label">
            <span className="visually-hidden">{i.ticked ? t('checklistUi.ticked') : t('checklistUi.notTicked')}: </span>
            {label}
            {i.optional ? <span className="muted"> ({t('checklistUi.optional')})</span> : null}
          </p>
          <p className="checklist-meta">
            {i.ticked && i.by ? t('checklistUi.tickedBy', { name: i.by.displayName, time: formatDateTime(i.at) }) : null}
            {!i.ticked && i.automatic ? t('checklistUi.automatic') : null}
            {!i.ticked && i.dueOn ? ` ${t('checklistUi.dueOn', { date: formatDate(i.dueOn) })}` : null}
            {!i.ticked && i.overdue ? (
              <>
                {' '}
                <span className="badge badge-overdue">{t('checklistUi.overdue')}</span>
              </>
            ) : null}
          </p>
          {i.note ? <p className="pre-wrap checklist-note">{i.note}</p> : null}
        </div>
        {canTick && reached && !i.automatic ? (
          <button
            type="button"
            className={i.ticked ? 'button-secondary button-small' : 'button-primary button-small'}
            aria-label={`${i.ticked ? t('checklistUi.untick') : t('checklistUi.tick')}: ${label}`}
            onClick={() => tick.mutate(!i.ticked)}
            disabled={tick.isPending}
          >
            {i.ticked ? t('checklistUi.untick') : t('checklistUi.tick')}
          </button>
        ) : null}
      </div>
      {tick.error ? <ErrorAlert error={tick.error} /> : null}
      {i.history.length > 1 ? (
        <details className="checklist-history">
          <summary>
            {t('checklistUi.history')}
            <span className="visually-hidden">: {label}</span>
          </summary>
          <ol className="plain-list history-list">
            {i.history.map((h, n) => (
              <li key={n}>
                {t(h.ticked ? 'checklistUi.historyTicked' : 'checklistUi.historyUnticked', { name: h.by.displayName, time: formatDateTime(h.at) })}
                {h.note ? ` – ${h.note}` : ''}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </li>
  );
}
