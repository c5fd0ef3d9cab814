// Public entry of @serumpun/matching: explainable investor–opportunity and investor–business scores,
// rankings, and suggested meetings. Pure functions over plain data; see README.md for the model.
export type {
  MatchAmount,
  MatchBusiness,
  MatchInvestor,
  MatchOpportunity,
  MatchReason,
  MatchResult,
  MoneyAmount,
  OpportunityStatus,
  UsdAmount,
} from './types.js';
export {
  DEFAULT_MATCH_WEIGHTS,
  MATCH_CREDITS,
  MATCH_CRITERIA,
  matchWeightsSchema,
  matchWeightsUpdateSchema,
  resolveMatchWeights,
  type MatchCriterion,
  type MatchWeights,
  type MatchWeightsUpdate,
} from './weights.js';
export { REASON_CODES, type ReasonCode } from './reasons/reason-codes.js';
export { reasonLabel } from './reasons/reason-labels.js';
export type { FxInput } from './amounts/to-usd.js';
export type { MatchView } from './criteria/evaluate-pair.js';
export { PairSet, type IdPair } from './filters/pair-set.js';
export { exclusionOf, type ExclusionOptions, type ExclusionReason, type MatchViewer } from './filters/exclusion.js';
export type { ScoreOptions } from './score/match-context.js';
export { scoreInvestorOpportunity } from './score/score-investor-opportunity.js';
export { scoreInvestorBusiness, scoreBusinessInvestor, type BusinessMatchResult } from './score/score-investor-business.js';
export type { RankOptions } from './rank/rank-options.js';
export { rankOpportunitiesForInvestor, type RankedOpportunity } from './rank/rank-opportunities-for-investor.js';
export { rankInvestorsForOpportunity, type RankedInvestor } from './rank/rank-investors-for-opportunity.js';
export { rankInvestorsForBusiness, type RankedInvestorForBusiness } from './rank/rank-investors-for-business.js';
export { mutualScore } from './suggest/mutual-score.js';
export {
  suggestMeetings,
  suggestMeetingsWithStats,
  type MatchParticipant,
  type MeetingSuggestion,
  type SuggestMeetingsOptions,
  type SuggestMeetingsStats,
} from './suggest/suggest-meetings.js';
