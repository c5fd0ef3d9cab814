// The instance and result formats of /work/shared/SCHEDULER.md, plus the extensions documented in
// the package README (`current`, `options.replan`, `options.maxIterations`, `stats.movedMeetings`).

/** A (slot, table) position of a meeting. Tables in a slot are numbered 1..tables. */
export interface Placement {
  slot: string;
  table: number;
}

export interface Slot {
  id: string;
  tables: number;
  /** Slots sharing a session form one participant-day for idle-gap counting. */
  session?: string;
}

export interface Participant {
  id: string;
  unavailable?: string[];
  /** A host who stays put: meets at this table whenever they can. */
  homeTable?: number;
  maxMeetings?: number;
}

export interface Meeting {
  id: string;
  a: string;
  b: string;
  /** Default 1. */
  weight?: number;
  /** Published meeting that must stay exactly where it is. */
  fixed?: Placement;
  /** Where the meeting was in the previous plan; only read when `options.replan` is true. */
  current?: Placement;
}

export interface ScheduleOptions {
  /** Hard limit on the local search, default 5000 ms. */
  timeLimitMs?: number;
  /** Seed of every random tie-break; the same seed gives the same result (within the time limit). */
  seed?: number;
  /** Start from each meeting's `current` placement and move as few meetings as possible. */
  replan?: boolean;
  /** Cap on local-search iterations, for a result that cannot depend on machine speed. */
  maxIterations?: number;
}

export interface ScheduleInstance {
  slots: Slot[];
  participants: Participant[];
  meetings: Meeting[];
  options?: ScheduleOptions;
}

export interface Assignment {
  meeting: string;
  slot: string;
  table: number;
}

export interface UnplacedMeeting {
  meeting: string;
  reason: string;
}

export interface ScheduleBound {
  weight: number;
  count: number;
}

export interface ScheduleStats {
  placedWeight: number;
  placedCount: number;
  ms: number;
  /** Participants with at least one meeting request and none placed. */
  zeroMeetingParticipants: number;
  /** Empty slots between two meetings of one participant in one session, summed. */
  idleGaps: number;
  /** Only when re-planning: meetings with a `current` placement that now sit elsewhere or are unplaced. */
  movedMeetings?: number;
}

export interface ScheduleResult {
  assignments: Assignment[];
  unplaced: UnplacedMeeting[];
  upperBound: ScheduleBound;
  stats: ScheduleStats;
}

/** Run-time hooks that have no place in the JSON instance. */
export interface SolveHooks {
  /** Called with a non-decreasing fraction in [0, 1]; the last call is with 1. */
  onProgress?: (fraction: number) => void;
}
