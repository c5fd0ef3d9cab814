// Taxonomy codes turned into small integers and bit masks once, so that scoring a pair is a handful of
// array reads and bitwise ANDs: ranking 100,000 opportunities or 10^6 meeting pairs stays in memory and fast.

import {
  COUNTRY_CODES,
  INSTRUMENT_CODES,
  ISLAND_GROUP_CODES,
  LANGUAGE_CODES,
  REGIONS,
  SECTION_CODES,
  SECTOR_CODES,
  STAGE_CODES,
  SUSTAINABILITY_TAG_CODES,
  sectionOf,
} from '@serumpun/shared';

function indexOf(codes: readonly string[]): ReadonlyMap<string, number> {
  return new Map(codes.map((code, index) => [code, index]));
}

const sectorIndexByCode = indexOf(SECTOR_CODES);
const sectionIndexByCode = indexOf(SECTION_CODES);
const regionIndexByCode = indexOf(REGIONS.map((region) => region.code));
const islandIndexByCode = indexOf(ISLAND_GROUP_CODES);
const countryIndexByCode = indexOf(COUNTRY_CODES);

export const SECTOR_COUNT = SECTOR_CODES.length;
export const REGION_COUNT = REGIONS.length;

/** The bit of each sector's ISIC section, by sector index (21 sections fit in one 32-bit mask). */
export const SECTION_BIT_OF_SECTOR = Int32Array.from(SECTOR_CODES, (code) => 1 << sectionIndexByCode.get(sectionOf(code))!);
export const ISLAND_BIT_OF_REGION = Int32Array.from(REGIONS, (region) => 1 << islandIndexByCode.get(region.islandGroup)!);
export const COUNTRY_BIT_OF_REGION = Int32Array.from(REGIONS, (region) => 1 << countryIndexByCode.get(region.country)!);

/** The index of a sector code, or -1 for an unknown one (ignored, like a blank). */
export function sectorIndex(code: string | null | undefined): number {
  return code ? (sectorIndexByCode.get(code) ?? -1) : -1;
}

export function regionIndex(code: string | null | undefined): number {
  return code ? (regionIndexByCode.get(code) ?? -1) : -1;
}

/** Section codes whose bit is set in a section mask, in ISIC order. */
export function sectionCodesOf(mask: number): string[] {
  return SECTION_CODES.filter((_, index) => (mask & (1 << index)) !== 0);
}

/** Island-group codes whose bit is set in an island mask. */
export function islandCodesOf(mask: number): string[] {
  return ISLAND_GROUP_CODES.filter((_, index) => (mask & (1 << index)) !== 0);
}

/** A small code list (instruments, stages, languages, sustainability tags) as a bit mask. */
export interface CodeMask {
  readonly codes: readonly string[];
  maskOf(codes: readonly string[] | null | undefined): number;
  codesOf(mask: number): string[];
}

function codeMask(codes: readonly string[]): CodeMask {
  const index = indexOf(codes);
  return {
    codes,
    maskOf(list) {
      let mask = 0;
      if (list) for (const code of list) {
        const bit = index.get(code);
        if (bit !== undefined) mask |= 1 << bit;
      }
      return mask;
    },
    codesOf(mask) {
      return codes.filter((_, bit) => (mask & (1 << bit)) !== 0);
    },
  };
}

export const INSTRUMENT_MASK = codeMask(INSTRUMENT_CODES);
export const STAGE_MASK = codeMask(STAGE_CODES);
export const LANGUAGE_MASK = codeMask(LANGUAGE_CODES);
export const SUSTAINABILITY_MASK = codeMask(SUSTAINABILITY_TAG_CODES);

/** The number of set bits. */
export function bitCount(mask: number): number {
  let count = 0;
  for (let rest = mask; rest !== 0; rest &= rest - 1) count++;
  return count;
}
