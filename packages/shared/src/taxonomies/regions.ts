import { z } from 'zod';
import type { LocalisedLabel } from '../common/locale.js';
import type { CountryCode } from './countries.js';
import type { IslandGroupCode } from './island-groups.js';
import { freezeEntry, indexByCode, type CodeTuple, type TaxonomyEntry } from './taxonomy.js';

// Regions are ISO 3166-2 subdivisions: Indonesia's 38 provinces (with the four Papua provinces of 2022),
// Malaysia's 13 states and 3 federal territories, and Brunei's 4 districts. The id and ms labels keep the
// official local name ("Kalimantan Barat", "Pulau Pinang"); en uses the English name where one is usual.

export const REGION_CODES = [
  // Indonesia: Sumatra
  'ID-AC', 'ID-SU', 'ID-SB', 'ID-RI', 'ID-KR', 'ID-JA', 'ID-SS', 'ID-BB', 'ID-BE', 'ID-LA',
  // Indonesia: Java
  'ID-JK', 'ID-JB', 'ID-JT', 'ID-YO', 'ID-JI', 'ID-BT',
  // Indonesia: Kalimantan
  'ID-KB', 'ID-KT', 'ID-KS', 'ID-KI', 'ID-KU',
  // Indonesia: Bali and Nusa Tenggara
  'ID-BA', 'ID-NB', 'ID-NT',
  // Indonesia: Sulawesi
  'ID-SA', 'ID-GO', 'ID-ST', 'ID-SR', 'ID-SN', 'ID-SG',
  // Indonesia: Maluku
  'ID-MA', 'ID-MU',
  // Indonesia: Papua
  'ID-PA', 'ID-PB', 'ID-PD', 'ID-PE', 'ID-PS', 'ID-PT',
  // Malaysia
  'MY-01', 'MY-02', 'MY-03', 'MY-04', 'MY-05', 'MY-06', 'MY-07', 'MY-08', 'MY-09', 'MY-10', 'MY-11',
  'MY-12', 'MY-13', 'MY-14', 'MY-15', 'MY-16',
  // Brunei
  'BN-BE', 'BN-BM', 'BN-TE', 'BN-TU',
] as const satisfies CodeTuple<string>;
export type RegionCode = (typeof REGION_CODES)[number];

/** The regions of Borneo: all of Kalimantan, Sarawak, Sabah, Labuan and the whole of Brunei. */
export const BORNEO_REGION_CODES = [
  'ID-KB', 'ID-KT', 'ID-KS', 'ID-KI', 'ID-KU', 'MY-13', 'MY-12', 'MY-15', 'BN-BE', 'BN-BM', 'BN-TE', 'BN-TU',
] as const satisfies readonly RegionCode[];
export type BorneoRegionCode = (typeof BORNEO_REGION_CODES)[number];

/**
 * The IANA zones regions are in. West and Central Kalimantan (Pontianak, Palangka Raya) are UTC+7 while
 * the rest of Borneo is UTC+8, which is why an edition carries its venue's zone.
 */
export const REGION_TIME_ZONES = [
  'Asia/Jakarta',
  'Asia/Pontianak',
  'Asia/Makassar',
  'Asia/Jayapura',
  'Asia/Kuala_Lumpur',
  'Asia/Kuching',
  'Asia/Brunei',
] as const satisfies CodeTuple<string>;
export type RegionTimeZone = (typeof REGION_TIME_ZONES)[number];

/** Countries that have regions; Singapore is a country without subdivisions here. */
export type RegionCountryCode = Exclude<CountryCode, 'SG'>;
export type RegionKind = 'province' | 'state' | 'federal_territory' | 'district';

export interface Region extends TaxonomyEntry<RegionCode> {
  readonly country: RegionCountryCode;
  readonly kind: RegionKind;
  readonly islandGroup: IslandGroupCode;
  readonly timeZone: RegionTimeZone;
  /** The seat of the provincial, state or district government, as spelt locally. */
  readonly capital: string;
}

type RegionData = Omit<Region, 'code'>;

function province(
  islandGroup: IslandGroupCode,
  timeZone: RegionTimeZone,
  capital: string,
  localName: string,
  englishName: string = localName,
): RegionData {
  return { country: 'ID', kind: 'province', islandGroup, timeZone, capital, label: names(localName, englishName) };
}

function malaysian(
  kind: 'state' | 'federal_territory',
  islandGroup: 'peninsular-malaysia' | 'borneo',
  capital: string,
  localName: string,
  englishName: string = localName,
): RegionData {
  // Sabah, Sarawak and Labuan keep Asia/Kuching; the peninsula Asia/Kuala_Lumpur (both UTC+8 today).
  const timeZone = islandGroup === 'borneo' ? 'Asia/Kuching' : 'Asia/Kuala_Lumpur';
  return { country: 'MY', kind, islandGroup, timeZone, capital, label: names(localName, englishName) };
}

function bruneiDistrict(capital: string, label: LocalisedLabel): RegionData {
  return { country: 'BN', kind: 'district', islandGroup: 'borneo', timeZone: 'Asia/Brunei', capital, label };
}

function names(localName: string, englishName: string): LocalisedLabel {
  return { id: localName, en: englishName, ms: localName };
}

const REGION_DATA: Record<RegionCode, RegionData> = {
  'ID-AC': province('sumatra', 'Asia/Jakarta', 'Banda Aceh', 'Aceh'),
  'ID-SU': province('sumatra', 'Asia/Jakarta', 'Medan', 'Sumatera Utara', 'North Sumatra'),
  'ID-SB': province('sumatra', 'Asia/Jakarta', 'Padang', 'Sumatera Barat', 'West Sumatra'),
  'ID-RI': province('sumatra', 'Asia/Jakarta', 'Pekanbaru', 'Riau'),
  'ID-KR': province('sumatra', 'Asia/Jakarta', 'Tanjungpinang', 'Kepulauan Riau', 'Riau Islands'),
  'ID-JA': province('sumatra', 'Asia/Jakarta', 'Jambi', 'Jambi'),
  'ID-SS': province('sumatra', 'Asia/Jakarta', 'Palembang', 'Sumatera Selatan', 'South Sumatra'),
  'ID-BB': province('sumatra', 'Asia/Jakarta', 'Pangkalpinang', 'Kepulauan Bangka Belitung', 'Bangka Belitung Islands'),
  'ID-BE': province('sumatra', 'Asia/Jakarta', 'Bengkulu', 'Bengkulu'),
  'ID-LA': province('sumatra', 'Asia/Jakarta', 'Bandar Lampung', 'Lampung'),

  'ID-JK': province('java', 'Asia/Jakarta', 'Jakarta', 'Jakarta'),
  'ID-JB': province('java', 'Asia/Jakarta', 'Bandung', 'Jawa Barat', 'West Java'),
  'ID-JT': province('java', 'Asia/Jakarta', 'Semarang', 'Jawa Tengah', 'Central Java'),
  'ID-YO': province('java', 'Asia/Jakarta', 'Yogyakarta', 'Daerah Istimewa Yogyakarta', 'Special Region of Yogyakarta'),
  'ID-JI': province('java', 'Asia/Jakarta', 'Surabaya', 'Jawa Timur', 'East Java'),
  'ID-BT': province('java', 'Asia/Jakarta', 'Serang', 'Banten'),

  'ID-KB': province('borneo', 'Asia/Pontianak', 'Pontianak', 'Kalimantan Barat', 'West Kalimantan'),
  'ID-KT': province('borneo', 'Asia/Pontianak', 'Palangka Raya', 'Kalimantan Tengah', 'Central Kalimantan'),
  // The seat moved from Banjarmasin to Banjarbaru in 2022.
  'ID-KS': province('borneo', 'Asia/Makassar', 'Banjarbaru', 'Kalimantan Selatan', 'South Kalimantan'),
  'ID-KI': province('borneo', 'Asia/Makassar', 'Samarinda', 'Kalimantan Timur', 'East Kalimantan'),
  'ID-KU': province('borneo', 'Asia/Makassar', 'Tanjung Selor', 'Kalimantan Utara', 'North Kalimantan'),

  'ID-BA': province('bali-nusa-tenggara', 'Asia/Makassar', 'Denpasar', 'Bali'),
  'ID-NB': province('bali-nusa-tenggara', 'Asia/Makassar', 'Mataram', 'Nusa Tenggara Barat', 'West Nusa Tenggara'),
  'ID-NT': province('bali-nusa-tenggara', 'Asia/Makassar', 'Kupang', 'Nusa Tenggara Timur', 'East Nusa Tenggara'),

  'ID-SA': province('sulawesi', 'Asia/Makassar', 'Manado', 'Sulawesi Utara', 'North Sulawesi'),
  'ID-GO': province('sulawesi', 'Asia/Makassar', 'Gorontalo', 'Gorontalo'),
  'ID-ST': province('sulawesi', 'Asia/Makassar', 'Palu', 'Sulawesi Tengah', 'Central Sulawesi'),
  'ID-SR': province('sulawesi', 'Asia/Makassar', 'Mamuju', 'Sulawesi Barat', 'West Sulawesi'),
  'ID-SN': province('sulawesi', 'Asia/Makassar', 'Makassar', 'Sulawesi Selatan', 'South Sulawesi'),
  'ID-SG': province('sulawesi', 'Asia/Makassar', 'Kendari', 'Sulawesi Tenggara', 'Southeast Sulawesi'),

  'ID-MA': province('maluku', 'Asia/Jayapura', 'Ambon', 'Maluku'),
  'ID-MU': province('maluku', 'Asia/Jayapura', 'Sofifi', 'Maluku Utara', 'North Maluku'),

  'ID-PA': province('papua', 'Asia/Jayapura', 'Jayapura', 'Papua'),
  'ID-PB': province('papua', 'Asia/Jayapura', 'Manokwari', 'Papua Barat', 'West Papua'),
  'ID-PD': province('papua', 'Asia/Jayapura', 'Sorong', 'Papua Barat Daya', 'Southwest Papua'),
  'ID-PE': province('papua', 'Asia/Jayapura', 'Wamena', 'Papua Pegunungan', 'Highland Papua'),
  'ID-PS': province('papua', 'Asia/Jayapura', 'Merauke', 'Papua Selatan', 'South Papua'),
  'ID-PT': province('papua', 'Asia/Jayapura', 'Nabire', 'Papua Tengah', 'Central Papua'),

  'MY-01': malaysian('state', 'peninsular-malaysia', 'Johor Bahru', 'Johor'),
  'MY-02': malaysian('state', 'peninsular-malaysia', 'Alor Setar', 'Kedah'),
  'MY-03': malaysian('state', 'peninsular-malaysia', 'Kota Bharu', 'Kelantan'),
  'MY-04': malaysian('state', 'peninsular-malaysia', 'Melaka', 'Melaka', 'Malacca'),
  'MY-05': malaysian('state', 'peninsular-malaysia', 'Seremban', 'Negeri Sembilan'),
  'MY-06': malaysian('state', 'peninsular-malaysia', 'Kuantan', 'Pahang'),
  'MY-07': malaysian('state', 'peninsular-malaysia', 'George Town', 'Pulau Pinang', 'Penang'),
  'MY-08': malaysian('state', 'peninsular-malaysia', 'Ipoh', 'Perak'),
  'MY-09': malaysian('state', 'peninsular-malaysia', 'Kangar', 'Perlis'),
  'MY-10': malaysian('state', 'peninsular-malaysia', 'Shah Alam', 'Selangor'),
  'MY-11': malaysian('state', 'peninsular-malaysia', 'Kuala Terengganu', 'Terengganu'),
  'MY-12': malaysian('state', 'borneo', 'Kota Kinabalu', 'Sabah'),
  'MY-13': malaysian('state', 'borneo', 'Kuching', 'Sarawak'),
  'MY-14': malaysian(
    'federal_territory',
    'peninsular-malaysia',
    'Kuala Lumpur',
    'Wilayah Persekutuan Kuala Lumpur',
    'Federal Territory of Kuala Lumpur',
  ),
  'MY-15': malaysian('federal_territory', 'borneo', 'Victoria', 'Wilayah Persekutuan Labuan', 'Federal Territory of Labuan'),
  'MY-16': malaysian(
    'federal_territory',
    'peninsular-malaysia',
    'Putrajaya',
    'Wilayah Persekutuan Putrajaya',
    'Federal Territory of Putrajaya',
  ),

  'BN-BE': bruneiDistrict('Kuala Belait', { id: 'Belait', en: 'Belait', ms: 'Belait' }),
  'BN-BM': bruneiDistrict('Bandar Seri Begawan', { id: 'Brunei-Muara', en: 'Brunei-Muara', ms: 'Brunei dan Muara' }),
  'BN-TE': bruneiDistrict('Bangar', { id: 'Temburong', en: 'Temburong', ms: 'Temburong' }),
  'BN-TU': bruneiDistrict('Tutong', { id: 'Tutong', en: 'Tutong', ms: 'Tutong' }),
};

export const REGIONS: readonly Region[] = Object.freeze(
  REGION_CODES.map((code): Region => freezeEntry({ code, ...REGION_DATA[code] })),
);

const regionsByCode = indexByCode(REGIONS);
const borneoCodes: ReadonlySet<string> = new Set(BORNEO_REGION_CODES);

export function findRegion(code: string): Region | undefined {
  return regionsByCode.get(code);
}

export function isRegionCode(code: string): code is RegionCode {
  return regionsByCode.has(code);
}

export function isBorneoRegion(code: string): code is BorneoRegionCode {
  return borneoCodes.has(code);
}

/** The regions of a country, in the order of REGION_CODES; empty for Singapore or an unknown code. */
export function regionsOfCountry(country: string): readonly Region[] {
  return REGIONS.filter((region) => region.country === country);
}

/** The regions of an island group (`borneo`, `java`, …) across all three countries. */
export function regionsOfIsland(islandGroup: string): readonly Region[] {
  return REGIONS.filter((region) => region.islandGroup === islandGroup);
}

/** The IANA time zone of a region: `timeZoneOfRegion('ID-KB') === 'Asia/Pontianak'`. */
export function timeZoneOfRegion(code: RegionCode): RegionTimeZone;
export function timeZoneOfRegion(code: string): RegionTimeZone | undefined;
export function timeZoneOfRegion(code: string): RegionTimeZone | undefined {
  return regionsByCode.get(code)?.timeZone;
}

export const regionCodeSchema = z.enum(REGION_CODES);
export const regionTimeZoneSchema = z.enum(REGION_TIME_ZONES);
