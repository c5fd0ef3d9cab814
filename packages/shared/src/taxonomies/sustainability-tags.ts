import { z } from 'zod';
import type { LocalisedLabel } from '../common/locale.js';
import { entriesFromLabels, indexByCode, type CodeTuple, type TaxonomyEntry } from './taxonomy.js';

/** Sustainability attributes an opportunity can claim and an investor can look for. */
export const SUSTAINABILITY_TAG_CODES = [
  'renewable_energy',
  'no_deforestation',
  'community_benefit',
  'halal',
  'circular_economy',
  'low_carbon',
  'gender_inclusion',
  'indigenous_rights',
  'water_stewardship',
  'biodiversity',
] as const satisfies CodeTuple<string>;
export type SustainabilityTagCode = (typeof SUSTAINABILITY_TAG_CODES)[number];
export type SustainabilityTag = TaxonomyEntry<SustainabilityTagCode>;

const SUSTAINABILITY_TAG_LABELS: Record<SustainabilityTagCode, LocalisedLabel> = {
  renewable_energy: { id: 'Energi terbarukan', en: 'Renewable energy', ms: 'Tenaga boleh diperbaharui' },
  no_deforestation: { id: 'Tanpa deforestasi', en: 'No deforestation', ms: 'Tanpa penebangan hutan' },
  community_benefit: { id: 'Manfaat bagi masyarakat', en: 'Community benefit', ms: 'Manfaat kepada komuniti' },
  halal: { id: 'Halal', en: 'Halal', ms: 'Halal' },
  circular_economy: { id: 'Ekonomi sirkular', en: 'Circular economy', ms: 'Ekonomi kitaran' },
  low_carbon: { id: 'Rendah karbon', en: 'Low carbon', ms: 'Rendah karbon' },
  gender_inclusion: { id: 'Inklusi gender', en: 'Gender inclusion', ms: 'Keterangkuman gender' },
  indigenous_rights: { id: 'Hak masyarakat adat', en: "Indigenous peoples' rights", ms: 'Hak masyarakat orang asal' },
  water_stewardship: { id: 'Pengelolaan air berkelanjutan', en: 'Water stewardship', ms: 'Pengurusan air yang mampan' },
  biodiversity: { id: 'Keanekaragaman hayati', en: 'Biodiversity', ms: 'Biodiversiti' },
};

export const SUSTAINABILITY_TAGS: readonly SustainabilityTag[] = entriesFromLabels(
  SUSTAINABILITY_TAG_CODES,
  SUSTAINABILITY_TAG_LABELS,
);

const sustainabilityTagsByCode = indexByCode(SUSTAINABILITY_TAGS);

export function findSustainabilityTag(code: string): SustainabilityTag | undefined {
  return sustainabilityTagsByCode.get(code);
}

export function isSustainabilityTagCode(code: string): code is SustainabilityTagCode {
  return sustainabilityTagsByCode.has(code);
}

export const sustainabilityTagCodeSchema = z.enum(SUSTAINABILITY_TAG_CODES);
