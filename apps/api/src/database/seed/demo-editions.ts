import type { MeetingWindow } from '@serumpun/shared';

export interface DemoEdition {
  slug: string;
  name: string;
  city: string;
  venue: string;
  regionCode: string;
  timeZone: string;
  startDate: string;
  endDate: string;
  meetingWindows: MeetingWindow[];
  slotMinutes: number;
  breakMinutes: number;
  tableCount: number;
  pendingRequestCap: number;
  requestDeadline: Date | null;
  registrationApproval: boolean;
}

/**
 * The series: the first dialogue in Pontianak (30 October 2025), then Java and Sumatra in 2026.
 * Slots and tables are generated from these by `seedDemoMeetings`.
 */
export const DEMO_EDITIONS: readonly DemoEdition[] = [
  {
    slug: 'pontianak-2025',
    name: 'Borneo Intra-Regional Dialogue 2025 — Pontianak',
    city: 'Pontianak',
    venue: 'Pendopo Gubernur Kalimantan Barat',
    regionCode: 'ID-KB',
    timeZone: 'Asia/Pontianak',
    startDate: '2025-10-30',
    endDate: '2025-10-30',
    meetingWindows: [
      { date: '2025-10-30', start: '09:00', end: '12:00' },
      { date: '2025-10-30', start: '13:30', end: '16:30' },
    ],
    slotMinutes: 20,
    breakMinutes: 5,
    tableCount: 20,
    pendingRequestCap: 20,
    requestDeadline: new Date('2025-10-29T17:00:00+07:00'),
    registrationApproval: false,
  },
  {
    slug: 'semarang-2026',
    name: 'Borneo Intra-Regional Dialogue 2026 — Semarang',
    city: 'Semarang',
    venue: 'Gedung Gradhika Bhakti Praja',
    regionCode: 'ID-JT',
    timeZone: 'Asia/Jakarta',
    startDate: '2026-05-20',
    endDate: '2026-05-21',
    meetingWindows: [
      { date: '2026-05-20', start: '13:00', end: '16:00' },
      { date: '2026-05-21', start: '09:00', end: '12:00' },
    ],
    slotMinutes: 30,
    breakMinutes: 0,
    tableCount: 12,
    pendingRequestCap: 20,
    requestDeadline: null,
    registrationApproval: false,
  },
  {
    slug: 'palembang-2026',
    name: 'Borneo Intra-Regional Dialogue 2026 — Palembang',
    city: 'Palembang',
    venue: 'Griya Agung Palembang',
    regionCode: 'ID-SS',
    timeZone: 'Asia/Jakarta',
    startDate: '2026-12-10',
    endDate: '2026-12-10',
    meetingWindows: [
      { date: '2026-12-10', start: '09:00', end: '12:00' },
      { date: '2026-12-10', start: '13:00', end: '15:00' },
    ],
    slotMinutes: 25,
    breakMinutes: 5,
    tableCount: 15,
    pendingRequestCap: 15,
    requestDeadline: null,
    registrationApproval: true,
  },
];
