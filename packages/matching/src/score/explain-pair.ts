import {
  REGIONS,
  SECTOR_CODES,
  findCountry,
  findInstrument,
  findIslandGroup,
  findLanguage,
  findSector,
  findStage,
  findSustainabilityTag,
  type Locale,
  type LocalisedLabel,
} from '@serumpun/shared';
import type { CompiledInvestor } from '../compile/compile-investor.js';
import type { CompiledTarget } from '../compile/compile-target.js';
import {
  INSTRUMENT_MASK,
  LANGUAGE_MASK,
  SECTION_BIT_OF_SECTOR,
  STAGE_MASK,
  SUSTAINABILITY_MASK,
  sectionCodesOf,
} from '../compile/taxonomy-index.js';
import { evaluatePair, type MatchView, type PairEvaluation } from '../criteria/evaluate-pair.js';
import type { ReasonCode } from '../reasons/reason-codes.js';
import { reasonLabel } from '../reasons/reason-labels.js';
import type { MatchReason, MatchResult } from '../types.js';
import { apportion, scoreOf } from './points.js';

function labelled(entry: { label: LocalisedLabel } | undefined, locale: Locale, fallback: string): string {
  return entry ? entry.label[locale] : fallback;
}

function sectorDetail(code: string, locale: Locale): string {
  return `${code} ${labelled(findSector(code), locale, '')}`.trim();
}

function listDetail(codes: readonly string[], find: (code: string) => { label: LocalisedLabel } | undefined, locale: Locale): string {
  return codes.map((code) => labelled(find(code), locale, code)).join(', ');
}

/** The localised fact a reason names: which sector, which region, which instruments. */
function detailOf(code: ReasonCode, investor: CompiledInvestor, target: CompiledTarget, locale: Locale): string {
  const region = target.region >= 0 ? REGIONS[target.region] : undefined;
  switch (code) {
    case 'sector.same': {
      const sector = target.sectors.find((index) => investor.sectors[index] === 1)!;
      return sectorDetail(SECTOR_CODES[sector], locale);
    }
    case 'sector.same_section': {
      const sector = target.sectors.find((index) => (investor.sectionMask & SECTION_BIT_OF_SECTOR[index]) !== 0)!;
      return sectorDetail(sectionCodesOf(SECTION_BIT_OF_SECTOR[sector])[0], locale);
    }
    case 'region.interest':
    case 'region.home':
      return labelled(region, locale, '');
    case 'region.same_island':
      return region ? labelled(findIslandGroup(region.islandGroup), locale, region.islandGroup) : '';
    case 'region.same_country':
      return region ? labelled(findCountry(region.country), locale, region.country) : '';
    case 'instrument.shared':
      return listDetail(INSTRUMENT_MASK.codesOf(investor.instruments & target.instruments), findInstrument, locale);
    case 'stage.fit':
      return listDetail(STAGE_MASK.codesOf(investor.stages & target.stages), findStage, locale);
    case 'language.shared': {
      const shared = LANGUAGE_MASK.codesOf(investor.languages & target.languages);
      // Name the reader's own language when the two sides share it.
      const named = shared.includes(locale) ? locale : shared[0];
      return labelled(findLanguage(named), locale, named);
    }
    case 'sustainability.wanted':
    case 'sustainability.valued':
      return listDetail(SUSTAINABILITY_MASK.codesOf(investor.sustainabilityTags & target.sustainabilityTags), findSustainabilityTag, locale);
    default:
      return '';
  }
}

/** The score of a pair and its reasons (points > 0 only, largest first), in the reader's language. */
export function explainPair(
  investor: CompiledInvestor,
  target: CompiledTarget,
  view: MatchView,
  factors: Float64Array,
  locale: Locale,
  scratch: PairEvaluation,
): MatchResult {
  evaluatePair(investor, target, view, scratch);
  const score = scoreOf(scratch.credits, factors);
  const points = apportion(
    Array.from(factors, (factor, criterion) => factor * scratch.credits[criterion]),
    score,
  );
  const reasons: MatchReason[] = [];
  points.forEach((value, criterion) => {
    const code = scratch.codes[criterion];
    if (value > 0 && code) reasons.push({ code, label: reasonLabel(code, locale, detailOf(code, investor, target, locale)), points: value });
  });
  // Array.prototype.sort is stable, so equal points keep the criteria order.
  reasons.sort((a, b) => b.points - a.points);
  return { score, reasons };
}
