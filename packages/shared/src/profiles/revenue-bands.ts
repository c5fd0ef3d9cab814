import { z } from 'zod';
import type { LocalisedLabel } from '../common/locale.js';
import { entriesFromLabels, indexByCode, type CodeTuple, type TaxonomyEntry } from '../taxonomies/taxonomy.js';

/** Annual revenue of a business, in bands stated in US dollars so they read the same in all three countries. */
export const REVENUE_BAND_CODES = [
  'pre_revenue',
  'under_100k_usd',
  '100k_1m_usd',
  '1m_10m_usd',
  '10m_50m_usd',
  'over_50m_usd',
] as const satisfies CodeTuple<string>;
export type RevenueBandCode = (typeof REVENUE_BAND_CODES)[number];
export type RevenueBand = TaxonomyEntry<RevenueBandCode>;

const REVENUE_BAND_LABELS: Record<RevenueBandCode, LocalisedLabel> = {
  pre_revenue: { id: 'Belum ada pendapatan', en: 'No revenue yet', ms: 'Belum menjana hasil' },
  under_100k_usd: { id: 'Di bawah US$100 ribu per tahun', en: 'Under US$100k a year', ms: 'Bawah US$100 ribu setahun' },
  '100k_1m_usd': { id: 'US$100 ribu – 1 juta per tahun', en: 'US$100k – 1m a year', ms: 'US$100 ribu – 1 juta setahun' },
  '1m_10m_usd': { id: 'US$1 – 10 juta per tahun', en: 'US$1m – 10m a year', ms: 'US$1 – 10 juta setahun' },
  '10m_50m_usd': { id: 'US$10 – 50 juta per tahun', en: 'US$10m – 50m a year', ms: 'US$10 – 50 juta setahun' },
  over_50m_usd: { id: 'Di atas US$50 juta per tahun', en: 'Over US$50m a year', ms: 'Melebihi US$50 juta setahun' },
};

export const REVENUE_BANDS: readonly RevenueBand[] = entriesFromLabels(REVENUE_BAND_CODES, REVENUE_BAND_LABELS);

const revenueBandsByCode = indexByCode(REVENUE_BANDS);

export function findRevenueBand(code: string): RevenueBand | undefined {
  return revenueBandsByCode.get(code);
}

export const revenueBandCodeSchema = z.enum(REVENUE_BAND_CODES);
