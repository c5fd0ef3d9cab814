import { describe, expect, it } from '@jest/globals';
import { parseInstance } from '../../instance/parse-instance.js';
import { generateInstance } from '../generate-instance.js';

describe('generateInstance', () => {
  it('gives the same instance for the same seed and another for another seed', () => {
    const shape = { participants: 80, popularShare: 0.1, fixedShare: 0.05, homeTableShare: 0.3, maxMeetingsShare: 0.1, peerShare: 0.1 };
    expect(generateInstance(shape, 5)).toEqual(generateInstance(shape, 5));
    expect(generateInstance(shape, 6)).not.toEqual(generateInstance(shape, 5));
  });

  it('produces valid instances of the requested shape', () => {
    const instance = generateInstance({ participants: 200, slots: [18, 36], tableFactor: 0.7, fixedShare: 0.05, homeTableShare: 0.5, maxMeetingsShare: 0.2 }, 3);
    expect(() => parseInstance(instance)).not.toThrow();
    expect(instance.participants).toHaveLength(200);
    expect(instance.slots.length).toBeGreaterThanOrEqual(18);
    expect(instance.slots.length).toBeLessThanOrEqual(36);
    const tables = instance.slots[0].tables;
    expect(tables).toBe(Math.round((0.7 * instance.meetings.length) / instance.slots.length));
    expect(instance.meetings.some((meeting) => meeting.fixed)).toBe(true);
    expect(instance.participants.some((participant) => participant.homeTable)).toBe(true);
  });

  it('gives each company 5 to 16 requests by default', () => {
    const instance = generateInstance({ participants: 100 }, 9);
    const requests = new Map<string, number>();
    for (const meeting of instance.meetings) requests.set(meeting.a, (requests.get(meeting.a) ?? 0) + 1);
    for (const [company, count] of requests) {
      expect(company.startsWith('co')).toBe(true);
      expect(count).toBeGreaterThanOrEqual(5);
      expect(count).toBeLessThanOrEqual(16);
    }
  });

  it('in the adversarial family, gives every participant exactly as many requests as free slots', () => {
    const instance = generateInstance({ participants: 60, planted: true }, 4);
    expect(() => parseInstance(instance)).not.toThrow();
    const requests = new Map<string, number>();
    for (const meeting of instance.meetings) for (const id of [meeting.a, meeting.b]) requests.set(id, (requests.get(id) ?? 0) + 1);
    for (const participant of instance.participants) {
      const free = instance.slots.length - (participant.unavailable?.length ?? 0);
      expect(requests.get(participant.id) ?? 0).toBe(free);
    }
  });
});
