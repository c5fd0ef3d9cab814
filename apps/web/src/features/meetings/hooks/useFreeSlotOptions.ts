import type { Edition } from '@serumpun/shared';
import { useMemo } from 'react';
import { useAvailability } from '../../editions/hooks/useAvailability';
import { useSlots } from '../../editions/hooks/useSlots';
import { slotOptions } from '../free-slots';
import { useEditionMeetings } from './useEditionMeetings';

/**
 * The edition's slots with what blocks each one for the signed-in participant: their own meetings
 * (from `GET /api/editions/:id/meetings`) and the slots they marked unavailable. The API keeps the
 * other side's calendar private, so their clashes come back as the 409 of accepting.
 */
export function useFreeSlotOptions(edition: Pick<Edition, 'id'>) {
  const slots = useSlots(edition.id);
  const availability = useAvailability(edition.id);
  const meetings = useEditionMeetings(edition.id);
  const options = useMemo(() => {
    if (!slots.data || !availability.data || !meetings.data) return undefined;
    const busy = meetings.data.filter((meeting) => meeting.status !== 'cancelled' && meeting.slotId).map((meeting) => meeting.slotId!);
    return slotOptions(slots.data, { busySlotIds: busy, unavailableSlotIds: availability.data.unavailableSlotIds }, null);
  }, [slots.data, availability.data, meetings.data]);
  return {
    options,
    slots: slots.data,
    isPending: slots.isPending || availability.isPending || meetings.isPending,
    isError: slots.isError || availability.isError || meetings.isError,
    refetch: () => Promise.all([slots.refetch(), availability.refetch(), meetings.refetch()]),
  };
}
