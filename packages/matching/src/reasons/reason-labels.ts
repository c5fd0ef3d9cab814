import type { Locale } from '@serumpun/shared';
import type { ReasonCode } from './reason-codes.js';

type Template = (detail: string) => string;

// Labels follow the house wording of each language: Indonesian "wilayah", "tahap", "keberlanjutan";
// Malay "kawasan", "peringkat", "kemampanan", "mesyuarat". The detail (a sector, a region, a list of
// instruments) is already in the same language, taken from the shared taxonomies.
const LABELS: Record<ReasonCode, Record<Locale, Template>> = {
  'sector.same': {
    id: (d) => `Sektor sama: ${d}`,
    en: (d) => `Same sector: ${d}`,
    ms: (d) => `Sektor sama: ${d}`,
  },
  'sector.same_section': {
    id: (d) => `Seksi sektor sama: ${d}`,
    en: (d) => `Same sector section: ${d}`,
    ms: (d) => `Seksyen sektor sama: ${d}`,
  },
  'sector.open': {
    id: () => 'Terbuka untuk semua sektor',
    en: () => 'Open to any sector',
    ms: () => 'Terbuka kepada semua sektor',
  },
  'sector.unknown': {
    id: () => 'Sektor belum diisi',
    en: () => 'Sector not given',
    ms: () => 'Sektor tidak dinyatakan',
  },
  'region.interest': {
    id: (d) => `Wilayah minat: ${d}`,
    en: (d) => `Region of interest: ${d}`,
    ms: (d) => `Kawasan diminati: ${d}`,
  },
  'region.home': {
    id: (d) => `Berkantor di ${d}`,
    en: (d) => `Based in ${d}`,
    ms: (d) => `Berpangkalan di ${d}`,
  },
  'region.same_island': {
    id: (d) => `Pulau yang sama: ${d}`,
    en: (d) => `Same island: ${d}`,
    ms: (d) => `Pulau yang sama: ${d}`,
  },
  'region.same_country': {
    id: (d) => `Negara yang sama: ${d}`,
    en: (d) => `Same country: ${d}`,
    ms: (d) => `Negara yang sama: ${d}`,
  },
  'region.open': {
    id: () => 'Terbuka untuk semua wilayah',
    en: () => 'Open to any region',
    ms: () => 'Terbuka kepada semua kawasan',
  },
  'region.unknown': {
    id: () => 'Wilayah belum diisi',
    en: () => 'Region not given',
    ms: () => 'Kawasan tidak dinyatakan',
  },
  'ticket.fit': {
    id: () => 'Ukuran investasi sesuai',
    en: () => 'Ticket size fits',
    ms: () => 'Saiz pelaburan sesuai',
  },
  'ticket.above_range': {
    id: () => 'Nilai di atas rentang investasi',
    en: () => 'Amount above the ticket range',
    ms: () => 'Jumlah melebihi julat pelaburan',
  },
  'ticket.below_range': {
    id: () => 'Nilai di bawah rentang investasi',
    en: () => 'Amount below the ticket range',
    ms: () => 'Jumlah di bawah julat pelaburan',
  },
  'ticket.open': {
    id: () => 'Terbuka untuk semua ukuran investasi',
    en: () => 'Open to any ticket size',
    ms: () => 'Terbuka kepada semua saiz pelaburan',
  },
  'ticket.unknown': {
    id: () => 'Nilai investasi belum diisi',
    en: () => 'Amount not given',
    ms: () => 'Jumlah pelaburan tidak dinyatakan',
  },
  'instrument.shared': {
    id: (d) => `Instrumen sama: ${d}`,
    en: (d) => `Shared instrument: ${d}`,
    ms: (d) => `Instrumen sama: ${d}`,
  },
  'instrument.open': {
    id: () => 'Terbuka untuk semua instrumen',
    en: () => 'Open to any instrument',
    ms: () => 'Terbuka kepada semua instrumen',
  },
  'instrument.unknown': {
    id: () => 'Instrumen belum diisi',
    en: () => 'Instruments not given',
    ms: () => 'Instrumen tidak dinyatakan',
  },
  'stage.fit': {
    id: (d) => `Tahap sesuai: ${d}`,
    en: (d) => `Stage fits: ${d}`,
    ms: (d) => `Peringkat sesuai: ${d}`,
  },
  'stage.open': {
    id: () => 'Terbuka untuk semua tahap',
    en: () => 'Open to any stage',
    ms: () => 'Terbuka kepada semua peringkat',
  },
  'stage.unknown': {
    id: () => 'Tahap belum diisi',
    en: () => 'Stage not given',
    ms: () => 'Peringkat tidak dinyatakan',
  },
  'language.shared': {
    id: (d) => `Bahasa pertemuan sama: ${d}`,
    en: (d) => `Shared meeting language: ${d}`,
    ms: (d) => `Bahasa mesyuarat sama: ${d}`,
  },
  'language.unknown': {
    id: () => 'Bahasa pertemuan belum diisi',
    en: () => 'Meeting languages not given',
    ms: () => 'Bahasa mesyuarat tidak dinyatakan',
  },
  'sustainability.wanted': {
    id: (d) => `Keberlanjutan yang dicari: ${d}`,
    en: (d) => `Sustainability asked for: ${d}`,
    ms: (d) => `Kemampanan yang dicari: ${d}`,
  },
  'sustainability.valued': {
    id: (d) => `Investor mencari: ${d}`,
    en: (d) => `Investor looks for: ${d}`,
    ms: (d) => `Pelabur mencari: ${d}`,
  },
  'sustainability.open': {
    id: () => 'Keberlanjutan tidak menjadi syarat',
    en: () => 'Sustainability not a condition',
    ms: () => 'Kemampanan bukan syarat',
  },
  'sustainability.unknown': {
    id: () => 'Minat keberlanjutan belum diisi',
    en: () => 'Sustainability interests not given',
    ms: () => 'Minat kemampanan tidak dinyatakan',
  },
};

/** The label of a reason in one interface language; `detail` is the localised sector, region, list, … */
export function reasonLabel(code: ReasonCode, locale: Locale, detail = ''): string {
  return LABELS[code][locale](detail);
}
