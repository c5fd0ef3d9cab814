import {
  createOpportunitySchema,
  INSTRUMENTS,
  label,
  OPPORTUNITY_DESCRIPTION_MAX_LENGTH,
  OPPORTUNITY_SUMMARY_MAX_LENGTH,
  OPPORTUNITY_TITLE_MAX_LENGTH,
  STAGES,
  SUSTAINABILITY_NOTE_MAX_LENGTH,
  SUSTAINABILITY_TAGS,
  type CreateOpportunity,
  type Opportunity,
} from '@serumpun/shared';
import { useState } from 'react';
import { Controller, useForm, useWatch, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import { FormMessageAlert } from '../../../components/FormMessageAlert';
import { TextField } from '../../../components/TextField';
import { currentLocale } from '../../../i18n/i18n';
import { ApiRequestError } from '../../../lib/api-client';
import { formMessageFor, type FormMessage } from '../../../lib/form-message';
import { useRevalidateOnLanguageChange } from '../../../lib/useRevalidateOnLanguageChange';
import { amountForInput, normaliseAmountInput } from '../../money/amount-input';
import { MoneyField } from '../../money/components/MoneyField';
import { usePreferredCurrency } from '../../money/hooks/usePreferredCurrency';
import { CheckboxGroup } from '../../profiles/components/CheckboxGroup';
import { RegionPicker } from '../../profiles/components/RegionPicker';
import { SectorPicker } from '../../profiles/components/SectorPicker';
import { SelectField } from '../../../components/SelectField';
import { TextAreaField } from '../../../components/TextAreaField';
import { asCodes, preparedResolver } from '../../profiles/prepared-resolver';
import { showNestedServerErrors } from '../../profiles/server-errors';
import { useCreateOpportunity } from '../hooks/useCreateOpportunity';
import { useUpdateOpportunity } from '../hooks/useUpdateOpportunity';
import type { OpportunitySavedState } from './OpportunityPage';

/** The fields of an opportunity; whether it is published is the button the person presses. */
const opportunityFormSchema = createOpportunitySchema.omit({ status: true });
type FormValues = z.input<typeof opportunityFormSchema>;
type Saved = Omit<CreateOpportunity, 'status'>;

const FIELDS: Path<FormValues>[] = [
  'title',
  'summary',
  'description',
  'sectorCode',
  'regionCode',
  'amount.amount',
  'amount.currency',
  'instruments',
  'stage',
  'sustainability.environmental',
  'sustainability.social',
  'sustainability.tags',
];
const ALIASES: Record<string, Path<FormValues>> = { amount: 'amount.amount', sustainability: 'sustainability.environmental' };

function valuesOf(opportunity: Opportunity, locale: ReturnType<typeof currentLocale>): FormValues {
  return {
    title: opportunity.title,
    summary: opportunity.summary,
    description: opportunity.description,
    sectorCode: opportunity.sectorCode,
    regionCode: opportunity.regionCode,
    amount: { amount: amountForInput(opportunity.amount.amount, locale), currency: opportunity.amount.currency },
    instruments: opportunity.instruments,
    stage: opportunity.stage,
    sustainability: {
      environmental: opportunity.sustainability.environmental ?? '',
      social: opportunity.sustainability.social ?? '',
      tags: opportunity.sustainability.tags,
    },
  };
}

/** Posting a new opportunity (`opportunity` absent) or editing one. */
export function OpportunityForm({ opportunity }: { opportunity?: Opportunity }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const locale = currentLocale();
  const [preferredCurrency] = usePreferredCurrency();
  const create = useCreateOpportunity();
  const update = useUpdateOpportunity();
  const [formMessage, setFormMessage] = useState<FormMessage | null>(null);
  const [resolver] = useState(() =>
    preparedResolver(opportunityFormSchema, (values) => ({
      ...values,
      amount: values.amount && { ...values.amount, amount: normaliseAmountInput(values.amount.amount ?? '', currentLocale()) },
    })),
  );
  const form = useForm<FormValues, unknown, Saved>({
    resolver,
    defaultValues: opportunity
      ? valuesOf(opportunity, locale)
      : {
          title: '',
          summary: '',
          description: '',
          sectorCode: undefined,
          regionCode: undefined,
          amount: { amount: '', currency: preferredCurrency },
          instruments: [],
          stage: undefined,
          sustainability: { environmental: '', social: '', tags: [] },
        },
  });
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = form;
  useRevalidateOnLanguageChange(form);
  const [amountValue, currencyValue] = useWatch({ control, name: ['amount.amount', 'amount.currency'] });

  const save = (publish: boolean) =>
    handleSubmit(async (values) => {
      setFormMessage(null);
      try {
        let saved: OpportunitySavedState['saved'];
        let id: string;
        if (opportunity) {
          const result = await update.mutateAsync({ id: opportunity.id, patch: publish ? { ...values, status: 'published' } : values });
          id = result.id;
          saved = publish ? 'published' : 'updated';
        } else {
          const result = await create.mutateAsync({ ...values, status: publish ? 'published' : 'draft' });
          id = result.id;
          saved = publish ? 'published' : 'draft';
        }
        navigate(`/opportunities/${id}`, { state: { saved } satisfies OpportunitySavedState });
      } catch (error) {
        if (!(error instanceof ApiRequestError && showNestedServerErrors(error, setError, FIELDS, ALIASES))) {
          setFormMessage(formMessageFor(error));
        }
      }
    });

  const isDraft = !opportunity || opportunity.status === 'draft';
  const instrumentOptions = INSTRUMENTS.map((entry) => ({ value: entry.code, label: label(entry, locale) }));
  const tagOptions = SUSTAINABILITY_TAGS.map((entry) => ({ value: entry.code, label: label(entry, locale) }));

  return (
    <form className="form form--wide" onSubmit={save(false)} noValidate>
      <FormMessageAlert message={formMessage} />

      <fieldset className="form-section">
        <legend className="form-section__title">{t('marketplace.form.sections.proposal')}</legend>
        <TextField
          id="opportunity-title"
          label={t('marketplace.form.title')}
          hint={t('marketplace.form.titleHint', { max: OPPORTUNITY_TITLE_MAX_LENGTH })}
          maxLength={OPPORTUNITY_TITLE_MAX_LENGTH}
          error={errors.title?.message}
          {...register('title')}
        />
        <TextAreaField
          id="opportunity-summary"
          label={t('marketplace.form.summary')}
          hint={t('marketplace.form.summaryHint')}
          rows={3}
          maxLength={OPPORTUNITY_SUMMARY_MAX_LENGTH}
          error={errors.summary?.message}
          {...register('summary')}
        />
        <TextAreaField
          id="opportunity-description"
          label={t('marketplace.form.description')}
          hint={t('marketplace.form.descriptionHint')}
          rows={8}
          maxLength={OPPORTUNITY_DESCRIPTION_MAX_LENGTH}
          error={errors.description?.message}
          {...register('description')}
        />
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section__title">{t('marketplace.form.sections.where')}</legend>
        <Controller
          control={control}
          name="sectorCode"
          render={({ field, fieldState }) => (
            <SectorPicker
              id="opportunity-sector"
              label={t('marketplace.form.sector')}
              hint={t('marketplace.form.sectorHint')}
              value={field.value ? [field.value] : []}
              onChange={(codes) => field.onChange(codes[0])}
              onBlur={field.onBlur}
              inputRef={field.ref}
              error={fieldState.error?.message}
            />
          )}
        />
        <Controller
          control={control}
          name="regionCode"
          render={({ field, fieldState }) => (
            <RegionPicker
              id="opportunity-region"
              label={t('marketplace.form.region')}
              hint={t('marketplace.form.regionHint')}
              value={field.value ? [field.value] : []}
              onChange={(codes) => field.onChange(codes[0])}
              onBlur={field.onBlur}
              inputRef={field.ref}
              error={fieldState.error?.message}
            />
          )}
        />
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section__title">{t('marketplace.form.sections.money')}</legend>
        <MoneyField
          id="opportunity-amount"
          label={t('marketplace.form.amount')}
          hint={t('marketplace.form.amountHint')}
          amount={register('amount.amount')}
          currency={register('amount.currency')}
          amountValue={amountValue}
          currencyValue={currencyValue}
          amountError={errors.amount?.amount?.message ?? errors.amount?.message}
          currencyError={errors.amount?.currency?.message}
        />
        <Controller
          control={control}
          name="instruments"
          render={({ field, fieldState }) => (
            <CheckboxGroup
              id="opportunity-instruments"
              legend={t('marketplace.form.instruments')}
              hint={t('marketplace.form.instrumentsHint')}
              options={instrumentOptions}
              value={asCodes(field.value)}
              onChange={field.onChange}
              onBlur={field.onBlur}
              inputRef={field.ref}
              error={fieldState.error?.message}
            />
          )}
        />
        <SelectField
          id="opportunity-stage"
          label={t('marketplace.form.stage')}
          placeholder={t('marketplace.form.choose')}
          options={STAGES.map((entry) => ({ value: entry.code, label: label(entry, locale) }))}
          error={errors.stage?.message}
          {...register('stage')}
        />
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section__title">{t('marketplace.form.sections.sustainability')}</legend>
        <p className="field__hint">{t('marketplace.form.sustainabilityIntro')}</p>
        <Controller
          control={control}
          name="sustainability.tags"
          render={({ field, fieldState }) => (
            <CheckboxGroup
              id="opportunity-tags"
              legend={t('marketplace.form.tags')}
              options={tagOptions}
              value={asCodes(field.value)}
              onChange={field.onChange}
              onBlur={field.onBlur}
              inputRef={field.ref}
              error={fieldState.error?.message}
            />
          )}
        />
        <TextAreaField
          id="opportunity-environmental"
          label={t('marketplace.form.environmental')}
          hint={t('marketplace.form.environmentalHint')}
          maxLength={SUSTAINABILITY_NOTE_MAX_LENGTH}
          error={errors.sustainability?.environmental?.message}
          {...register('sustainability.environmental')}
        />
        <TextAreaField
          id="opportunity-social"
          label={t('marketplace.form.social')}
          hint={t('marketplace.form.socialHint')}
          maxLength={SUSTAINABILITY_NOTE_MAX_LENGTH}
          error={errors.sustainability?.social?.message}
          {...register('sustainability.social')}
        />
      </fieldset>

      <div className="form-actions form-actions--sticky">
        {isDraft ? (
          <>
            <button type="submit" className="button button--ghost" disabled={isSubmitting}>
              {t('marketplace.form.saveDraft')}
            </button>
            <button type="button" className="button button--primary" disabled={isSubmitting} onClick={(event) => void save(true)(event)}>
              {opportunity ? t('marketplace.form.saveAndPublish') : t('marketplace.form.publish')}
            </button>
          </>
        ) : (
          <button type="submit" className="button button--primary" disabled={isSubmitting}>
            {t('marketplace.form.saveChanges')}
          </button>
        )}
      </div>
    </form>
  );
}
