import { describe, expect, it } from '@jest/globals';
import { LOCALES } from '../../common/locale.js';
import { COUNTRIES, countryCodeSchema, findCountry } from '../countries.js';
import { isCurrencyCode } from '../currencies.js';
import { ISLAND_GROUPS, findIslandGroup, islandGroupCodeSchema } from '../island-groups.js';
import {
  BORNEO_REGION_CODES,
  REGIONS,
  REGION_TIME_ZONES,
  findRegion,
  isBorneoRegion,
  regionCodeSchema,
  regionsOfCountry,
  regionsOfIsland,
  timeZoneOfRegion,
} from '../regions.js';

function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat(undefined, { timeZone });
    return true;
  } catch {
    return false;
  }
}

describe('regions (ISO 3166-2)', () => {
  it('has the 38 provinces of Indonesia, including the four Papua provinces of 2022', () => {
    const indonesia = regionsOfCountry('ID');
    expect(indonesia).toHaveLength(38);
    expect(indonesia.every((r) => r.kind === 'province')).toBe(true);
    for (const code of ['ID-PA', 'ID-PB', 'ID-PD', 'ID-PE', 'ID-PS', 'ID-PT', 'ID-KU']) {
      expect(findRegion(code)?.country).toBe('ID');
    }
    expect(findRegion('ID-PD')?.label.id).toBe('Papua Barat Daya');
    expect(findRegion('ID-PE')?.label.id).toBe('Papua Pegunungan');
    expect(findRegion('ID-PS')?.label.id).toBe('Papua Selatan');
    expect(findRegion('ID-PT')?.label.id).toBe('Papua Tengah');
  });

  it('has the 13 states and 3 federal territories of Malaysia, MY-01 to MY-16', () => {
    const malaysia = regionsOfCountry('MY');
    expect(malaysia.map((r) => r.code)).toEqual(Array.from({ length: 16 }, (_, i) => `MY-${String(i + 1).padStart(2, '0')}`));
    expect(malaysia.filter((r) => r.kind === 'state')).toHaveLength(13);
    expect(malaysia.filter((r) => r.kind === 'federal_territory').map((r) => r.code)).toEqual(['MY-14', 'MY-15', 'MY-16']);
    expect(findRegion('MY-13')?.label.ms).toBe('Sarawak');
    expect(findRegion('MY-12')?.label.ms).toBe('Sabah');
  });

  it('has the 4 districts of Brunei', () => {
    expect(regionsOfCountry('BN').map((r) => r.code)).toEqual(['BN-BE', 'BN-BM', 'BN-TE', 'BN-TU']);
  });

  it('has no regions for Singapore or an unknown country', () => {
    expect(regionsOfCountry('SG')).toEqual([]);
    expect(regionsOfCountry('XX')).toEqual([]);
  });

  it('has unique, well-formed codes whose prefix is the region’s country', () => {
    const codes = REGIONS.map((r) => r.code);
    expect(codes).toHaveLength(58);
    expect(new Set(codes).size).toBe(codes.length);
    for (const region of REGIONS) {
      expect(region.code).toMatch(/^(ID-[A-Z]{2}|MY-(0[1-9]|1[0-6])|BN-[A-Z]{2})$/);
      expect(region.code.slice(0, 2)).toBe(region.country);
    }
  });

  it('labels every region in id, en and ms and names its capital', () => {
    for (const region of REGIONS) {
      for (const locale of LOCALES) expect(region.label[locale].trim().length).toBeGreaterThan(1);
      expect(region.capital.trim().length).toBeGreaterThan(1);
    }
  });

  it('keeps the local name in id and ms and the English name in en', () => {
    expect(findRegion('ID-KB')?.label).toEqual({ id: 'Kalimantan Barat', en: 'West Kalimantan', ms: 'Kalimantan Barat' });
    expect(findRegion('MY-07')?.label).toEqual({ id: 'Pulau Pinang', en: 'Penang', ms: 'Pulau Pinang' });
    expect(findRegion('ID-KB')?.capital).toBe('Pontianak');
    expect(findRegion('MY-13')?.capital).toBe('Kuching');
  });

  it('defines Borneo as exactly the Kalimantan provinces, Sarawak, Sabah, Labuan and Brunei', () => {
    expect([...BORNEO_REGION_CODES]).toEqual([
      'ID-KB', 'ID-KT', 'ID-KS', 'ID-KI', 'ID-KU', 'MY-13', 'MY-12', 'MY-15', 'BN-BE', 'BN-BM', 'BN-TE', 'BN-TU',
    ]);
    for (const code of BORNEO_REGION_CODES) expect(findRegion(code)?.islandGroup).toBe('borneo');
    expect(new Set(regionsOfIsland('borneo').map((r) => r.code))).toEqual(new Set(BORNEO_REGION_CODES));
    expect(isBorneoRegion('MY-15')).toBe(true);
    expect(isBorneoRegion('MY-14')).toBe(false);
  });

  it('counts Riau Islands and Bangka-Belitung as Sumatra and the peninsula’s territories as Peninsular Malaysia', () => {
    expect(findRegion('ID-KR')?.islandGroup).toBe('sumatra');
    expect(findRegion('ID-BB')?.islandGroup).toBe('sumatra');
    expect(regionsOfIsland('sumatra')).toHaveLength(10);
    expect(regionsOfIsland('java').map((r) => r.code)).toEqual(['ID-JK', 'ID-JB', 'ID-JT', 'ID-YO', 'ID-JI', 'ID-BT']);
    expect(regionsOfIsland('peninsular-malaysia')).toHaveLength(13);
    expect(findRegion('MY-14')?.islandGroup).toBe('peninsular-malaysia');
  });

  it('puts every region in a known island group and every island group has regions', () => {
    for (const region of REGIONS) expect(findIslandGroup(region.islandGroup)).toBeDefined();
    for (const group of ISLAND_GROUPS) expect(regionsOfIsland(group.code).length).toBeGreaterThan(0);
  });

  it('gives every region a valid IANA time zone', () => {
    for (const zone of REGION_TIME_ZONES) expect(isValidTimeZone(zone)).toBe(true);
    for (const region of REGIONS) expect(isValidTimeZone(region.timeZone)).toBe(true);
    expect(isValidTimeZone('Asia/Nowhere')).toBe(false);
  });

  it('puts West and Central Kalimantan on UTC+7 and the rest of Borneo on UTC+8', () => {
    expect(timeZoneOfRegion('ID-KB')).toBe('Asia/Pontianak');
    expect(timeZoneOfRegion('ID-KT')).toBe('Asia/Pontianak');
    for (const code of ['ID-KS', 'ID-KI', 'ID-KU']) expect(timeZoneOfRegion(code)).toBe('Asia/Makassar');
    for (const code of ['MY-12', 'MY-13', 'MY-15']) expect(timeZoneOfRegion(code)).toBe('Asia/Kuching');
    for (const code of ['BN-BE', 'BN-BM', 'BN-TE', 'BN-TU']) expect(timeZoneOfRegion(code)).toBe('Asia/Brunei');

    const offsetHours = (timeZone: string) => {
      const part = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'shortOffset' })
        .formatToParts(new Date('2025-10-30T03:00:00Z'))
        .find((p) => p.type === 'timeZoneName')?.value;
      return part;
    };
    expect(offsetHours(timeZoneOfRegion('ID-KB'))).toBe('GMT+7');
    for (const code of BORNEO_REGION_CODES.filter((c) => c !== 'ID-KB' && c !== 'ID-KT')) {
      expect(offsetHours(timeZoneOfRegion(code))).toBe('GMT+8');
    }
  });

  it('follows Indonesia’s three zones and Malaysia’s two names for UTC+8', () => {
    const expectedZone = (islandGroup: string, code: string): string => {
      if (islandGroup === 'sumatra' || islandGroup === 'java') return 'Asia/Jakarta';
      if (code === 'ID-KB' || code === 'ID-KT') return 'Asia/Pontianak';
      if (islandGroup === 'maluku' || islandGroup === 'papua') return 'Asia/Jayapura';
      if (code.startsWith('ID-')) return 'Asia/Makassar';
      if (code.startsWith('BN-')) return 'Asia/Brunei';
      return islandGroup === 'borneo' ? 'Asia/Kuching' : 'Asia/Kuala_Lumpur';
    };
    for (const region of REGIONS) expect([region.code, region.timeZone]).toEqual([region.code, expectedZone(region.islandGroup, region.code)]);
  });

  it('knows no time zone for an unknown region', () => {
    expect(timeZoneOfRegion('ID-XX')).toBeUndefined();
  });

  it('accepts ISO 3166-2 codes in regionCodeSchema and rejects anything else', () => {
    for (const good of ['ID-KB', 'ID-PD', 'MY-01', 'MY-16', 'BN-TU']) expect(regionCodeSchema.safeParse(good).success).toBe(true);
    for (const bad of ['id-kb', 'ID-XX', 'ID-IJ', 'MY-17', 'MY-1', 'BN-XX', 'SG', 'SG-01', 'ID', '', 13, undefined]) {
      expect(regionCodeSchema.safeParse(bad).success).toBe(false);
    }
  });
});

describe('countries and island groups', () => {
  it('has Indonesia, Malaysia, Brunei and Singapore, each with a known default currency', () => {
    expect(COUNTRIES.map((c) => c.code)).toEqual(['ID', 'MY', 'BN', 'SG']);
    expect(COUNTRIES.map((c) => c.defaultCurrency)).toEqual(['IDR', 'MYR', 'BND', 'SGD']);
    for (const country of COUNTRIES) {
      expect(isCurrencyCode(country.defaultCurrency)).toBe(true);
      for (const locale of LOCALES) expect(country.label[locale].length).toBeGreaterThan(0);
    }
    expect(findCountry('SG')?.label.id).toBe('Singapura');
  });

  it('accepts only the four country codes', () => {
    for (const good of ['ID', 'MY', 'BN', 'SG']) expect(countryCodeSchema.safeParse(good).success).toBe(true);
    for (const bad of ['id', 'TH', 'IDN', '']) expect(countryCodeSchema.safeParse(bad).success).toBe(false);
  });

  it('has lowercase island group slugs with labels in all three languages', () => {
    expect(ISLAND_GROUPS.map((g) => g.code).sort()).toEqual(
      ['bali-nusa-tenggara', 'borneo', 'java', 'maluku', 'papua', 'peninsular-malaysia', 'sulawesi', 'sumatra'],
    );
    for (const group of ISLAND_GROUPS) {
      expect(group.code).toMatch(/^[a-z]+(-[a-z]+)*$/);
      for (const locale of LOCALES) expect(group.label[locale].length).toBeGreaterThan(0);
    }
    expect(islandGroupCodeSchema.safeParse('borneo').success).toBe(true);
    expect(islandGroupCodeSchema.safeParse('Borneo').success).toBe(false);
    expect(islandGroupCodeSchema.safeParse('kalimantan').success).toBe(false);
  });
});
