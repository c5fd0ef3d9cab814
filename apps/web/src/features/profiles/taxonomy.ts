import {
  findBusinessKind,
  findCountry,
  findInstrument,
  findInvestorType,
  findIslandGroup,
  findLanguage,
  findLegalForm,
  findRegion,
  findRevenueBand,
  findSector,
  findStage,
  findSustainabilityTag,
  label,
  type Locale,
  type LocalisedLabel,
  type TaxonomyEntry,
} from '@serumpun/shared';

// Every code the API sends is shown by its label in the interface language (from the shared
// taxonomies); an unknown code is shown as itself rather than hidden.
function labelled(find: (code: string) => { label: LocalisedLabel } | undefined) {
  return (code: string, locale: Locale): string => {
    const entry = find(code);
    return entry ? label(entry, locale) : code;
  };
}

export const sectorName = labelled(findSector);
export const regionName = labelled(findRegion);
export const countryName = labelled(findCountry);
export const islandName = labelled(findIslandGroup);
export const instrumentName = labelled(findInstrument);
export const stageName = labelled(findStage);
export const sustainabilityTagName = labelled(findSustainabilityTag);
export const investorTypeName = labelled(findInvestorType);
export const businessKindName = labelled(findBusinessKind);
export const legalFormName = labelled(findLegalForm);
export const languageName = labelled(findLanguage);
export const revenueBandName = labelled(findRevenueBand);

/** "C10 · Industri Makanan": the code tells a reader from another country the same thing. */
export function sectorWithCode(code: string, locale: Locale): string {
  return `${code} · ${sectorName(code, locale)}`;
}

/** "Kalimantan Barat, Indonesia". */
export function placeName(regionCode: string, locale: Locale): string {
  const region = findRegion(regionCode);
  return region ? `${label(region, locale)}, ${countryName(region.country, locale)}` : regionCode;
}

/** Several codes as one readable list, in the interface language's own way of joining them. */
export function listOf(names: readonly string[], locale: Locale): string {
  try {
    return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(names);
  } catch {
    return names.join(', ');
  }
}

/** The entries of a taxonomy as select or checkbox options, labelled in the interface language. */
export function taxonomyOptions(entries: readonly TaxonomyEntry[], locale: Locale): { value: string; label: string }[] {
  return entries.map((entry) => ({ value: entry.code, label: label(entry, locale) }));
}
