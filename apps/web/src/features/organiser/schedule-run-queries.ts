/** Query keys of schedule runs. */
export const scheduleRunKeys = {
  latest: (editionId: string) => ['editions', editionId, 'schedule-runs', 'latest'] as const,
  run: (runId: string) => ['schedule-runs', runId] as const,
};

/** How often a run in progress is polled. */
export const SCHEDULE_RUN_POLL_MS = 1000;
