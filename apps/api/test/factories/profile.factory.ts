import type { AuthSession, BusinessProfile, BusinessProfileInput, InvestorProfile, InvestorProfileInput } from '@serumpun/shared';
import type { HttpClient } from '../support/http-client.js';
import { registerUser } from './user.factory.js';

export function buildInvestorProfile(overrides: Partial<InvestorProfileInput> = {}): InvestorProfileInput {
  return {
    organisation: 'Modal Ventura Khatulistiwa',
    investorType: 'venture_fund',
    countryCode: 'ID',
    regionCode: 'ID-JK',
    sectors: ['C10', 'A01'],
    regions: ['ID-KB', 'MY-13'],
    ticketMin: { amount: '250000.00', currency: 'USD' },
    ticketMax: { amount: '2000000.00', currency: 'USD' },
    instruments: ['equity', 'convertible'],
    stages: ['early_revenue', 'growth'],
    languages: ['id', 'en'],
    bio: 'Kami berinvestasi pada usaha pangan dan agribisnis di Kalimantan.',
    website: 'https://khatulistiwa.example.id',
    visible: true,
    ...overrides,
  };
}

export function buildBusinessProfile(overrides: Partial<BusinessProfileInput> = {}): BusinessProfileInput {
  return {
    companyName: 'PT Kopi Liberika Kayong',
    legalForm: 'id_pt',
    registrationNumber: '9120001234567',
    countryCode: 'ID',
    regionCode: 'ID-KB',
    sectors: ['C10'],
    foundedYear: 2016,
    employees: 42,
    revenueBand: '100k_1m_usd',
    description: 'Pengolahan kopi liberika dari lahan gambut Kayong Utara untuk pasar ekspor.',
    website: null,
    languages: ['id', 'ms'],
    ...overrides,
  };
}

/** Registers an investor and fills in their profile through the API. */
export async function createInvestor(
  http: HttpClient,
  overrides: Partial<InvestorProfileInput> = {},
): Promise<{ session: AuthSession; profile: InvestorProfile; token: string }> {
  const session = await registerUser(http, { role: 'investor' });
  const response = await http.put<InvestorProfile>('/api/me/profile', buildInvestorProfile(overrides), { token: session.accessToken });
  if (response.status !== 200) throw new Error(`investor profile failed: ${response.status} ${response.text}`);
  return { session, profile: response.body, token: session.accessToken };
}

/** Registers a business and fills in its profile through the API. */
export async function createBusiness(
  http: HttpClient,
  overrides: Partial<BusinessProfileInput> = {},
): Promise<{ session: AuthSession; profile: BusinessProfile; token: string }> {
  const session = await registerUser(http, { role: 'business' });
  const response = await http.put<BusinessProfile>('/api/me/profile', buildBusinessProfile(overrides), { token: session.accessToken });
  if (response.status !== 200) throw new Error(`business profile failed: ${response.status} ${response.text}`);
  return { session, profile: response.body, token: session.accessToken };
}
