import en from './en.json' with { type: 'json' };
import id from './id.json' with { type: 'json' };
import ms from './ms.json' with { type: 'json' };
// Each large feature keeps its strings in its own files (one top-level key each), merged here.
import marketplaceEn from './marketplace/en.json' with { type: 'json' };
import marketplaceId from './marketplace/id.json' with { type: 'json' };
import marketplaceMs from './marketplace/ms.json' with { type: 'json' };
import meetingsEn from './meetings/en.json' with { type: 'json' };
import meetingsId from './meetings/id.json' with { type: 'json' };
import meetingsMs from './meetings/ms.json' with { type: 'json' };
import matchingEn from './matching/en.json' with { type: 'json' };
import matchingId from './matching/id.json' with { type: 'json' };
import matchingMs from './matching/ms.json' with { type: 'json' };
import schedulingEn from './scheduling/en.json' with { type: 'json' };
import schedulingId from './scheduling/id.json' with { type: 'json' };
import schedulingMs from './scheduling/ms.json' with { type: 'json' };
import realtimeEn from './realtime/en.json' with { type: 'json' };
import realtimeId from './realtime/id.json' with { type: 'json' };
import realtimeMs from './realtime/ms.json' with { type: 'json' };
import offlineEn from './offline/en.json' with { type: 'json' };
import offlineId from './offline/id.json' with { type: 'json' };
import offlineMs from './offline/ms.json' with { type: 'json' };
import reportsEn from './reports/en.json' with { type: 'json' };
import reportsId from './reports/id.json' with { type: 'json' };
import reportsMs from './reports/ms.json' with { type: 'json' };

/** Every interface string by language: the core files plus one file per large feature. */
export const translations = {
  id: { ...id, ...marketplaceId, ...meetingsId, ...matchingId, ...schedulingId, ...realtimeId, ...reportsId, ...offlineId },
  en: { ...en, ...marketplaceEn, ...meetingsEn, ...matchingEn, ...schedulingEn, ...realtimeEn, ...reportsEn, ...offlineEn },
  ms: { ...ms, ...marketplaceMs, ...meetingsMs, ...matchingMs, ...schedulingMs, ...realtimeMs, ...reportsMs, ...offlineMs },
};
