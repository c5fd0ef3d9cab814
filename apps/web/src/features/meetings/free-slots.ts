import type { Slot } from '@serumpun/shared';

/** Why a slot cannot hold a new meeting between two people. */
export type SlotBlocker = 'you_busy' | 'you_unavailable' | 'they_busy' | 'they_unavailable' | 'past';

export interface SideCalendar {
  /** Slots where this person already has a meeting. */
  busySlotIds: Iterable<string>;
  /** Slots this person marked as "cannot attend". */
  unavailableSlotIds: Iterable<string>;
}

export interface SlotOption<T extends Pick<Slot, 'id' | 'startsAt'> = Slot> {
  slot: T;
  blockers: SlotBlocker[];
}

/**
 * Every slot with what stands in the way of a meeting there: the viewer's own meetings and
 * unavailability, the other side's when known, and slots that have already started. A slot with
 * no blockers is mutually free.
 */
export function slotOptions<T extends Pick<Slot, 'id' | 'startsAt'>>(
  slots: readonly T[],
  you: SideCalendar,
  they: SideCalendar | null,
  now: Date = new Date(),
): SlotOption<T>[] {
  const youBusy = new Set(you.busySlotIds);
  const youUnavailable = new Set(you.unavailableSlotIds);
  const theyBusy = new Set(they?.busySlotIds ?? []);
  const theyUnavailable = new Set(they?.unavailableSlotIds ?? []);
  return [...slots]
    .sort((a, b) => new Date(a.startsAt).getTime() - new Date(b.startsAt).getTime())
    .map((slot) => {
      const blockers: SlotBlocker[] = [];
      if (new Date(slot.startsAt).getTime() <= now.getTime()) blockers.push('past');
      if (youBusy.has(slot.id)) blockers.push('you_busy');
      if (youUnavailable.has(slot.id)) blockers.push('you_unavailable');
      if (theyBusy.has(slot.id)) blockers.push('they_busy');
      if (theyUnavailable.has(slot.id)) blockers.push('they_unavailable');
      return { slot, blockers };
    });
}

/** Only the slots where both people are free. */
export function mutuallyFreeSlots<T extends Pick<Slot, 'id' | 'startsAt'>>(
  slots: readonly T[],
  you: SideCalendar,
  they: SideCalendar | null,
  now: Date = new Date(),
): T[] {
  return slotOptions(slots, you, they, now)
    .filter((option) => option.blockers.length === 0)
    .map((option) => option.slot);
}
