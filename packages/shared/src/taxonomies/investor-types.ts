import { z } from 'zod';
import type { LocalisedLabel } from '../common/locale.js';
import { entriesFromLabels, indexByCode, type CodeTuple, type TaxonomyEntry } from './taxonomy.js';

/** What kind of investor a profile belongs to (`investorType` of an investor profile). */
export const INVESTOR_TYPE_CODES = [
  'angel',
  'venture_fund',
  'corporate',
  'family_office',
  'bank',
  'state_fund',
  'development_finance',
  'private_equity',
  'impact_fund',
  'cooperative',
] as const satisfies CodeTuple<string>;
export type InvestorTypeCode = (typeof INVESTOR_TYPE_CODES)[number];
export type InvestorType = TaxonomyEntry<InvestorTypeCode>;

const INVESTOR_TYPE_LABELS: Record<InvestorTypeCode, LocalisedLabel> = {
  angel: { id: 'Investor angel', en: 'Angel investor', ms: 'Pelabur angel' },
  venture_fund: { id: 'Dana modal ventura', en: 'Venture capital fund', ms: 'Dana modal teroka' },
  corporate: { id: 'Investor korporasi', en: 'Corporate investor', ms: 'Pelabur korporat' },
  family_office: { id: 'Kantor keluarga (family office)', en: 'Family office', ms: 'Pejabat keluarga (family office)' },
  bank: { id: 'Bank', en: 'Bank', ms: 'Bank' },
  state_fund: { id: 'Dana negara atau dana pembangunan', en: 'State or development fund', ms: 'Dana negara atau dana pembangunan' },
  development_finance: {
    id: 'Lembaga pembiayaan pembangunan',
    en: 'Development finance institution',
    ms: 'Institusi kewangan pembangunan',
  },
  private_equity: { id: 'Dana ekuitas swasta', en: 'Private equity', ms: 'Ekuiti persendirian' },
  impact_fund: { id: 'Dana investasi berdampak', en: 'Impact fund', ms: 'Dana pelaburan berimpak' },
  cooperative: { id: 'Koperasi', en: 'Cooperative', ms: 'Koperasi' },
};

export const INVESTOR_TYPES: readonly InvestorType[] = entriesFromLabels(INVESTOR_TYPE_CODES, INVESTOR_TYPE_LABELS);

const investorTypesByCode = indexByCode(INVESTOR_TYPES);

export function findInvestorType(code: string): InvestorType | undefined {
  return investorTypesByCode.get(code);
}

export function isInvestorTypeCode(code: string): code is InvestorTypeCode {
  return investorTypesByCode.has(code);
}

export const investorTypeCodeSchema = z.enum(INVESTOR_TYPE_CODES);
