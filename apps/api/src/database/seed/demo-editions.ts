/** The series so far; later issues add the Java and Sumatra editions of 2026. */
export const DEMO_EDITIONS = [
  {
    slug: 'pontianak-2025',
    name: 'Borneo Intra-Regional Dialogue 2025 — Pontianak',
    city: 'Pontianak',
    venue: 'Pendopo Gubernur Kalimantan Barat',
    regionCode: 'ID-KB',
    timeZone: 'Asia/Pontianak',
    startDate: '2025-10-30',
    endDate: '2025-10-30',
  },
] as const;
