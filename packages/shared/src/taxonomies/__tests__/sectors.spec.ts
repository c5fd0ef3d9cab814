import { describe, expect, it } from '@jest/globals';
import { LOCALES } from '../../common/locale.js';
import {
  DIVISIONS,
  DIVISION_CODES,
  SECTIONS,
  SECTION_CODES,
  SECTORS,
  divisionCodeSchema,
  divisionsOf,
  findDivision,
  findSection,
  findSector,
  isDivisionCode,
  isSectionCode,
  sectionCodeSchema,
  sectionOf,
  sectorCodeSchema,
} from '../sectors.js';
import { label } from '../taxonomy.js';

// The ISIC Rev.4 division numbers of each section, written out independently of the data under test.
const ISIC_RANGES: Record<string, [number, number]> = {
  A: [1, 3], B: [5, 9], C: [10, 33], D: [35, 35], E: [36, 39], F: [41, 43], G: [45, 47],
  H: [49, 53], I: [55, 56], J: [58, 63], K: [64, 66], L: [68, 68], M: [69, 75], N: [77, 82],
  O: [84, 84], P: [85, 85], Q: [86, 88], R: [90, 93], S: [94, 96], T: [97, 98], U: [99, 99],
};

function expectedDivisionCodes(): string[] {
  return Object.entries(ISIC_RANGES).flatMap(([section, [from, to]]) =>
    Array.from({ length: to - from + 1 }, (_, i) => `${section}${String(from + i).padStart(2, '0')}`),
  );
}

describe('sectors (ISIC Rev.4 / KBLI 2020 / MSIC 2008)', () => {
  it('has the 21 sections A to U, in order', () => {
    expect(SECTIONS.map((s) => s.code)).toEqual('ABCDEFGHIJKLMNOPQRSTU'.split(''));
    expect(SECTION_CODES).toHaveLength(21);
  });

  it('has all 88 ISIC divisions and no other', () => {
    expect(DIVISIONS).toHaveLength(88);
    expect(DIVISIONS.map((d) => d.code)).toEqual(expectedDivisionCodes());
    expect([...DIVISION_CODES]).toEqual(expectedDivisionCodes());
  });

  it('puts every division under an existing section and within that section’s ISIC range', () => {
    for (const division of DIVISIONS) {
      expect(findSection(division.section)).toBeDefined();
      expect(division.code).toBe(`${division.section}${division.isic}`);
      const [from, to] = ISIC_RANGES[division.section];
      const number = Number(division.isic);
      expect(number).toBeGreaterThanOrEqual(from);
      expect(number).toBeLessThanOrEqual(to);
    }
  });

  it('gives every section at least one division', () => {
    for (const section of SECTIONS) expect(divisionsOf(section.code).length).toBeGreaterThan(0);
  });

  it('has unique codes across sections and divisions', () => {
    const codes = SECTORS.map((s) => s.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toHaveLength(21 + 88);
  });

  it('lists each section followed by its own divisions', () => {
    let currentSection = '';
    for (const sector of SECTORS) {
      if (sector.level === 'section') currentSection = sector.code;
      else expect(sector.section).toBe(currentSection);
    }
  });

  it('labels every section and division in id, en and ms, without stray whitespace', () => {
    for (const sector of SECTORS) {
      for (const locale of LOCALES) {
        const text = label(sector, locale);
        expect(text.trim()).toBe(text);
        expect(text.length).toBeGreaterThan(2);
        expect(text).not.toMatch(/\s{2,}|\n/);
      }
    }
  });

  it('has a distinct division title in each language, so no label was copied onto the wrong code', () => {
    for (const locale of LOCALES) {
      const titles = DIVISIONS.map((d) => d.label[locale]);
      expect(new Set(titles).size).toBe(titles.length);
    }
  });

  it('uses the KBLI 2020 titles in Indonesian, MSIC 2008 in Malay and ISIC Rev.4 in English', () => {
    expect(findDivision('C10')?.label).toEqual({
      id: 'Industri Makanan',
      en: 'Manufacture of food products',
      ms: 'Pembuatan produk makanan',
    });
    expect(findDivision('A01')?.label.id).toBe('Pertanian Tanaman, Peternakan, Perburuan dan Kegiatan YBDI');
    expect(findDivision('A01')?.label.en).toBe('Crop and animal production, hunting and related service activities');
    expect(findSection('C')?.label).toEqual({ id: 'Industri Pengolahan', en: 'Manufacturing', ms: 'Pembuatan' });
    expect(findDivision('J62')?.label.en).toBe('Computer programming, consultancy and related activities');
    expect(findDivision('D35')?.label.ms).toBe('Bekalan elektrik, gas, wap dan pendingin udara');
  });

  it('finds a section or a division by code and nothing for an unknown code', () => {
    expect(findSector('C')?.level).toBe('section');
    expect(findSector('C10')?.level).toBe('division');
    expect(findSector('C34')).toBeUndefined();
    expect(findSector('c10')).toBeUndefined();
    expect(findSection('C10')).toBeUndefined();
    expect(findDivision('C')).toBeUndefined();
    expect(isSectionCode('U')).toBe(true);
    expect(isSectionCode('V')).toBe(false);
    expect(isDivisionCode('U99')).toBe(true);
    expect(isDivisionCode('A04')).toBe(false);
  });

  it('tells the section of a division or of a section', () => {
    expect(sectionOf('C10')).toBe('C');
    expect(sectionOf('C')).toBe('C');
    expect(sectionOf('U99')).toBe('U');
    expect(sectionOf('Z99')).toBeUndefined();
  });

  it('lists the divisions of a section', () => {
    expect(divisionsOf('C').map((d) => d.code)).toHaveLength(24);
    expect(divisionsOf('A').map((d) => d.code)).toEqual(['A01', 'A02', 'A03']);
    expect(divisionsOf('L').map((d) => d.code)).toEqual(['L68']);
    expect(divisionsOf('Z')).toEqual([]);
  });

  it('accepts section or division codes in sectorCodeSchema and rejects anything else', () => {
    for (const good of ['A', 'C', 'U', 'A01', 'C10', 'C33', 'U99']) expect(sectorCodeSchema.safeParse(good).success).toBe(true);
    for (const bad of ['', 'V', 'c10', 'C1', 'C010', 'C34', 'A04', '10', 'C 10', ' C10', 10, null]) {
      expect(sectorCodeSchema.safeParse(bad).success).toBe(false);
    }
  });

  it('accepts only sections in sectionCodeSchema and only divisions in divisionCodeSchema', () => {
    expect(sectionCodeSchema.safeParse('C').success).toBe(true);
    expect(sectionCodeSchema.safeParse('C10').success).toBe(false);
    expect(divisionCodeSchema.safeParse('C10').success).toBe(true);
    expect(divisionCodeSchema.safeParse('C').success).toBe(false);
    expect(divisionCodeSchema.safeParse('D10').success).toBe(false);
  });
});
