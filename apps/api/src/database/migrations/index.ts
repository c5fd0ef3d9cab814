import type { MigrationInterface } from 'typeorm';
import { SearchWordFacetCounters1795858000000 } from './1795858000000-search-word-facet-counters.js';
import { MatchAnnouncements1795857365654 } from './1795857365654-match-announcements.js';
import { ScheduleRuns1795853475484 } from './1795853475484-schedule-runs.js';
import { Realtime1795853308499 } from './1795853308499-realtime.js';
import { Matching1795853682175 } from './1795853682175-matching.js';
import { SearchWordsAmountCounters1795856000000 } from './1795856000000-search-words-amount-counters.js';
import { SearchFacetBits1795853718433 } from './1795853718433-search-facet-bits.js';
import { Notifications1795851529139 } from './1795851529139-notifications.js';
import { EditionsMeetings1795845571292 } from './1795845571292-editions-meetings.js';
import { MarketplaceProfilesOpportunities1795845486955 } from './1795845486955-marketplace-profiles-opportunities.js';
import { Foundation1795844048070 } from './1795844048070-foundation.js';

// Every migration in order. `npm run migration:generate -w @serumpun/api -- Name` appends here.
export const MIGRATIONS: Array<new () => MigrationInterface> = [Foundation1795844048070, MarketplaceProfilesOpportunities1795845486955, EditionsMeetings1795845571292, Notifications1795851529139, Realtime1795853308499, ScheduleRuns1795853475484, Matching1795853682175, SearchFacetBits1795853718433, SearchWordsAmountCounters1795856000000, MatchAnnouncements1795857365654, SearchWordFacetCounters1795858000000];
