import { COUNTRIES, isCountryCode, label, type Role } from '@serumpun/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormMessageAlert } from '../../../components/FormMessageAlert';
import { TextField } from '../../../components/TextField';
import { currentLocale } from '../../../i18n/i18n';
import { ApiRequestError } from '../../../lib/api-client';
import type { FormMessage } from '../../../lib/form-message';
import { SelectField } from '../../../components/SelectField';
import { placeApiError } from '../../meetings/place-api-error';
import { useMyPublishedOpportunities } from '../hooks/useMyPublishedOpportunities';
import { useMyRegistration } from '../hooks/useMyRegistration';
import { useRegisterForEdition } from '../hooks/useRegisterForEdition';

const FIELDS = ['organisation', 'countryCode', 'opportunityIds'] as const;
type Field = (typeof FIELDS)[number];

/** Registration: the card others see in the directory (blank fields come from the profile). */
export function RegistrationForm({ editionId, role }: { editionId: string; role: Role }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [organisation, setOrganisation] = useState('');
  const [countryCode, setCountryCode] = useState('');
  const [opportunityIds, setOpportunityIds] = useState<string[]>([]);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formMessage, setFormMessage] = useState<FormMessage | null>(null);
  const { mutateAsync: register, isPending } = useRegisterForEdition(editionId);
  const { refetch: reloadRegistration } = useMyRegistration(editionId);
  const isBusiness = role === 'business';
  const opportunities = useMyPublishedOpportunities(isBusiness);

  const toggleOpportunity = (id: string) =>
    setOpportunityIds((ids) => (ids.includes(id) ? ids.filter((other) => other !== id) : [...ids, id]));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    setFormMessage(null);
    try {
      await register({
        organisation: organisation.trim() || null,
        countryCode: isCountryCode(countryCode) ? countryCode : null,
        opportunityIds,
      });
    } catch (error) {
      // Registered meanwhile (another tab): show where they stand rather than an error.
      if (error instanceof ApiRequestError && error.status === 409) void reloadRegistration();
      const placed = placeApiError(error, FIELDS);
      setErrors(placed.fields);
      setFormMessage(placed.form);
    }
  };

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <div className="form__row">
        <TextField
          id="registration-organisation"
          label={t('meetings.registration.organisation')}
          hint={t('meetings.registration.organisationHint')}
          value={organisation}
          maxLength={160}
          autoComplete="organization"
          error={errors.organisation}
          onChange={(event) => setOrganisation(event.target.value)}
        />
        <SelectField
          id="registration-country"
          label={t('meetings.registration.country')}
          value={countryCode}
          error={errors.countryCode}
          onChange={(event) => setCountryCode(event.target.value)}
        >
          <option value="">{t('meetings.registration.countryFromProfile')}</option>
          {COUNTRIES.map((country) => (
            <option key={country.code} value={country.code}>
              {label(country, locale)}
            </option>
          ))}
        </SelectField>
      </div>
      {isBusiness ? (
        <fieldset className="check-list" aria-describedby={errors.opportunityIds ? 'registration-opportunities-error' : undefined}>
          <legend className="field__label">{t('meetings.registration.showcase')}</legend>
          <p className="field__hint">{t('meetings.registration.showcaseHint')}</p>
          {opportunities.data?.length ? (
            opportunities.data.map((opportunity) => (
              <label key={opportunity.id} className="check-choice">
                <input type="checkbox" checked={opportunityIds.includes(opportunity.id)} onChange={() => toggleOpportunity(opportunity.id)} />
                <span>{opportunity.title}</span>
              </label>
            ))
          ) : (
            <p className="muted">{opportunities.isPending ? t('common.loading') : t('meetings.registration.noOpportunities')}</p>
          )}
          {errors.opportunityIds ? (
            <p id="registration-opportunities-error" className="field__error" role="alert">
              {errors.opportunityIds}
            </p>
          ) : null}
        </fieldset>
      ) : null}
      <FormMessageAlert message={formMessage} />
      <div className="button-row">
        <button type="submit" className="button button--accent" disabled={isPending}>
          {isPending ? t('meetings.registration.submitting') : t('meetings.registration.submit')}
        </button>
      </div>
    </form>
  );
}
