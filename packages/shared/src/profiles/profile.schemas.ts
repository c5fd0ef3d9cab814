import { z } from 'zod';
import { compareDecimalStrings, MONEY_AMOUNT_PATTERN, moneySchema, positiveMoneySchema } from '../common/money.js';
import { paginationQuerySchema } from '../common/pagination.js';
import { businessKindCodeSchema } from '../taxonomies/business-kinds.js';
import { countryCodeSchema } from '../taxonomies/countries.js';
import { instrumentCodeSchema } from '../taxonomies/instruments.js';
import { investorTypeCodeSchema } from '../taxonomies/investor-types.js';
import { languageCodeSchema } from '../taxonomies/languages.js';
import { findLegalForm, legalFormCodeSchema } from '../taxonomies/legal-forms.js';
import { findRegion, regionCodeSchema } from '../taxonomies/regions.js';
import { sectorCodeSchema } from '../taxonomies/sectors.js';
import { stageCodeSchema } from '../taxonomies/stages.js';
import { sustainabilityTagCodeSchema } from '../taxonomies/sustainability-tags.js';
import { codeList, optionalTextField, textField, websiteSchema } from './fields.js';
import { revenueBandCodeSchema } from './revenue-bands.js';
import { ruleParams } from '../i18n/validation-rules.js';

export const PROFILE_KINDS = ['investor', 'business'] as const;
export type ProfileKind = (typeof PROFILE_KINDS)[number];

export const ORGANISATION_MAX_LENGTH = 160;
export const PROFILE_TEXT_MAX_LENGTH = 4000;

type IssueSink = { addIssue(issue: z.core.$ZodRawIssue): void };

/** The home region, when given, must lie in the home country; Singapore has no regions here. */
function checkHomeRegion(profile: { countryCode: string; regionCode?: string | null }, ctx: IssueSink): void {
  if (!profile.regionCode) return;
  const region = findRegion(profile.regionCode);
  if (region && region.country !== profile.countryCode) {
    ctx.addIssue({ code: 'custom', path: ['regionCode'], params: ruleParams('region_not_in_country', { country: profile.countryCode }), input: profile.regionCode });
  }
}

// ---------------------------------------------------------------------------------------------------
// Investor profile

/**
 * `PUT /api/me/profile` by an investor. The ticket range is stated in one currency (the one the investor
 * thinks in), so "from Rp 5 miliar to US$2 juta" cannot be entered by mistake and the bounds compare exactly.
 */
export const investorProfileInputSchema = z
  .strictObject({
    organisation: textField(2, ORGANISATION_MAX_LENGTH),
    investorType: investorTypeCodeSchema,
    countryCode: countryCodeSchema,
    regionCode: regionCodeSchema.nullish().transform((value) => value ?? null),
    sectors: codeList(sectorCodeSchema, 1, 40),
    regions: codeList(regionCodeSchema, 0, 80),
    ticketMin: positiveMoneySchema,
    ticketMax: positiveMoneySchema,
    instruments: codeList(instrumentCodeSchema, 1, 8),
    stages: codeList(stageCodeSchema, 1, 7),
    languages: codeList(languageCodeSchema, 1, 5),
    sustainabilityTags: codeList(sustainabilityTagCodeSchema, 0, 10).default([]),
    bio: textField(0, PROFILE_TEXT_MAX_LENGTH).default(''),
    website: websiteSchema,
    /** Whether businesses find this investor in `GET /api/investors` and in their matches. */
    visible: z.boolean().default(true),
  })
  .superRefine((profile, ctx) => {
    checkHomeRegion(profile, ctx);
    const { ticketMin, ticketMax } = profile;
    if (ticketMin.currency !== ticketMax.currency) {
      ctx.addIssue({
        code: 'custom',
        path: ['ticketMax', 'currency'],
        params: ruleParams('ticket_currency_mismatch', { currency: ticketMin.currency }),
        input: ticketMax.currency,
      });
    } else if (
      // Malformed amounts are already reported by their own schema; compare only well-formed ones.
      MONEY_AMOUNT_PATTERN.test(ticketMin.amount) &&
      MONEY_AMOUNT_PATTERN.test(ticketMax.amount) &&
      compareDecimalStrings(ticketMin.amount, ticketMax.amount) > 0
    ) {
      ctx.addIssue({ code: 'custom', path: ['ticketMax', 'amount'], params: ruleParams('max_below_min', { min: ticketMin }), input: ticketMax.amount });
    }
  });
export type InvestorProfileInput = z.input<typeof investorProfileInputSchema>;
export type InvestorProfileData = z.output<typeof investorProfileInputSchema>;

export const investorProfileSchema = z.object({
  kind: z.literal('investor'),
  id: z.uuid(),
  userId: z.uuid(),
  fullName: z.string(),
  organisation: z.string(),
  investorType: investorTypeCodeSchema,
  countryCode: countryCodeSchema,
  regionCode: regionCodeSchema.nullable(),
  sectors: z.array(sectorCodeSchema),
  regions: z.array(regionCodeSchema),
  ticketMin: moneySchema,
  ticketMax: moneySchema,
  /** The ticket bounds in US dollars at the current rates (see `GET /api/fx-rates`). */
  ticketMinUsd: z.string(),
  ticketMaxUsd: z.string(),
  instruments: z.array(instrumentCodeSchema),
  stages: z.array(stageCodeSchema),
  languages: z.array(languageCodeSchema),
  sustainabilityTags: z.array(sustainabilityTagCodeSchema),
  bio: z.string(),
  website: z.string().nullable(),
  visible: z.boolean(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type InvestorProfile = z.infer<typeof investorProfileSchema>;

// ---------------------------------------------------------------------------------------------------
// Business profile

export const FOUNDED_YEAR_MIN = 1800;

/** `PUT /api/me/profile` by a business: the legal form and the region must belong to its country. */
export const businessProfileInputSchema = z
  .strictObject({
    companyName: textField(2, ORGANISATION_MAX_LENGTH),
    businessKind: businessKindCodeSchema.default('sme'),
    legalForm: legalFormCodeSchema,
    registrationNumber: optionalTextField(60),
    countryCode: countryCodeSchema,
    regionCode: regionCodeSchema,
    sectors: codeList(sectorCodeSchema, 1, 20),
    foundedYear: z.number().int().min(FOUNDED_YEAR_MIN).max(2100).nullish().transform((value) => value ?? null),
    employees: z.number().int().min(1).max(5_000_000).nullish().transform((value) => value ?? null),
    revenueBand: revenueBandCodeSchema.nullish().transform((value) => value ?? null),
    description: textField(20, PROFILE_TEXT_MAX_LENGTH),
    website: websiteSchema,
    languages: codeList(languageCodeSchema, 1, 5),
  })
  .superRefine((profile, ctx) => {
    checkHomeRegion(profile, ctx);
    const legalForm = findLegalForm(profile.legalForm);
    if (legalForm && legalForm.country !== profile.countryCode) {
      ctx.addIssue({ code: 'custom', path: ['legalForm'], params: ruleParams('legal_form_not_in_country', { country: profile.countryCode }), input: profile.legalForm });
    }
    if (profile.foundedYear !== null && profile.foundedYear > new Date().getUTCFullYear()) {
      ctx.addIssue({ code: 'too_big', origin: 'number', maximum: new Date().getUTCFullYear(), inclusive: true, path: ['foundedYear'], input: profile.foundedYear });
    }
  });
export type BusinessProfileInput = z.input<typeof businessProfileInputSchema>;
export type BusinessProfileData = z.output<typeof businessProfileInputSchema>;

export const businessProfileSchema = z.object({
  kind: z.literal('business'),
  id: z.uuid(),
  userId: z.uuid(),
  fullName: z.string(),
  companyName: z.string(),
  businessKind: businessKindCodeSchema,
  legalForm: legalFormCodeSchema,
  registrationNumber: z.string().nullable(),
  countryCode: countryCodeSchema,
  regionCode: regionCodeSchema,
  sectors: z.array(sectorCodeSchema),
  foundedYear: z.number().int().nullable(),
  employees: z.number().int().nullable(),
  revenueBand: revenueBandCodeSchema.nullable(),
  description: z.string(),
  website: z.string().nullable(),
  languages: z.array(languageCodeSchema),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type BusinessProfile = z.infer<typeof businessProfileSchema>;

/** What `GET /api/me/profile` answers: the caller's profile, telling its kind. */
export const profileSchema = z.discriminatedUnion('kind', [investorProfileSchema, businessProfileSchema]);
export type Profile = z.infer<typeof profileSchema>;

// ---------------------------------------------------------------------------------------------------
// Investor directory

/**
 * `GET /api/investors`: `sector` takes a section or a division and finds investors interested in it or
 * in its whole section (and, for a section, in any of its divisions); `region` finds investors whose
 * regions of interest include it; `q` searches organisation and bio.
 */
export const listInvestorsQuerySchema = z.strictObject({
  ...paginationQuerySchema.shape,
  sector: sectorCodeSchema.optional(),
  region: regionCodeSchema.optional(),
  investorType: investorTypeCodeSchema.optional(),
  instrument: instrumentCodeSchema.optional(),
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .transform((value) => value || undefined),
});
export type ListInvestorsQuery = z.output<typeof listInvestorsQuerySchema>;
