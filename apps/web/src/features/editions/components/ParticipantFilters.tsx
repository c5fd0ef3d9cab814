import { COUNTRIES, SECTIONS, divisionsOf, label } from '@serumpun/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/TextField';
import { currentLocale } from '../../../i18n/i18n';
import { SelectField } from '../../../components/SelectField';

export interface DirectoryFilters {
  role: string;
  sector: string;
  country: string;
  q: string;
}

/** Role, sector (a section or one of its divisions), country, and a name search that waits for a pause in typing. */
export function ParticipantFilters({ value, onChange }: { value: DirectoryFilters; onChange: (next: DirectoryFilters) => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [q, setQ] = useState(value.q);

  useEffect(() => {
    if (q === value.q) return;
    const timer = setTimeout(() => onChange({ ...value, q }), 300);
    return () => clearTimeout(timer);
  }, [q, value, onChange]);

  return (
    <form className="participant-filters" role="search" aria-label={t('meetings.participants.filters')} onSubmit={(event) => event.preventDefault()}>
      <SelectField id="filter-role" label={t('meetings.participants.role')} value={value.role} onChange={(event) => onChange({ ...value, role: event.target.value })}>
        <option value="all">{t('meetings.participants.everyone')}</option>
        <option value="investor">{t('roles.investor')}</option>
        <option value="business">{t('roles.business')}</option>
      </SelectField>
      <SelectField id="filter-sector" label={t('meetings.participants.sector')} value={value.sector} onChange={(event) => onChange({ ...value, sector: event.target.value })}>
        <option value="">{t('meetings.participants.allSectors')}</option>
        {SECTIONS.map((section) => (
          <optgroup key={section.code} label={`${section.code} · ${label(section, locale)}`}>
            <option value={section.code}>{t('meetings.participants.wholeSection', { name: label(section, locale) })}</option>
            {divisionsOf(section.code).map((division) => (
              <option key={division.code} value={division.code}>
                {division.code} · {label(division, locale)}
              </option>
            ))}
          </optgroup>
        ))}
      </SelectField>
      <SelectField id="filter-country" label={t('meetings.participants.country')} value={value.country} onChange={(event) => onChange({ ...value, country: event.target.value })}>
        <option value="">{t('meetings.participants.allCountries')}</option>
        {COUNTRIES.map((country) => (
          <option key={country.code} value={country.code}>
            {label(country, locale)}
          </option>
        ))}
      </SelectField>
      <TextField id="filter-q" type="search" label={t('meetings.participants.search')} value={q} onChange={(event) => setQ(event.target.value)} />
    </form>
  );
}
