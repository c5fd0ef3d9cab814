// The plain inputs and outputs of matching. Inputs are deliberately minimal and shaped like the API's rows
// (see README "Mapping API rows"), so the API maps a row with a spread and the scores stay testable
// without a database. A list that is absent or empty means "not stated", never "nothing fits".

import type { ReasonCode } from './reasons/reason-codes.js';

/** US dollars: a number, or a decimal string as PostgreSQL returns a numeric column ("250000.00"). */
export type UsdAmount = number | string;

/** An amount in any supported currency, converted to US dollars with `options.fx`. */
export interface MoneyAmount {
  readonly amount: string;
  readonly currency: string;
}

/** A number or decimal string is already in US dollars; a `{ amount, currency }` is converted with `fx`. */
export type MatchAmount = UsdAmount | MoneyAmount;

export interface MatchInvestor {
  /** The investor's user id: what meeting requests, dismissals and `excludePairs` refer to. */
  readonly id: string;
  /** False keeps the investor out of businesses' and organisers' lists (a hard filter). Default true. */
  readonly visible?: boolean;
  /** Where the investor is based. The business's view (mutual score) counts it like a region of interest. */
  readonly regionCode?: string | null;
  /** Sectors of interest: ISIC sections (`C`) or divisions (`C10`). */
  readonly sectors?: readonly string[];
  /** Regions of interest: ISO 3166-2 codes (`ID-KB`, `MY-13`). */
  readonly regions?: readonly string[];
  readonly ticketMin?: MatchAmount | null;
  readonly ticketMax?: MatchAmount | null;
  readonly instruments?: readonly string[];
  readonly stages?: readonly string[];
  /** Languages the investor can meet in. */
  readonly languages?: readonly string[];
  /** Sustainability tags the investor asks for. */
  readonly sustainabilityTags?: readonly string[];
}

export type OpportunityStatus = 'draft' | 'published' | 'closed';

export interface MatchOpportunity {
  readonly id: string;
  /** The owning business's user id, so that dismissing the business also hides its opportunities. */
  readonly businessId?: string | null;
  /** Only `published` is ever matched: drafts and closed opportunities are hard-filtered. */
  readonly status: OpportunityStatus | (string & {});
  readonly sectorCode?: string | null;
  readonly regionCode?: string | null;
  /** The amount asked for. */
  readonly amount?: MatchAmount | null;
  readonly instruments?: readonly string[];
  readonly stage?: string | null;
  /** The owner's meeting languages (the business profile's `languages`). */
  readonly languages?: readonly string[];
  /** Sustainability tags the opportunity offers. */
  readonly sustainabilityTags?: readonly string[];
}

export interface MatchBusiness {
  /** The business's user id. */
  readonly id: string;
  readonly sectors?: readonly string[];
  readonly regionCode?: string | null;
  readonly languages?: readonly string[];
  /**
   * The business's opportunities. When some are published, the business is matched through its best
   * published opportunity (an opportunity without languages takes the business's); otherwise through its
   * profile alone, and the ticket, instrument, stage and sustainability criteria count as not stated.
   */
  readonly opportunities?: readonly MatchOpportunity[];
}

/** One line of "why": a stable code for icons and analytics, a label in the requested language, and points. */
export interface MatchReason {
  readonly code: ReasonCode;
  readonly label: string;
  readonly points: number;
}

/** A score from 0 to 100 and the reasons behind it; the reasons' points add up exactly to the score. */
export interface MatchResult {
  readonly score: number;
  readonly reasons: readonly MatchReason[];
}
