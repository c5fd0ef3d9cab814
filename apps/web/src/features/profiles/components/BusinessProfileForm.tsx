import {
  BUSINESS_KINDS,
  businessProfileInputSchema,
  COUNTRIES,
  findLegalForm,
  findRegion,
  FOUNDED_YEAR_MIN,
  label,
  LANGUAGES,
  legalFormsOfCountry,
  ORGANISATION_MAX_LENGTH,
  PROFILE_TEXT_MAX_LENGTH,
  regionsOfCountry,
  REVENUE_BANDS,
  type BusinessProfile,
  type BusinessProfileData,
  type BusinessProfileInput,
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
import { useSaveProfile } from '../hooks/useSaveProfile';
import { asCodes, preparedResolver } from '../prepared-resolver';
import { showNestedServerErrors } from '../server-errors';
import { taxonomyOptions } from '../taxonomy';
import { CheckboxGroup } from './CheckboxGroup';
import { RegionPicker } from './RegionPicker';
import { SectorPicker } from './SectorPicker';
import { SelectField } from '../../../components/SelectField';
import { TextAreaField } from '../../../components/TextAreaField';

const FIELDS: Path<BusinessProfileInput>[] = [
  'companyName',
  'businessKind',
  'legalForm',
  'registrationNumber',
  'countryCode',
  'regionCode',
  'sectors',
  'foundedYear',
  'employees',
  'revenueBand',
  'description',
  'website',
  'languages',
];

/** An empty number input is "not stated" (null), not zero. */
const optionalNumber = (value: unknown) => (value === '' || value === null || value === undefined ? null : Number(value));

// Only countries with regions and legal forms here: a business is registered somewhere in them.
const BUSINESS_COUNTRIES = COUNTRIES.filter((country) => regionsOfCountry(country.code).length > 0);

export function BusinessProfileForm({ profile, onSaved }: { profile: BusinessProfile | null; onSaved: () => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const save = useSaveProfile();
  const [formMessage, setFormMessage] = useState<FormMessage | null>(null);
  const [resolver] = useState(() => preparedResolver(businessProfileInputSchema));
  const form = useForm<BusinessProfileInput, unknown, BusinessProfileData>({
    resolver,
    defaultValues: profile
      ? {
          companyName: profile.companyName,
          businessKind: profile.businessKind,
          legalForm: profile.legalForm,
          registrationNumber: profile.registrationNumber ?? '',
          countryCode: profile.countryCode,
          regionCode: profile.regionCode,
          sectors: profile.sectors,
          foundedYear: profile.foundedYear,
          employees: profile.employees,
          revenueBand: profile.revenueBand,
          description: profile.description,
          website: profile.website ?? '',
          languages: profile.languages,
        }
      : {
          companyName: '',
          businessKind: 'sme',
          legalForm: undefined,
          registrationNumber: '',
          countryCode: undefined,
          regionCode: undefined,
          sectors: [],
          foundedYear: null,
          employees: null,
          revenueBand: null,
          description: '',
          website: '',
          languages: [locale],
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
  const country = useWatch({ control, name: 'countryCode' });
  const legalForms = country ? legalFormsOfCountry(country) : [];

  const onSubmit = handleSubmit(async (values) => {
    setFormMessage(null);
    try {
      await save.mutateAsync(values);
      onSaved();
    } catch (error) {
      if (!(error instanceof ApiRequestError && showNestedServerErrors(error, setError, FIELDS))) setFormMessage(formMessageFor(error));
    }
  });

  return (
    <form className="form form--wide" onSubmit={onSubmit} noValidate>
      <FormMessageAlert message={formMessage} />

      <fieldset className="form-section">
        <legend className="form-section__title">{t('marketplace.profile.sections.company')}</legend>
        <TextField
          id="business-name"
          label={t('marketplace.profile.companyName')}
          autoComplete="organization"
          maxLength={ORGANISATION_MAX_LENGTH}
          error={errors.companyName?.message}
          {...register('companyName')}
        />
        <SelectField
          id="business-kind"
          label={t('marketplace.profile.businessKind')}
          options={taxonomyOptions(BUSINESS_KINDS, locale)}
          error={errors.businessKind?.message}
          {...register('businessKind')}
        />
        <div className="form-row">
          <SelectField
            id="business-country"
            label={t('marketplace.profile.country')}
            placeholder={t('marketplace.form.choose')}
            options={taxonomyOptions(BUSINESS_COUNTRIES, locale)}
            error={errors.countryCode?.message}
            {...register('countryCode', {
              onChange: (event) => {
                // Legal forms and regions belong to one country: a choice from another one goes.
                const next = event.target.value as string;
                const legalForm = getValues('legalForm');
                if (legalForm && findLegalForm(legalForm)?.country !== next) setValue('legalForm', '' as never);
                const region = getValues('regionCode');
                if (region && findRegion(region)?.country !== next) setValue('regionCode', undefined as never);
              },
            })}
          />
          <SelectField
            id="business-legal-form"
            label={t('marketplace.profile.legalForm')}
            placeholder={country ? t('marketplace.form.choose') : t('marketplace.profile.countryFirst')}
            options={taxonomyOptions(legalForms, locale)}
            disabled={!country}
            error={errors.legalForm?.message}
            {...register('legalForm')}
          />
        </div>
        <TextField
          id="business-registration"
          label={t('marketplace.profile.registrationNumber')}
          hint={t('marketplace.profile.registrationHint')}
          maxLength={60}
          error={errors.registrationNumber?.message}
          {...register('registrationNumber')}
        />
        {country ? (
          <Controller
            control={control}
            name="regionCode"
            render={({ field, fieldState }) => (
              <RegionPicker
                id="business-region"
                label={t('marketplace.profile.region')}
                countries={[country]}
                value={field.value ? [field.value] : []}
                onChange={(codes) => field.onChange(codes[0])}
                onBlur={field.onBlur}
                inputRef={field.ref}
                error={fieldState.error?.message}
              />
            )}
          />
        ) : errors.regionCode ? (
          <p className="field__error" role="alert">
            {t('marketplace.profile.regionNeedsCountry')}
          </p>
        ) : null}
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section__title">{t('marketplace.profile.sections.activity')}</legend>
        <Controller
          control={control}
          name="sectors"
          render={({ field, fieldState }) => (
            <SectorPicker
              id="business-sectors"
              label={t('marketplace.profile.businessSectors')}
              hint={t('marketplace.profile.businessSectorsHint')}
              multiple
              value={asCodes(field.value)}
              onChange={field.onChange}
              onBlur={field.onBlur}
              inputRef={field.ref}
              error={fieldState.error?.message}
            />
          )}
        />
        <div className="form-row form-row--three">
          <TextField
            id="business-founded"
            label={t('marketplace.profile.foundedYear')}
            type="number"
            inputMode="numeric"
            min={FOUNDED_YEAR_MIN}
            max={new Date().getFullYear()}
            error={errors.foundedYear?.message}
            {...register('foundedYear', { setValueAs: optionalNumber })}
          />
          <TextField
            id="business-employees"
            label={t('marketplace.profile.employees')}
            type="number"
            inputMode="numeric"
            min={1}
            error={errors.employees?.message}
            {...register('employees', { setValueAs: optionalNumber })}
          />
          <SelectField
            id="business-revenue"
            label={t('marketplace.profile.revenueBand')}
            placeholder={t('marketplace.profile.notStated')}
            options={REVENUE_BANDS.map((band) => ({ value: band.code, label: label(band, locale) }))}
            error={errors.revenueBand?.message}
            {...register('revenueBand', { setValueAs: (value) => value || null })}
          />
        </div>
        <TextAreaField
          id="business-description"
          label={t('marketplace.profile.description')}
          hint={t('marketplace.profile.descriptionHint')}
          rows={6}
          maxLength={PROFILE_TEXT_MAX_LENGTH}
          error={errors.description?.message}
          {...register('description')}
        />
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section__title">{t('marketplace.profile.sections.contact')}</legend>
        <TextField
          id="business-website"
          label={t('marketplace.profile.website')}
          hint={t('marketplace.profile.websiteHint')}
          type="url"
          inputMode="url"
          autoComplete="url"
          error={errors.website?.message}
          {...register('website')}
        />
        <Controller
          control={control}
          name="languages"
          render={({ field, fieldState }) => (
            <CheckboxGroup
              id="business-languages"
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
      </fieldset>

      <div className="form-actions form-actions--sticky">
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {isSubmitting ? t('marketplace.profile.saving') : t('marketplace.profile.save')}
        </button>
      </div>
    </form>
  );
}
