import type { ScheduleRunProgress } from '@serumpun/shared';
import { useEffect, useState } from 'react';
import { useRealtime } from '../realtime-context';

export interface ScheduleRunProgressState {
  /** The latest progress of each run of the edition seen since subscribing, by run id. */
  runs: Record<string, ScheduleRunProgress>;
  /** The edition's room was joined (false until the server agrees; stays false for non-organisers). */
  subscribed: boolean;
}

/**
 * For the organiser's scheduling console: follows one edition's room and keeps the latest
 * `schedule_run.progress` of each run. The room is joined again after every reconnect, since a new
 * socket starts in no room but its user's own.
 */
export function useScheduleRunProgress(editionId: string | null | undefined): ScheduleRunProgressState {
  const { socket } = useRealtime();
  const [state, setState] = useState<ScheduleRunProgressState & { editionId: string | null }>({ editionId: null, runs: {}, subscribed: false });

  useEffect(() => {
    if (!socket || !editionId) return;
    let active = true;
    setState({ editionId, runs: {}, subscribed: false });
    const subscribe = () => {
      socket.emit('edition.subscribe', { editionId }, (result) => {
        if (active) setState((current) => (current.editionId === editionId ? { ...current, subscribed: Boolean(result?.ok) } : current));
      });
    };
    const onProgress = (progress: ScheduleRunProgress) => {
      if (!active || progress.editionId !== editionId) return;
      setState((current) => (current.editionId === editionId ? { ...current, runs: { ...current.runs, [progress.runId]: progress } } : current));
    };
    const onDisconnect = () => {
      if (active) setState((current) => ({ ...current, subscribed: false }));
    };
    socket.on('schedule_run.progress', onProgress);
    socket.on('connect', subscribe);
    socket.on('disconnect', onDisconnect);
    if (socket.connected) subscribe();
    return () => {
      active = false;
      socket.off('schedule_run.progress', onProgress);
      socket.off('connect', subscribe);
      socket.off('disconnect', onDisconnect);
    };
  }, [socket, editionId]);

  if (!editionId || state.editionId !== editionId) return { runs: {}, subscribed: false };
  return { runs: state.runs, subscribed: state.subscribed };
}
