import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/i18n';
import { sectorGroups } from '../picker-options';
import { GroupedPicker, type GroupedPickerProps } from './GroupedPicker';

/** ISIC sections and divisions (KBLI / MSIC), searchable in the interface language and by code. */
export function SectorPicker(props: Omit<GroupedPickerProps, 'groups'>) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const groups = useMemo(() => sectorGroups(locale, (code) => t('marketplace.picker.wholeSection', { code })), [locale, t]);
  return <GroupedPicker placeholder={t('marketplace.picker.sectorPlaceholder')} {...props} groups={groups} />;
}
