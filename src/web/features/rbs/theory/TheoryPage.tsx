import '../rbs.css';
import { useEffect, useState } from 'react';
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { theoryColumns } from '../../../../shared/schemas/theories';
import { ErrorAlert, Loading, StatusMessage } from '../../../components/Alerts';
import { isNotFound } from '../../../components/errors';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PageHeading } from '../../../components/PageHeading';
import { formatDateTime } from '../../../format';
import { useMe } from '../../auth/me';
import { useMyUnits } from '../../citizens/queries';
import { isMethod, leadsUnit, useResultUnits, useTheory, type Method } from '../queries';
import type { TheoryT } from './draft';
import { TheoryEditor } from './TheoryEditor';
import { TheoryView } from './TheoryView';

const EDIT_BUTTON = 'theory-edit';

/** /results/{unitId}/theory/{method}: a unit's theory of change for a method, read and (for its leader) edited. */
export function TheoryPage() {
  const { unitId, method } = useParams({ from: '/results/$unitId/theory/$method' });
  const { t } = useTranslation();
  const me = useMe();
  const query = useTheory(unitId, method);
  const resultUnits = useResultUnits().units;
  const myUnits = useMyUnits().data ?? [];
  const unit = resultUnits.find((u) => u.id === unitId) ?? myUnits.find((u) => u.id === unitId);
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  // After saving, cancelling or reloading, focus returns to the edit button once it is shown again
  // (the saved theory is fetched anew first, so the button may appear a render or two later).
  const [focusEdit, setFocusEdit] = useState(false);
  const focusEditButton = () => setFocusEdit(true);
  useEffect(() => {
    if (!focusEdit) return;
    const button = document.getElementById(EDIT_BUTTON);
    if (!button) return;
    button.focus();
    setFocusEdit(false);
  });

  if (!isMethod(method) || isNotFound(query.error)) return <NotFoundPage />;
  if (query.isPending) return <Loading />;
  if (query.error) return <ErrorAlert error={query.error} />;

  // Neither a saved theory nor a default for the method: a leader may start an empty one.
  const theory: TheoryT = query.data ?? emptyTheory(unitId, method, unit?.organisationId ?? '', t('rbs.theory.newTitle', { method: t(`methods.${method}`) }), leadsUnit(me, unitId, unit?.organisationId));
  const place = [unit?.name, t(`methods.${method}`)].filter(Boolean).join(' · ');

  const saved = (s: TheoryT) => {
    setEditing(false);
    setStatus(t('rbs.theory.saved', { version: s.version }));
    focusEditButton();
  };
  const reload = async () => {
    setEditing(false);
    await query.refetch();
    setStatus(t('rbs.theory.reloaded'));
    focusEditButton();
  };

  return (
    <div className="rbs">
      <p className="rbs-back">
        <Link to="/results">{t('rbs.theory.back')}</Link>
      </p>
      <PageHeading title={`${theory.title} · ${place}`}>{theory.title}</PageHeading>
      <p className="rbs-place">{place}</p>
      <TheoryStatus theory={theory} exists={query.data !== null} />
      <StatusMessage message={status} />
      {editing ? (
        <TheoryEditor
          theory={theory}
          onCancel={() => {
            setEditing(false);
            focusEditButton();
          }}
          onSaved={saved}
          onReload={() => void reload()}
        />
      ) : (
        <>
          {theory.canEdit ? (
            <p>
              <button
                type="button"
                id={EDIT_BUTTON}
                className="button-primary"
                onClick={() => {
                  setStatus(null);
                  setEditing(true);
                }}
              >
                {theory.isDefault || theory.id === null ? t('rbs.theory.adapt') : t('rbs.theory.edit')}
              </button>
            </p>
          ) : null}
          <TheoryView theory={theory} />
        </>
      )}
    </div>
  );
}

/** Whether this is the shipped default or a saved version, and who saved it when. */
function TheoryStatus({ theory, exists }: { theory: TheoryT; exists: boolean }) {
  const { t } = useTranslation();
  if (!exists)
    return (
      <p className="alert alert-info">
        <strong>{t('rbs.theory.none')}</strong> {theory.canEdit ? t('rbs.theory.noneCanEdit') : null}
      </p>
    );
  if (theory.isDefault)
    return (
      <p className="alert alert-info rbs-default">
        <strong>{t('rbs.status.default')}</strong> — {theory.canEdit ? t('rbs.theory.defaultCanEdit') : t('rbs.theory.defaultReadOnly')}
      </p>
    );
  return (
    <p className="rbs-meta">
      {t('rbs.status.saved', { version: theory.version, at: formatDateTime(theory.updatedAt), by: theory.updatedBy?.displayName ?? '' })}
    </p>
  );
}

function emptyTheory(unitId: string, method: Method, organisationId: string, title: string, canEdit: boolean): TheoryT {
  return {
    id: null,
    organisationId,
    unitId,
    method,
    isDefault: false,
    version: 0,
    latestVersion: 0,
    title,
    columns: [...theoryColumns],
    elements: [],
    links: [],
    updatedBy: null,
    updatedAt: null,
    canEdit,
  };
}
