import { z } from 'zod';
import { compareDecimalStrings, MONEY_AMOUNT_PATTERN, moneyAmountSchema, moneySchema, positiveMoneySchema } from '../common/money.js';
import { paginationQuerySchema } from '../common/pagination.js';
import { countryCodeSchema } from '../taxonomies/countries.js';
import { instrumentCodeSchema } from '../taxonomies/instruments.js';
import { islandGroupCodeSchema } from '../taxonomies/island-groups.js';
import { regionCodeSchema } from '../taxonomies/regions.js';
import { sectionCodeSchema, sectorCodeSchema } from '../taxonomies/sectors.js';
import { stageCodeSchema } from '../taxonomies/stages.js';
import { sustainabilityTagCodeSchema } from '../taxonomies/sustainability-tags.js';
import { codeList, optionalTextField, textField } from '../profiles/fields.js';
import { ruleParams } from '../i18n/validation-rules.js';

/** Draft (only its owner and organisers see it) → published → closed (with a reason). */
export const OPPORTUNITY_STATUSES = ['draft', 'published', 'closed'] as const;
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];

/** Why an opportunity closed: the money was raised, the business withdrew it, or it ran out of time. */
export const CLOSE_REASONS = ['funded', 'withdrawn', 'expired'] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

export const OPPORTUNITY_TITLE_MAX_LENGTH = 140;
export const OPPORTUNITY_SUMMARY_MAX_LENGTH = 500;
export const OPPORTUNITY_DESCRIPTION_MAX_LENGTH = 20_000;
export const SUSTAINABILITY_NOTE_MAX_LENGTH = 2_000;
/**
 * An amount above this many US dollars (at the current rates) is refused as implausible: the largest
 * projects of the region (ports, smelters) are in the low billions. It catches a rupiah amount typed
 * into a dollar field and keeps sums far from numeric(20,2) limits.
 */
export const OPPORTUNITY_MAX_AMOUNT_USD = '100000000000';

/** The environmental and social side of a proposal: notes in the poster's words, plus tags to filter on. */
export const sustainabilitySchema = z.strictObject({
  environmental: optionalTextField(SUSTAINABILITY_NOTE_MAX_LENGTH),
  social: optionalTextField(SUSTAINABILITY_NOTE_MAX_LENGTH),
  tags: codeList(sustainabilityTagCodeSchema, 0, 10).default([]),
});
export type SustainabilityInput = z.input<typeof sustainabilitySchema>;
export type Sustainability = z.output<typeof sustainabilitySchema>;

const opportunityFields = {
  title: textField(5, OPPORTUNITY_TITLE_MAX_LENGTH),
  summary: textField(10, OPPORTUNITY_SUMMARY_MAX_LENGTH),
  description: textField(20, OPPORTUNITY_DESCRIPTION_MAX_LENGTH),
  sectorCode: sectorCodeSchema,
  regionCode: regionCodeSchema,
  amount: positiveMoneySchema,
  instruments: codeList(instrumentCodeSchema, 1, 8),
  stage: stageCodeSchema,
  sustainability: sustainabilitySchema,
};

/** `POST /api/opportunities` (businesses). Without `status` the opportunity starts as a draft. */
export const createOpportunitySchema = z.strictObject({
  ...opportunityFields,
  sustainability: sustainabilitySchema.default({ environmental: null, social: null, tags: [] }),
  status: z.enum(['draft', 'published']).default('draft'),
});
export type CreateOpportunityRequest = z.input<typeof createOpportunitySchema>;
export type CreateOpportunity = z.output<typeof createOpportunitySchema>;

/**
 * `PATCH /api/opportunities/:id`: any subset of the fields, and the lifecycle step. Publishing a draft,
 * and closing (which asks why: `closeReason`) are the only moves; a closed opportunity stays closed.
 */
export const updateOpportunitySchema = z
  .strictObject({
    ...Object.fromEntries(Object.entries(opportunityFields).map(([key, schema]) => [key, schema.optional()])) as {
      [Key in keyof typeof opportunityFields]: z.ZodOptional<(typeof opportunityFields)[Key]>;
    },
    status: z.enum(OPPORTUNITY_STATUSES).optional(),
    closeReason: z.enum(CLOSE_REASONS).optional(),
  })
  .superRefine((patch, ctx) => {
    if (Object.values(patch).every((value) => value === undefined)) {
      ctx.addIssue({ code: 'custom', path: [], params: ruleParams('nothing_to_change'), input: patch });
    }
    if (patch.status === 'closed' && !patch.closeReason) {
      ctx.addIssue({ code: 'invalid_type', expected: 'string', path: ['closeReason'], input: undefined });
    }
    if (patch.closeReason && patch.status !== 'closed') {
      ctx.addIssue({ code: 'custom', path: ['closeReason'], params: ruleParams('close_reason_without_closing'), input: patch.closeReason });
    }
  });
export type UpdateOpportunityRequest = z.input<typeof updateOpportunitySchema>;
export type UpdateOpportunity = z.output<typeof updateOpportunitySchema>;

export const opportunitySchema = z.object({
  id: z.uuid(),
  /** The owning business user: meeting requests go to this user. */
  userId: z.uuid(),
  /** The owner's business profile, when they have filled one in. */
  business: z.object({ id: z.uuid(), companyName: z.string(), countryCode: countryCodeSchema, regionCode: regionCodeSchema }).nullable(),
  title: z.string(),
  summary: z.string(),
  description: z.string(),
  sectorCode: sectorCodeSchema,
  sectorSection: sectionCodeSchema,
  regionCode: regionCodeSchema,
  countryCode: countryCodeSchema,
  islandGroup: islandGroupCodeSchema,
  /** The amount sought, exactly as posted. */
  amount: moneySchema,
  /** The amount in US dollars at the rate of `fxRateDate`, used for filters and sorting. */
  amountUsd: z.string(),
  fxRateDate: z.iso.date(),
  instruments: z.array(instrumentCodeSchema),
  stage: stageCodeSchema,
  sustainability: z.object({
    environmental: z.string().nullable(),
    social: z.string().nullable(),
    tags: z.array(sustainabilityTagCodeSchema),
  }),
  status: z.enum(OPPORTUNITY_STATUSES),
  closeReason: z.enum(CLOSE_REASONS).nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  publishedAt: z.iso.datetime({ offset: true }).nullable(),
  closedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type Opportunity = z.infer<typeof opportunitySchema>;

// ---------------------------------------------------------------------------------------------------
// Search

export const OPPORTUNITY_SORTS = ['relevance', 'newest', 'amount'] as const;
export type OpportunitySort = (typeof OPPORTUNITY_SORTS)[number];

const queryText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((value) => value || undefined);

const booleanQuery = z.enum(['true', 'false']).transform((value) => value === 'true');

/**
 * `GET /api/opportunities`. `sector` takes a section (`C`) or a division (`C10`); `country` and `island`
 * expand to their regions; amounts compare in US dollars. `sort` defaults to relevance when `q` is given
 * and to newest otherwise (relevance without `q` is newest). By default the list holds published
 * opportunities plus the caller's own drafts (organisers: every draft); `status` narrows it, `mine=true`
 * keeps only the caller's own.
 */
export const searchOpportunitiesQuerySchema = z
  .strictObject({
    ...paginationQuerySchema.shape,
    q: queryText(200),
    sector: sectorCodeSchema.optional(),
    region: regionCodeSchema.optional(),
    country: countryCodeSchema.optional(),
    island: islandGroupCodeSchema.optional(),
    instrument: instrumentCodeSchema.optional(),
    stage: stageCodeSchema.optional(),
    tag: sustainabilityTagCodeSchema.optional(),
    minAmountUsd: moneyAmountSchema.optional(),
    maxAmountUsd: moneyAmountSchema.optional(),
    status: z.enum(OPPORTUNITY_STATUSES).optional(),
    mine: booleanQuery.optional(),
    sort: z.enum(OPPORTUNITY_SORTS).optional(),
  })
  .superRefine((query, ctx) => {
    const { minAmountUsd: min, maxAmountUsd: max } = query;
    if (min && max && MONEY_AMOUNT_PATTERN.test(min) && MONEY_AMOUNT_PATTERN.test(max) && compareDecimalStrings(min, max) > 0) {
      ctx.addIssue({ code: 'custom', path: ['maxAmountUsd'], params: ruleParams('max_below_min', { min: { amount: min, currency: 'USD' } }), input: max });
    }
  });
export type SearchOpportunitiesQuery = z.input<typeof searchOpportunitiesQuerySchema>;
export type SearchOpportunities = z.output<typeof searchOpportunitiesQuerySchema>;

export const facetCountSchema = z.object({ code: z.string(), count: z.number().int() });
export type FacetCount = z.infer<typeof facetCountSchema>;

/**
 * Counts for the filter sidebar. Each facet is computed over the current filters except its own
 * dimension, so picking `country=MY` still shows how many there are in ID and BN.
 */
export const opportunityFacetsSchema = z.object({
  sector: z.array(facetCountSchema.extend({ code: sectionCodeSchema })),
  country: z.array(facetCountSchema.extend({ code: countryCodeSchema })),
  island: z.array(facetCountSchema.extend({ code: islandGroupCodeSchema })),
});
export type OpportunityFacets = z.infer<typeof opportunityFacetsSchema>;

/** Search results: `facets` and `total` come with the first page (no cursor) and are null on later pages. */
export const opportunitySearchResultSchema = z.object({
  items: z.array(opportunitySchema.extend({ score: z.number().nullable() })),
  nextCursor: z.string().nullable(),
  total: z.number().int().nullable(),
  facets: opportunityFacetsSchema.nullable(),
});
export type OpportunitySearchResult = z.infer<typeof opportunitySearchResultSchema>;
export type OpportunitySearchItem = OpportunitySearchResult['items'][number];
