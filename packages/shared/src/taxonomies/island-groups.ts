import { z } from 'zod';
import type { LocalisedLabel } from '../common/locale.js';
import { entriesFromLabels, indexByCode, type CodeTuple, type TaxonomyEntry } from './taxonomy.js';

/** The island groups regions belong to, as lowercase slugs (the `island` filter of the API). */
export const ISLAND_GROUP_CODES = [
  'borneo',
  'sumatra',
  'java',
  'bali-nusa-tenggara',
  'sulawesi',
  'maluku',
  'papua',
  'peninsular-malaysia',
] as const satisfies CodeTuple<string>;
export type IslandGroupCode = (typeof ISLAND_GROUP_CODES)[number];

export type IslandGroup = TaxonomyEntry<IslandGroupCode>;

const ISLAND_GROUP_LABELS: Record<IslandGroupCode, LocalisedLabel> = {
  // Indonesians call the whole island Kalimantan; Malaysians and Bruneians call it Borneo.
  borneo: { id: 'Kalimantan (Borneo)', en: 'Borneo', ms: 'Borneo' },
  sumatra: { id: 'Sumatra', en: 'Sumatra', ms: 'Sumatera' },
  java: { id: 'Jawa', en: 'Java', ms: 'Jawa' },
  'bali-nusa-tenggara': { id: 'Bali dan Nusa Tenggara', en: 'Bali and Nusa Tenggara', ms: 'Bali dan Nusa Tenggara' },
  sulawesi: { id: 'Sulawesi', en: 'Sulawesi', ms: 'Sulawesi' },
  maluku: { id: 'Maluku', en: 'Maluku', ms: 'Maluku' },
  papua: { id: 'Papua', en: 'Papua', ms: 'Papua' },
  'peninsular-malaysia': { id: 'Semenanjung Malaysia', en: 'Peninsular Malaysia', ms: 'Semenanjung Malaysia' },
};

export const ISLAND_GROUPS: readonly IslandGroup[] = entriesFromLabels(ISLAND_GROUP_CODES, ISLAND_GROUP_LABELS);

const islandGroupsByCode = indexByCode(ISLAND_GROUPS);

export function findIslandGroup(code: string): IslandGroup | undefined {
  return islandGroupsByCode.get(code);
}

export function isIslandGroupCode(code: string): code is IslandGroupCode {
  return islandGroupsByCode.has(code);
}

export const islandGroupCodeSchema = z.enum(ISLAND_GROUP_CODES);
