import { z } from 'zod';
import type { LocalisedLabel } from '../common/locale.js';
import { entriesFromLabels, indexByCode, type CodeTuple, type TaxonomyEntry } from './taxonomy.js';

/** How money goes in: what an investor offers and what an opportunity asks for. */
export const INSTRUMENT_CODES = [
  'equity',
  'debt',
  'convertible',
  'joint_venture',
  'trade_finance',
  'offtake',
  'grant',
  'ppp',
] as const satisfies CodeTuple<string>;
export type InstrumentCode = (typeof INSTRUMENT_CODES)[number];
export type Instrument = TaxonomyEntry<InstrumentCode>;

const INSTRUMENT_LABELS: Record<InstrumentCode, LocalisedLabel> = {
  equity: { id: 'Ekuitas (penyertaan modal)', en: 'Equity', ms: 'Ekuiti' },
  debt: { id: 'Utang / pinjaman', en: 'Debt / loan', ms: 'Hutang / pinjaman' },
  convertible: { id: 'Instrumen konversi', en: 'Convertible note or loan', ms: 'Instrumen boleh tukar' },
  joint_venture: { id: 'Usaha patungan / kemitraan', en: 'Joint venture / partnership', ms: 'Usaha sama / perkongsian' },
  trade_finance: { id: 'Pembiayaan perdagangan', en: 'Trade finance', ms: 'Pembiayaan perdagangan' },
  offtake: { id: 'Kontrak offtake / pasokan', en: 'Offtake / supply contract', ms: 'Kontrak offtake / bekalan' },
  grant: { id: 'Hibah / CSR', en: 'Grant / CSR', ms: 'Geran / CSR' },
  ppp: {
    id: 'Kerja sama pemerintah dan badan usaha (KPBU)',
    en: 'Public–private partnership (PPP)',
    ms: 'Kerjasama awam-swasta (PPP)',
  },
};

export const INSTRUMENTS: readonly Instrument[] = entriesFromLabels(INSTRUMENT_CODES, INSTRUMENT_LABELS);

const instrumentsByCode = indexByCode(INSTRUMENTS);

export function findInstrument(code: string): Instrument | undefined {
  return instrumentsByCode.get(code);
}

export function isInstrumentCode(code: string): code is InstrumentCode {
  return instrumentsByCode.has(code);
}

export const instrumentCodeSchema = z.enum(INSTRUMENT_CODES);
