// One function evaluates every criterion of a pair into a reusable scratch record, with no allocation: the
// ranking and suggestion loops call it millions of times, and the explanation of the few items shown reads
// the same record, so the numbers behind a score and the reasons given for it cannot drift apart.

import type { CompiledInvestor } from '../compile/compile-investor.js';
import type { CompiledTarget } from '../compile/compile-target.js';
import { bitCount } from '../compile/taxonomy-index.js';
import type { ReasonCode } from '../reasons/reason-codes.js';
import { MATCH_CREDITS, MATCH_CRITERIA } from '../weights.js';

/**
 * Whose wishes a score measures. `investor`: the investor's preferences against the opportunity or business
 * (the score both sides see in their lists). `business`: whether the investor offers what the business
 * looks for; it differs in counting the investor's home region and in how sustainability is read. The
 * mutual score of suggested meetings fuses the two.
 */
export type MatchView = 'investor' | 'business';

export const SECTOR = 0;
export const REGION = 1;
export const TICKET = 2;
export const INSTRUMENT = 3;
export const STAGE = 4;
export const LANGUAGE = 5;
export const SUSTAINABILITY = 6;

/** The outcome of each criterion, indexed like MATCH_CRITERIA: a reason code (null: no credit) and a credit 0..1. */
export interface PairEvaluation {
  readonly codes: (ReasonCode | null)[];
  readonly credits: Float64Array;
}

export function createEvaluation(): PairEvaluation {
  return { codes: MATCH_CRITERIA.map(() => null), credits: new Float64Array(MATCH_CRITERIA.length) };
}

const NOT_STATED = MATCH_CREDITS.notStated;

function set(out: PairEvaluation, criterion: number, code: ReasonCode | null, credit: number): void {
  out.codes[criterion] = code;
  out.credits[criterion] = credit;
}

function evaluateSector(investor: CompiledInvestor, target: CompiledTarget, out: PairEvaluation): void {
  if (!investor.sectorStated) return set(out, SECTOR, 'sector.open', NOT_STATED);
  if (target.sectors.length === 0) return set(out, SECTOR, 'sector.unknown', NOT_STATED);
  for (const sector of target.sectors) {
    if (investor.sectors[sector] === 1) return set(out, SECTOR, 'sector.same', 1);
  }
  if ((investor.sectionMask & target.sectionMask) !== 0) return set(out, SECTOR, 'sector.same_section', MATCH_CREDITS.sameSection);
  set(out, SECTOR, null, 0);
}

function evaluateRegion(investor: CompiledInvestor, target: CompiledTarget, view: MatchView, out: PairEvaluation): void {
  if (target.region < 0) {
    return set(out, REGION, investor.regionStated ? 'region.unknown' : 'region.open', NOT_STATED);
  }
  let code: ReasonCode | null = null;
  let credit = 0;
  if (!investor.regionStated) {
    code = 'region.open';
    credit = NOT_STATED;
  } else if (investor.regions[target.region] === 1) {
    code = 'region.interest';
    credit = 1;
  } else if ((investor.interestIslandMask & target.islandMask) !== 0) {
    code = 'region.same_island';
    credit = MATCH_CREDITS.sameIsland;
  } else if ((investor.interestCountryMask & target.countryMask) !== 0) {
    code = 'region.same_country';
    credit = MATCH_CREDITS.sameCountry;
  }
  // A business is as glad of an investor based nearby as of one who named its region.
  if (view === 'business' && investor.homeRegion >= 0 && credit < 1) {
    if (investor.homeRegion === target.region) {
      code = 'region.home';
      credit = 1;
    } else if ((investor.homeIslandMask & target.islandMask) !== 0 && credit < MATCH_CREDITS.sameIsland) {
      code = 'region.same_island';
      credit = MATCH_CREDITS.sameIsland;
    } else if ((investor.homeCountryMask & target.countryMask) !== 0 && credit < MATCH_CREDITS.sameCountry) {
      code = 'region.same_country';
      credit = MATCH_CREDITS.sameCountry;
    }
  }
  set(out, REGION, code, credit);
}

/** Credit outside the ticket range: 1 at the bound, falling linearly with the log10 distance. */
export function ticketCreditAt(decadesOutside: number): number {
  return Math.max(0, 1 - decadesOutside / MATCH_CREDITS.ticketDecadesToZero);
}

function evaluateTicket(investor: CompiledInvestor, target: CompiledTarget, out: PairEvaluation): void {
  if (!investor.ticketStated) return set(out, TICKET, 'ticket.open', NOT_STATED);
  if (Number.isNaN(target.logAmount)) return set(out, TICKET, 'ticket.unknown', NOT_STATED);
  if (target.logAmount < investor.logMin) {
    const credit = ticketCreditAt(investor.logMin - target.logAmount);
    return set(out, TICKET, credit > 0 ? 'ticket.below_range' : null, credit);
  }
  if (target.logAmount > investor.logMax) {
    const credit = ticketCreditAt(target.logAmount - investor.logMax);
    return set(out, TICKET, credit > 0 ? 'ticket.above_range' : null, credit);
  }
  set(out, TICKET, 'ticket.fit', 1);
}

function evaluateOverlap(
  out: PairEvaluation,
  criterion: number,
  wanted: number,
  offered: number,
  codes: { shared: ReasonCode; open: ReasonCode; unknown: ReasonCode },
): void {
  if (wanted === 0) return set(out, criterion, codes.open, NOT_STATED);
  if (offered === 0) return set(out, criterion, codes.unknown, NOT_STATED);
  if ((wanted & offered) !== 0) return set(out, criterion, codes.shared, 1);
  set(out, criterion, null, 0);
}

const INSTRUMENT_CODES = { shared: 'instrument.shared', open: 'instrument.open', unknown: 'instrument.unknown' } as const;
const STAGE_CODES = { shared: 'stage.fit', open: 'stage.open', unknown: 'stage.unknown' } as const;
// Whoever left languages blank, the fact is missing rather than a wish: one code for both sides.
const LANGUAGE_CODES = { shared: 'language.shared', open: 'language.unknown', unknown: 'language.unknown' } as const;

function evaluateSustainability(investor: CompiledInvestor, target: CompiledTarget, view: MatchView, out: PairEvaluation): void {
  const wanted = investor.sustainabilityTags;
  const offered = target.sustainabilityTags;
  if (view === 'investor') {
    // The share of the tags the investor asked for that the opportunity offers.
    if (wanted === 0) return set(out, SUSTAINABILITY, 'sustainability.open', NOT_STATED);
    const credit = bitCount(wanted & offered) / investor.sustainabilityTagCount;
    return set(out, SUSTAINABILITY, credit > 0 ? 'sustainability.wanted' : null, credit);
  }
  // The business's view: does the investor value any of what the business offers?
  if (offered === 0) return set(out, SUSTAINABILITY, 'sustainability.open', NOT_STATED);
  if (wanted === 0) return set(out, SUSTAINABILITY, 'sustainability.unknown', NOT_STATED);
  set(out, SUSTAINABILITY, (wanted & offered) !== 0 ? 'sustainability.valued' : null, (wanted & offered) !== 0 ? 1 : 0);
}

/**
 * Turns an evaluation of the investor's view into the business's view: only region and sustainability read
 * differently, so the suggestion loop evaluates both views of a pair for little more than the price of one.
 */
export function switchToBusinessView(investor: CompiledInvestor, target: CompiledTarget, out: PairEvaluation): void {
  evaluateRegion(investor, target, 'business', out);
  evaluateSustainability(investor, target, 'business', out);
}

/** Evaluates every criterion of (investor, target) from the given side's point of view into `out`. */
export function evaluatePair(investor: CompiledInvestor, target: CompiledTarget, view: MatchView, out: PairEvaluation): void {
  evaluateSector(investor, target, out);
  evaluateRegion(investor, target, view, out);
  evaluateTicket(investor, target, out);
  evaluateOverlap(out, INSTRUMENT, investor.instruments, target.instruments, INSTRUMENT_CODES);
  evaluateOverlap(out, STAGE, investor.stages, target.stages, STAGE_CODES);
  evaluateOverlap(out, LANGUAGE, investor.languages, target.languages, LANGUAGE_CODES);
  evaluateSustainability(investor, target, view, out);
}
