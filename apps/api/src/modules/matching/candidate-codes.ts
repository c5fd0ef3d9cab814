import { divisionsOf, findRegion, isSectionCode, regionsOfCountry, regionsOfIsland, sectionOf } from '@serumpun/shared';

/**
 * The code sets the candidate queries compare against, derived from stated preferences. They mirror the
 * tiers of @serumpun/matching (division > section; region > island > country) so that SQL can pick the
 * candidates a score could rank high without scoring the whole table.
 */
export interface SectorCodes {
  /** Stated divisions (`C10`): full sector credit. */
  divisions: string[];
  /** The sections of every stated code (`C`): half credit. */
  sections: string[];
  /** Every code a section-level overlap covers (the sections and all their divisions), for array overlaps. */
  sectionWide: string[];
}

export interface RegionCodes {
  regions: string[];
  /** Every region on the islands of the stated regions (Borneo spans three countries). */
  islandRegions: string[];
  /** Every region of the countries of the stated regions. */
  countryRegions: string[];
}

const unique = (values: Iterable<string>) => [...new Set(values)].sort();

export function sectorCodesOf(codes: readonly string[]): SectorCodes {
  const sections = unique(codes.flatMap((code) => sectionOf(code) ?? []));
  return {
    divisions: unique(codes.filter((code) => !isSectionCode(code) && sectionOf(code) !== undefined)),
    sections,
    sectionWide: unique(sections.flatMap((section) => [section, ...divisionsOf(section).map((division) => division.code)])),
  };
}

export function regionCodesOf(codes: readonly string[]): RegionCodes {
  const known = codes.flatMap((code) => findRegion(code) ?? []);
  return {
    regions: unique(known.map((region) => region.code)),
    islandRegions: unique(known.flatMap((region) => regionsOfIsland(region.islandGroup).map((r) => r.code))),
    countryRegions: unique(known.flatMap((region) => regionsOfCountry(region.country).map((r) => r.code))),
  };
}
