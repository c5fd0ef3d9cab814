import { describe, expect, it } from '@jest/globals';
import { planSlots, planTables, slugify, type EditionLayout } from '../edition-layout.js';

const layout: EditionLayout = {
  meetingWindows: [{ date: '2025-10-30', start: '09:00', end: '10:00' }],
  slotMinutes: 30,
  breakMinutes: 0,
  timeZone: 'Asia/Pontianak',
  tableCount: 2,
};

describe('planSlots', () => {
  it('keeps slots whose start and end are unchanged, removes the others and adds the new ones', () => {
    const existing = [
      { id: 'keep', startsAt: new Date('2025-10-30T02:00:00Z'), endsAt: new Date('2025-10-30T02:30:00Z') },
      { id: 'stretched', startsAt: new Date('2025-10-30T02:30:00Z'), endsAt: new Date('2025-10-30T02:50:00Z') },
    ];
    const plan = planSlots(existing, layout);
    expect(plan.keptIds).toEqual(['keep']);
    expect(plan.removedIds).toEqual(['stretched']);
    expect(plan.added.map((slot) => slot.startsAt.toISOString())).toEqual(['2025-10-30T02:30:00.000Z']);
  });
});

describe('planTables', () => {
  const existing = [
    { id: 't1', number: 1, name: 'Kapuas', location: null },
    { id: 't2', number: 2, name: null, location: null },
    { id: 't3', number: 3, name: null, location: null },
  ];

  it('removes tables above the new count and keeps the names of the rest unless new ones are given', () => {
    expect(planTables(existing, layout)).toEqual({ removedIds: ['t3'], added: [], renamed: [] });
    expect(planTables(existing, { ...layout, tableCount: 4 })).toEqual({ removedIds: [], added: [{ number: 4, name: null, location: null }], renamed: [] });
  });

  it('renames from the list given, position 1 being table 1', () => {
    const plan = planTables(existing, { ...layout, tableCount: 3, tables: [{ name: 'Kapuas', location: null }, { name: 'Landak', location: 'Serambi' }] });
    expect(plan.renamed).toEqual([{ id: 't2', name: 'Landak', location: 'Serambi' }]);
  });
});

describe('slugify', () => {
  it('makes lowercase ASCII words joined by hyphens', () => {
    expect(slugify('Bandar Seri Begawan')).toBe('bandar-seri-begawan');
    expect(slugify('  Pulau Pinang — George Town ')).toBe('pulau-pinang-george-town');
    expect(slugify('Tôkyô')).toBe('tokyo');
  });
});
