import { jest } from '@jest/globals';
import {
  formatInstantInZone,
  generateSlotTimes,
  type Agenda,
  type AgendaItem,
  type Edition,
  type Meeting,
  type MeetingRequest,
  type MeetingTable,
  type Opportunity,
  type Participant,
  type Registration,
  type Slot,
  type User,
} from '@serumpun/shared';

// Test data for the meeting pages: one future edition in Pontianak (UTC+7), its slots and tables,
// and builders for participants, requests, meetings and agendas. Ids are valid v4 UUIDs, because
// the pages check answers against the shared schemas.

let counter = 1000;
export function uuid(): string {
  counter += 1;
  return `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
}

export const EDITION: Edition = {
  id: '33333333-3333-4333-8333-333333333333',
  slug: 'pontianak-2099',
  name: 'Borneo Intra-Regional Dialogue 2099 — Pontianak',
  city: 'Pontianak',
  venue: 'Pendopo Gubernur Kalimantan Barat',
  regionCode: 'ID-KB',
  timeZone: 'Asia/Pontianak',
  startDate: '2099-10-29',
  endDate: '2099-10-30',
  meetingWindows: [
    { date: '2099-10-29', start: '13:00', end: '15:00' },
    { date: '2099-10-30', start: '09:00', end: '10:00' },
  ],
  slotMinutes: 30,
  breakMinutes: 0,
  tableCount: 3,
  pendingRequestCap: 20,
  requestDeadline: null,
  registrationApproval: false,
};

/** 29 Oct 13:00, 13:30, 14:00, 14:30 and 30 Oct 09:00, 09:30, venue time. */
export const SLOTS: Slot[] = generateSlotTimes(EDITION.meetingWindows, EDITION.slotMinutes, EDITION.breakMinutes, EDITION.timeZone).map((slot, index) => ({
  id: `44444444-4444-4444-8444-${String(index + 1).padStart(12, '0')}`,
  startsAt: formatInstantInZone(slot.startsAt, EDITION.timeZone),
  endsAt: formatInstantInZone(slot.endsAt, EDITION.timeZone),
}));

export const TABLES: MeetingTable[] = [1, 2, 3].map((number) => ({
  id: `55555555-5555-4555-8555-${String(number).padStart(12, '0')}`,
  number,
  name: null,
  location: number === 1 ? 'Ruang Utama' : null,
}));

export function buildParticipant(overrides: Partial<Participant> = {}): Participant {
  return {
    userId: uuid(),
    fullName: 'Hendra Wijaya',
    role: 'business',
    organisation: 'CV Sagu Kapuas',
    countryCode: 'ID',
    sectors: ['C10'],
    opportunities: [],
    status: 'approved',
    checkedInAt: null,
    ...overrides,
  };
}

export function buildRegistration(user: Pick<User, 'id'>, overrides: Partial<Registration> = {}): Registration {
  return {
    editionId: EDITION.id,
    userId: user.id,
    status: 'approved',
    organisation: null,
    countryCode: 'ID',
    sectors: [],
    opportunityIds: [],
    checkedInAt: null,
    createdAt: '2099-09-01T10:00:00+07:00',
    ...overrides,
  };
}

type Person = { id: string; fullName: string; role: string };

export function buildRequest(from: Person, to: Person, overrides: Partial<MeetingRequest> = {}): MeetingRequest {
  return {
    id: uuid(),
    editionId: EDITION.id,
    status: 'pending',
    fromUserId: from.id,
    toUserId: to.id,
    from,
    to,
    opportunityId: null,
    message: 'Kami tertarik membahas pasokan sagu untuk pabrik kami.',
    proposedSlotId: null,
    declineReason: null,
    meetingId: null,
    createdAt: '2099-10-01T09:00:00+07:00',
    respondedAt: null,
    ...overrides,
  };
}

export function buildMeeting(people: Person[], slot: Slot | null, table: MeetingTable | null, overrides: Partial<Meeting> = {}): Meeting {
  return {
    id: uuid(),
    editionId: EDITION.id,
    requestId: null,
    status: 'scheduled',
    slotId: slot?.id ?? null,
    tableId: table?.id ?? null,
    tableNumber: table?.number ?? null,
    tableName: table?.name ?? null,
    startsAt: slot?.startsAt ?? null,
    endsAt: slot?.endsAt ?? null,
    participantIds: people.map((p) => p.id),
    participants: people,
    opportunityId: null,
    sequence: 0,
    checkedInAt: null,
    outcomes: [],
    createdAt: '2099-10-01T09:00:00+07:00',
    updatedAt: '2099-10-01T09:00:00+07:00',
    ...overrides,
  };
}

export function buildAgendaItem(counterpart: Person & { organisation?: string | null }, slot: Slot, table: MeetingTable, overrides: Partial<AgendaItem> = {}): AgendaItem {
  return {
    meetingId: uuid(),
    status: 'scheduled',
    slotId: slot.id,
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    table,
    counterpart: { id: counterpart.id, fullName: counterpart.fullName, role: counterpart.role, organisation: counterpart.organisation ?? null },
    opportunity: null,
    checkedInAt: null,
    ...overrides,
  };
}

export function buildAgenda(days: Agenda['days'], unplaced: Agenda['unplaced'] = []): Agenda {
  return {
    edition: { id: EDITION.id, name: EDITION.name, city: EDITION.city, venue: EDITION.venue, timeZone: EDITION.timeZone },
    days,
    unplaced,
  };
}

export function buildOpportunity(overrides: Partial<Opportunity> = {}): Opportunity {
  return {
    id: uuid(),
    userId: uuid(),
    business: null,
    title: 'Pabrik sagu Kapuas Hulu',
    summary: 'Perluasan pabrik tepung sagu untuk pasar Sarawak dan Brunei.',
    description: 'Deskripsi lengkap.',
    sectorCode: 'C10',
    sectorSection: 'C',
    regionCode: 'ID-KB',
    countryCode: 'ID',
    islandGroup: 'borneo',
    amount: { amount: '1500000000.00', currency: 'IDR' },
    amountUsd: '95000.00',
    fxRateDate: '2099-09-01',
    instruments: ['equity'],
    stage: 'growth',
    sustainability: { environmental: null, social: null, tags: [] },
    status: 'published',
    closeReason: null,
    createdAt: '2099-09-01T00:00:00.000Z',
    updatedAt: '2099-09-01T00:00:00.000Z',
    publishedAt: '2099-09-01T00:00:00.000Z',
    closedAt: null,
    ...overrides,
  };
}

export const page = <T>(items: T[]) => ({ status: 200, body: { items, nextCursor: null } });

/**
 * Makes the device report `timeZone` as its own, as a phone set to Kuching or Pontianak would.
 * Restored by `jest.restoreAllMocks()`.
 */
export function setViewerTimeZone(timeZone: string): void {
  const real = Intl.DateTimeFormat.prototype.resolvedOptions;
  jest.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockImplementation(function (this: Intl.DateTimeFormat) {
    return { ...real.call(this), timeZone };
  });
}
