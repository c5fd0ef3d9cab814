import {
  COUNTRIES,
  DIVISIONS,
  ISLAND_GROUP_CODES,
  label,
  REGIONS,
  SECTIONS,
  type Locale,
} from '@serumpun/shared';
import type { PickerGroup } from './components/GroupedPicker';
import { countryName, islandName } from './taxonomy';

/**
 * Sectors grouped by ISIC section. Each group starts with the whole section (a code of its own: an
 * investor in "all of manufacturing" picks `C`), then its divisions; codes and ISIC digits find them too.
 */
export function sectorGroups(locale: Locale, wholeSection: (code: string) => string, withSections = true): PickerGroup[] {
  return SECTIONS.map((section) => {
    const sectionLabel = label(section, locale);
    const divisions = DIVISIONS.filter((division) => division.section === section.code).map((division) => ({
      value: division.code,
      code: division.code,
      label: label(division, locale),
      keywords: division.isic,
    }));
    return {
      id: `section-${section.code}`,
      label: `${section.code} · ${sectionLabel}`,
      options: withSections
        ? [{ value: section.code, code: section.code, label: wholeSection(section.code), chip: `${section.code} ${sectionLabel}` }, ...divisions]
        : divisions,
    };
  });
}

/**
 * Regions grouped by country, then by island group (Kalimantan, Sumatra, …); capitals find their
 * region too ("Pontianak" → Kalimantan Barat). `countries` narrows to the regions of those countries.
 */
export function regionGroups(locale: Locale, countries?: readonly string[]): PickerGroup[] {
  const groups: PickerGroup[] = [];
  for (const country of COUNTRIES) {
    if (countries && !countries.includes(country.code)) continue;
    const ofCountry = REGIONS.filter((region) => region.country === country.code);
    for (const island of ISLAND_GROUP_CODES) {
      const regions = ofCountry.filter((region) => region.islandGroup === island);
      if (regions.length === 0) continue;
      groups.push({
        id: `${country.code}-${island}`,
        heading: countryName(country.code, locale),
        label: islandName(island, locale),
        options: regions.map((region) => ({
          value: region.code,
          label: label(region, locale),
          keywords: `${region.code} ${region.capital}`,
        })),
      });
    }
  }
  return groups;
}
