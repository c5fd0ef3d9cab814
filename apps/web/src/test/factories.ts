import type { AuthSession, User } from '@serumpun/shared';
import type { EditionSummary } from '../features/editions/edition-dates';

let counter = 0;

export function buildUser(overrides: Partial<User> = {}): User {
  counter += 1;
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    email: `person${counter}@example.id`,
    fullName: 'Siti Rahmawati',
    role: 'investor',
    locale: 'id',
    ...overrides,
  };
}

export function buildSession(user: User = buildUser(), tokenSuffix = '1'): AuthSession {
  return { user, accessToken: `access-${tokenSuffix}`, refreshToken: `refresh-${tokenSuffix}` };
}

export const PONTIANAK_2025: EditionSummary = {
  id: '11111111-1111-4111-8111-111111111111',
  name: 'Borneo Intra-Regional Dialogue 2025 — Pontianak',
  city: 'Pontianak',
  venue: 'Pendopo Gubernur Kalimantan Barat',
  regionCode: 'ID-KB',
  timeZone: 'Asia/Pontianak',
  startDate: '2025-10-30',
  endDate: '2025-10-30',
};

export const KUCHING_NEXT: EditionSummary = {
  id: '22222222-2222-4222-8222-222222222222',
  name: 'Borneo Intra-Regional Dialogue — Kuching',
  city: 'Kuching',
  venue: 'Borneo Convention Centre Kuching',
  regionCode: 'MY-13',
  timeZone: 'Asia/Kuching',
  startDate: '2099-03-10',
  endDate: '2099-03-11',
};

export function apiError(statusCode: number, error: string, message: string, details?: { path: string; message: string }[]) {
  return { status: statusCode, body: { statusCode, error, message, ...(details ? { details } : {}) } };
}
