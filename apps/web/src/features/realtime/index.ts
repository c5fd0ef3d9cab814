// What other features use from realtime: the provider, the connection status and the organiser's
// schedule-run progress. The connection itself stays private to this folder.
export { ConnectionBanner } from './components/ConnectionBanner';
export { RealtimeToasts } from './components/RealtimeToasts';
export { useScheduleRunProgress, type ScheduleRunProgressState } from './hooks/useScheduleRunProgress';
export { useRealtime, useRealtimeStatus, type RealtimeStatus } from './realtime-context';
export { RealtimeProvider } from './RealtimeProvider';
export { createRealtimeSocket, type RealtimeSocket, type SocketFactory } from './realtime-socket';
