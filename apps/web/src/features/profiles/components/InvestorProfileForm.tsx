import {
  COUNTRIES,
  findRegion,
  INSTRUMENTS,
  INVESTOR_TYPES,
  investorProfileInputSchema,
  label,
  LANGUAGES,
  ORGANISATION_MAX_LENGTH,
  PROFILE_TEXT_MAX_LENGTH,
  regionsOfCountry,
  STAGES,
  SUSTAINABILITY_TAGS,
  type InvestorProfile,
  type InvestorProfileData,
  type InvestorProfileInput,
} from '@serumpun/shared';
import { useState } from 'react';
import { Controller, useForm, useWatch, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormMessageAlert } from '../../../components/FormMessageAlert';
import { TextField } from '../../../components/TextField';
import { currentLocale } from '../../../i18n/i18n';
import { ApiRequestError } from '../../../lib/api-client';
import { formMessageFor, type FormMessage } from '../../../lib/form-message';
import { useRevalidateOnLanguageChange } from '../../../lib/useRevalidateOnLanguageChange';
import { amountForInput, normaliseAmountInput } from '../../money/amount-input';
import { MoneyField } from '../../money/components/MoneyField';
import { usePreferredCurrency } from '../../money/hooks/usePreferredCurrency';
import { useSaveProfile } from '../hooks/useSaveProfile';
import { asCodes, preparedResolver } from '../prepared-resolver';
import { showNestedServerErrors } from '../server-errors';
import { taxonomyOptions } from '../taxonomy';
import { CheckboxGroup } from './CheckboxGroup';
import { RegionPicker } from './RegionPicker';
import { SectorPicker } from './SectorPicker';
import { SelectField } from '../../../components/SelectField';
import { TextAreaField } from '../../../components/TextAreaField';

const FIELDS: Path<InvestorProfileInput>[] = [
  'organisation',
  'investorType',
  'countryCode',
  'regionCode',
  'sectors',
  'regions',
  'ticketMin.amount',
  'ticketMin.currency',
  'ticketMax.amount',
  'ticketMax.currency',
  'instruments',
  'stages',
  'languages',
  'sustainabilityTags',
  'bio',
  'website',
  'visible',
];
const ALIASES: Record<string, Path<InvestorProfileInput>> = { ticketMin: 'ticketMin.amount', ticketMax: 'ticketMax.amount' };

export function InvestorProfileForm({ profile, onSaved }: { profile: InvestorProfile | null; onSaved: () => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [preferredCurrency] = usePreferredCurrency();
  const save = useSaveProfile();
  const [formMessage, setFormMessage] = useState<FormMessage | null>(null);
  const [resolver] = useState(() =>
    preparedResolver(investorProfileInputSchema, (values) => ({
      ...values,
      ticketMin: values.ticketMin && { ...values.ticketMin, amount: normaliseAmountInput(values.ticketMin.amount ?? '', currentLocale()) },
      ticketMax: values.ticketMax && { ...values.ticketMax, amount: normaliseAmountInput(values.ticketMax.amount ?? '', currentLocale()) },
    })),
  );
  const form = useForm<InvestorProfileInput, unknown, InvestorProfileData>({
    resolver,
    defaultValues: profile
      ? {
          organisation: profile.organisation,
          investorType: profile.investorType,
          countryCode: profile.countryCode,
          regionCode: profile.regionCode,
          sectors: profile.sectors,
          regions: profile.regions,
          ticketMin: { amount: amountForInput(profile.ticketMin.amount, locale), currency: profile.ticketMin.currency },
          ticketMax: { amount: amountForInput(profile.ticketMax.amount, locale), currency: profile.ticketMax.currency },
          instruments: profile.instruments,
          stages: profile.stages,
          languages: profile.languages,
          sustainabilityTags: profile.sustainabilityTags,
          bio: profile.bio,
          website: profile.website ?? '',
          visible: profile.visible,
        }
      : {
          organisation: '',
          investorType: undefined,
          countryCode: undefined,
          regionCode: null,
          sectors: [],
          regions: [],
          ticketMin: { amount: '', currency: preferredCurrency },
          ticketMax: { amount: '', currency: preferredCurrency },
          instruments: [],
          stages: [],
          languages: [locale],
          sustainabilityTags: [],
          bio: '',
          website: '',
          visible: true,
        },
  });
  const {
    register,
    control,
    handleSubmit,
    setError,
    setValue,
    getValues,
    formState: { errors, isSubmitting },
  } = form;
  useRevalidateOnLanguageChange(form);
  const [country, minAmount, maxAmount, currency] = useWatch({ control, name: ['countryCode', 'ticketMin.amount', 'ticketMax.amount', 'ticketMin.currency'] });
  const homeRegions = country ? regionsOfCountry(country) : [];

  const onSubmit = handleSubmit(async (values) => {
    setFormMessage(null);
    try {
      await save.mutateAsync(values);
      onSaved();
    } catch (error) {
      if (!(error instanceof ApiRequestError && showNestedServerErrors(error, setError, FIELDS, ALIASES))) setFormMessage(formMessageFor(error));
    }
  });

  const options = (entries: Parameters<typeof taxonomyOptions>[0]) => taxonomyOptions(entries, locale);

  return (
    <form className="form form--wide" onSubmit={onSubmit} noValidate>
      <FormMessageAlert message={formMessage} />

      <fieldset className="form-section">
        <legend className="form-section__title">{t('marketplace.profile.sections.who')}</legend>
        <TextField
          id="investor-organisation"
          label={t('marketplace.profile.organisation')}
          hint={t('marketplace.profile.organisationHint')}
          autoComplete="organization"
          maxLength={ORGANISATION_MAX_LENGTH}
          error={errors.organisation?.message}
          {...register('organisation')}
        />
        <SelectField
          id="investor-type"
          label={t('marketplace.profile.investorType')}
          placeholder={t('marketplace.form.choose')}
          options={options(INVESTOR_TYPES)}
          error={errors.investorType?.message}
          {...register('investorType')}
        />
        <div className="form-row">
          <SelectField
            id="investor-country"
            label={t('marketplace.profile.country')}
            placeholder={t('marketplace.form.choose')}
            options={options(COUNTRIES)}
            error={errors.countryCode?.message}
            {...register('countryCode', {
              onChange: (event) => {
                // A home region must lie in the home country.
                const region = getValues('regionCode');
                if (region && findRegion(region)?.country !== event.target.value) setValue('regionCode', null);
              },
            })}
          />
        </div>
        {homeRegions.length > 0 ? (
          <Controller
            control={control}
            name="regionCode"
            render={({ field, fieldState }) => (
              <RegionPicker
                id="investor-region"
                label={t('marketplace.profile.homeRegion')}
                hint={t('marketplace.profile.optional')}
                countries={country ? [country] : []}
                value={field.value ? [field.value] : []}
                onChange={(codes) => field.onChange(codes[0] ?? null)}
                onBlur={field.onBlur}
                inputRef={field.ref}
                error={fieldState.error?.message}
              />
            )}
          />
        ) : null}
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section__title">{t('marketplace.profile.sections.interests')}</legend>
        <Controller
          control={control}
          name="sectors"
          render={({ field, fieldState }) => (
            <SectorPicker
              id="investor-sectors"
              label={t('marketplace.profile.sectors')}
              hint={t('marketplace.profile.sectorsHint')}
              multiple
              value={asCodes(field.value)}
              onChange={field.onChange}
              onBlur={field.onBlur}
              inputRef={field.ref}
              error={fieldState.error?.message}
            />
          )}
        />
        <Controller
          control={control}
          name="regions"
          render={({ field, fieldState }) => (
            <RegionPicker
              id="investor-regions"
              label={t('marketplace.profile.regions')}
              hint={t('marketplace.profile.regionsHint')}
              multiple
              value={asCodes(field.value)}
              onChange={field.onChange}
              onBlur={field.onBlur}
              inputRef={field.ref}
              error={fieldState.error?.message}
            />
          )}
        />
        <Controller
          control={control}
          name="stages"
          render={({ field, fieldState }) => (
            <CheckboxGroup
              id="investor-stages"
              legend={t('marketplace.profile.stages')}
              options={options(STAGES)}
              value={asCodes(field.value)}
              onChange={field.onChange}
              onBlur={field.onBlur}
              inputRef={field.ref}
              error={fieldState.error?.message}
            />
          )}
        />
        <Controller
          control={control}
          name="sustainabilityTags"
          render={({ field, fieldState }) => (
            <CheckboxGroup
              id="investor-tags"
              legend={t('marketplace.profile.sustainabilityTags')}
              hint={t('marketplace.profile.optional')}
              options={options(SUSTAINABILITY_TAGS)}
              value={asCodes(field.value)}
              onChange={field.onChange}
              onBlur={field.onBlur}
              inputRef={field.ref}
              error={fieldState.error?.message}
            />
          )}
        />
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section__title">{t('marketplace.profile.sections.ticket')}</legend>
        <p className="field__hint">{t('marketplace.profile.ticketHint')}</p>
        <div className="form-row">
          <MoneyField
            id="investor-ticket-min"
            label={t('marketplace.profile.ticketMin')}
            amount={register('ticketMin.amount')}
            currency={register('ticketMin.currency', { onChange: (event) => setValue('ticketMax.currency', event.target.value) })}
            amountValue={minAmount}
            currencyValue={currency}
            amountError={errors.ticketMin?.amount?.message ?? errors.ticketMin?.message}
            currencyError={errors.ticketMin?.currency?.message}
          />
          <MoneyField
            id="investor-ticket-max"
            label={t('marketplace.profile.ticketMax')}
            amount={register('ticketMax.amount')}
            amountValue={maxAmount}
            currencyValue={currency}
            amountError={errors.ticketMax?.amount?.message ?? errors.ticketMax?.message}
            currencyError={errors.ticketMax?.currency?.message}
          />
        </div>
        <Controller
          control={control}
          name="instruments"
          render={({ field, fieldState }) => (
            <CheckboxGroup
              id="investor-instruments"
              legend={t('marketplace.profile.instruments')}
              options={options(INSTRUMENTS)}
              value={asCodes(field.value)}
              onChange={field.onChange}
              onBlur={field.onBlur}
              inputRef={field.ref}
              error={fieldState.error?.message}
            />
          )}
        />
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section__title">{t('marketplace.profile.sections.about')}</legend>
        <Controller
          control={control}
          name="languages"
          render={({ field, fieldState }) => (
            <CheckboxGroup
              id="investor-languages"
              legend={t('marketplace.profile.languages')}
              hint={t('marketplace.profile.languagesHint')}
              options={LANGUAGES.map((entry) => ({ value: entry.code, label: label(entry, locale), hint: entry.nativeName !== label(entry, locale) ? entry.nativeName : undefined }))}
              value={asCodes(field.value)}
              onChange={field.onChange}
              onBlur={field.onBlur}
              inputRef={field.ref}
              error={fieldState.error?.message}
            />
          )}
        />
        <TextAreaField
          id="investor-bio"
          label={t('marketplace.profile.bio')}
          hint={t('marketplace.profile.bioHint')}
          rows={5}
          maxLength={PROFILE_TEXT_MAX_LENGTH}
          error={errors.bio?.message}
          {...register('bio')}
        />
        <TextField
          id="investor-website"
          label={t('marketplace.profile.website')}
          hint={t('marketplace.profile.websiteHint')}
          type="url"
          inputMode="url"
          autoComplete="url"
          error={errors.website?.message}
          {...register('website')}
        />
        <div className={['field', 'toggle', errors.visible ? 'field--invalid' : null].filter(Boolean).join(' ')}>
          <label className="choice toggle__choice" htmlFor="investor-visible">
            <input id="investor-visible" type="checkbox" className="choice__input" aria-describedby="investor-visible-hint" {...register('visible')} />
            <span className="choice__text">{t('marketplace.profile.visible')}</span>
          </label>
          <p id="investor-visible-hint" className="field__hint">
            {t('marketplace.profile.visibleHint')}
          </p>
        </div>
      </fieldset>

      <div className="form-actions form-actions--sticky">
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {isSubmitting ? t('marketplace.profile.saving') : t('marketplace.profile.save')}
        </button>
      </div>
    </form>
  );
}
