import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/i18n';
import { regionGroups } from '../picker-options';
import { GroupedPicker, type GroupedPickerProps } from './GroupedPicker';

/** Provinces, states and districts, grouped by country and island group; capitals find them too. */
export function RegionPicker({ countries, ...props }: Omit<GroupedPickerProps, 'groups'> & { countries?: readonly string[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const countryKey = countries?.join(',');
  const groups = useMemo(
    () => regionGroups(locale, countryKey === undefined ? undefined : countryKey.split(',').filter(Boolean)),
    [locale, countryKey],
  );
  return <GroupedPicker placeholder={t('marketplace.picker.regionPlaceholder')} {...props} groups={groups} />;
}
