import { MATCH_WEIGHT_CRITERIA, type MatchWeightsDto } from '@serumpun/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { FormMessageAlert } from '../../../components/FormMessageAlert';
import { TextField } from '../../../components/TextField';
import { ApiRequestError } from '../../../lib/api-client';
import { formMessageFor, type FormMessage } from '../../../lib/form-message';
import { useUpdateMatchWeights } from '../hooks/useUpdateMatchWeights';
import { checkWeights, draftOf, sharesOf, type Criterion, type WeightsDraft } from '../weights-draft';

type FieldErrors = Partial<Record<Criterion, string>>;

/** The API's 400 details, each beside its criterion (`sector`, or `weights.sector`). */
function serverFieldErrors(error: unknown): FieldErrors {
  if (!(error instanceof ApiRequestError)) return {};
  const errors: FieldErrors = {};
  for (const detail of error.details) {
    const criterion = MATCH_WEIGHT_CRITERIA.find((name) => detail.path === name || detail.path.endsWith(`.${name}`));
    if (criterion && !errors[criterion]) errors[criterion] = detail.message;
  }
  return errors;
}

/** Seven weights, one per criterion; each field says what share of a score it makes with the others. */
export function MatchWeightsForm({ initial }: { initial: MatchWeightsDto }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<WeightsDraft>(() => draftOf(initial));
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<FormMessage | null>(null);
  const [allZero, setAllZero] = useState(false);
  const [saved, setSaved] = useState(false);
  const update = useUpdateMatchWeights();
  const shares = sharesOf(draft);

  const set = (criterion: Criterion, value: string) => {
    setDraft((current) => ({ ...current, [criterion]: value }));
    setSaved(false);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    setSaved(false);
    const check = checkWeights(draft);
    setAllZero(!check.ok && check.allZero);
    if (!check.ok) {
      setFieldErrors(Object.fromEntries(check.invalid.map((criterion) => [criterion, t('matching.weights.invalid')])));
      return;
    }
    setFieldErrors({});
    try {
      const weights = await update.mutateAsync(check.weights);
      setDraft(draftOf(weights));
      setSaved(true);
    } catch (error) {
      const fields = serverFieldErrors(error);
      setFieldErrors(fields);
      const unplaced = error instanceof ApiRequestError && error.details.some((detail) => !MATCH_WEIGHT_CRITERIA.some((name) => detail.path === name || detail.path.endsWith(`.${name}`)));
      if (Object.keys(fields).length === 0 || unplaced) setFormError(formMessageFor(error));
    }
  };

  return (
    <form className="form weights-form" onSubmit={(event) => void onSubmit(event)} noValidate>
      <div className="weights-form__fields">
        {MATCH_WEIGHT_CRITERIA.map((criterion) => (
          <TextField
            key={criterion}
            id={`weight-${criterion}`}
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            step={1}
            label={t(`matching.weights.criteria.${criterion}`)}
            hint={shares ? t('matching.weights.share', { share: shares[criterion] }) : undefined}
            value={draft[criterion]}
            error={fieldErrors[criterion]}
            onChange={(event) => set(criterion, event.target.value)}
          />
        ))}
      </div>
      {allZero ? <FormAlert key="all-zero">{t('matching.weights.allZero')}</FormAlert> : null}
      <FormMessageAlert message={formError} />
      {saved ? <FormAlert tone="info">{t('matching.weights.saved')}</FormAlert> : null}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={update.isPending}>
          {update.isPending ? t('matching.weights.saving') : t('matching.weights.save')}
        </button>
      </div>
    </form>
  );
}
