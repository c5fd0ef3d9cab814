import { z } from 'zod';
import { opportunitySchema } from '../opportunities/opportunity.schemas.js';
import { investorProfileSchema } from '../profiles/profile.schemas.js';
import { ruleParams } from '../i18n/validation-rules.js';

// The matching contract of API.md ("Matching"), extended with saving and organiser weights.
// Scores and reasons come from @serumpun/matching; labels are in the caller's language.

/** One line of "why": a stable code (icons, analytics), a label in the caller's language, and points. */
export const matchReasonSchema = z.object({
  code: z.string(),
  label: z.string(),
  points: z.number(),
});
export type MatchReasonDto = z.infer<typeof matchReasonSchema>;

const matchBaseShape = {
  /** 0..100; the reasons' points add up to it. */
  score: z.number().min(0).max(100),
  reasons: z.array(matchReasonSchema),
  /** The caller saved this match for later. */
  saved: z.boolean(),
};

/** An investor's match: a published opportunity. */
export const opportunityMatchSchema = z.object({ ...matchBaseShape, kind: z.literal('opportunity'), opportunity: opportunitySchema });
export type OpportunityMatch = z.infer<typeof opportunityMatchSchema>;

/** A business's (or an opportunity owner's) match: a visible investor. */
export const investorMatchSchema = z.object({ ...matchBaseShape, kind: z.literal('investor'), investor: investorProfileSchema });
export type InvestorMatch = z.infer<typeof investorMatchSchema>;

export const matchSchema = z.discriminatedUnion('kind', [opportunityMatchSchema, investorMatchSchema]);
export type Match = z.infer<typeof matchSchema>;

/** `GET /api/matches`, `GET /api/opportunities/:id/matches`, `GET /api/matches/saved`. */
export const matchListSchema = z.object({ items: z.array(matchSchema), nextCursor: z.string().nullable() });
export type MatchList = z.infer<typeof matchListSchema>;

export const listMatchesQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional(),
});
export type ListMatchesQuery = z.input<typeof listMatchesQuerySchema>;

/**
 * `POST /api/matches/dismiss` and `POST /api/matches/save` `{ targetId }`: an opportunity id (investor) or
 * an investor's user id (business). `DELETE /api/matches/saved/:targetId` and
 * `DELETE /api/matches/dismissed/:targetId` undo them.
 */
export const matchTargetSchema = z.strictObject({ targetId: z.uuid() });
export type MatchTarget = z.infer<typeof matchTargetSchema>;

/** `GET /api/editions/:id/suggested-meetings?limit=`: people to meet (participant) or unrequested pairs (organiser). */
export const suggestedMeetingSchema = z.object({
  /** Mutual score 0..100 (both directions fused). */
  score: z.number().min(0).max(100),
  investorId: z.uuid(),
  businessId: z.uuid(),
  /** Display names so lists need no extra requests. */
  investorName: z.string(),
  businessName: z.string(),
  opportunityId: z.uuid().nullable(),
  opportunityTitle: z.string().nullable(),
  /** The reasons of the caller's own view (the investor's view for organisers); their points add up to that view's score. */
  reasons: z.array(matchReasonSchema),
  /** The two views fused into `score`: how the business fits the investor, and how the investor fits the business. */
  investorScore: z.number().min(0).max(100).optional(),
  businessScore: z.number().min(0).max(100).optional(),
});
export type SuggestedMeeting = z.infer<typeof suggestedMeetingSchema>;
export const suggestedMeetingListSchema = z.object({ items: z.array(suggestedMeetingSchema) });
export type SuggestedMeetingList = z.infer<typeof suggestedMeetingListSchema>;
export const suggestedMeetingsQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(20),
});

/** `GET/PUT /api/matching/weights` (organiser): integers 0..100 per criterion, not all zero. */
export const MATCH_WEIGHT_CRITERIA = ['sector', 'region', 'ticket', 'instrument', 'stage', 'language', 'sustainability'] as const;
export const matchWeightsDtoSchema = z
  .strictObject(Object.fromEntries(MATCH_WEIGHT_CRITERIA.map((criterion) => [criterion, z.number().int().min(0).max(100)])) as Record<(typeof MATCH_WEIGHT_CRITERIA)[number], z.ZodNumber>)
  .refine((weights) => Object.values(weights).some((weight) => weight > 0), { params: ruleParams('match_weights_all_zero') });
export type MatchWeightsDto = z.infer<typeof matchWeightsDtoSchema>;
