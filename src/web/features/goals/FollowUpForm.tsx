import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert } from '../../components/Alerts';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { TextField } from '../../components/Fields';
import { focusFirstInvalid } from '../../components/focus';
import { formatDate } from '../../format';
import { goalUrl, storeGoal, type GoalT } from './goal-types';

const RATINGS = Array.from({ length: 11 }, (_, i) => i);

/** A follow-up on a goal: how far the citizen feels they have come (0–10), a note, and the next review. */
export function FollowUpForm({ goal, onDone }: { goal: GoalT; onDone: (saved: GoalT | null) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [rating, setRating] = useState<number | null>(null);
  const [note, setNote] = useState('');
  const [nextReviewDate, setNextReviewDate] = useState('');
  const [client, setClient] = useState<ClientErrors>({});
  const save = useMutation({
    mutationFn: (body: object) => api.post<GoalT>(`${goalUrl(goal.id)}/follow-ups`, body),
    onSuccess: (saved) => {
      storeGoal(queryClient, saved);
      onDone(saved);
    },
    onError: () => focusFirstInvalid(),
  });
  const err = (p: string) => fieldCode(p, client, save.error);
  const id = (n: string) => `follow-up-${goal.id}-${n}`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors: ClientErrors = {};
    if (rating === null) errors.rating = 'required';
    setClient(errors);
    if (Object.keys(errors).length) return focusFirstInvalid();
    save.mutate({ rating, note: note.trim() || null, ...(nextReviewDate ? { nextReviewDate } : {}) });
  };
  const ratingError = err('rating');
  return (
    <form className="form card form-inset" aria-label={t('goals.followUpForm.label')} onSubmit={submit} noValidate>
      <ErrorAlert error={save.error} />
      <fieldset
        className={`fieldset-inner goal-rating-group ${ratingError ? 'field-invalid' : ''}`}
        aria-describedby={`${id('rating-hint')}${ratingError ? ` ${id('rating-error')}` : ''}`}
      >
        <legend>
          {t('goals.followUpForm.rating')}
          <span className="required"> ({t('common.required')})</span>
        </legend>
        <p id={id('rating-hint')} className="hint">
          {t('goals.followUpForm.ratingHint')}
        </p>
        <div className="goal-rating-scale">
          {RATINGS.map((r) => (
            <div key={r} className="choice-tile">
              <input
                type="radio"
                id={id(`rating-${r}`)}
                name={id('rating')}
                value={r}
                checked={rating === r}
                onChange={() => setRating(r)}
                aria-invalid={ratingError && r === 0 ? true : undefined}
              />
              <label htmlFor={id(`rating-${r}`)}>{r}</label>
            </div>
          ))}
        </div>
        <p className="goal-rating-value" aria-hidden="true">
          {rating === null ? t('goals.followUpForm.noRating') : t('goals.ratingOf', { rating })}
        </p>
        {ratingError ? (
          <p id={id('rating-error')} className="field-error">
            {t(`fieldErrors.${ratingError}`, { defaultValue: t('fieldErrors.invalid') })}
          </p>
        ) : null}
      </fieldset>
      <TextField id={id('note')} label={t('goals.followUpForm.note')} hint={t('goals.followUpForm.noteHint')} multiline value={note} onChange={setNote} error={err('note')} />
      <TextField
        id={id('next')}
        label={t('goals.followUpForm.nextReviewDate')}
        hint={t('goals.followUpForm.nextReviewHint', { date: formatDate(goal.reviewDate) })}
        type="date"
        value={nextReviewDate}
        onChange={setNextReviewDate}
        error={err('nextReviewDate')}
      />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('goals.followUpForm.submit')}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDone(null)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
