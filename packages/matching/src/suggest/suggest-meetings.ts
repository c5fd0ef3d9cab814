import { compareIds } from '../compile/compare-ids.js';
import { compileInvestor, type CompiledInvestor } from '../compile/compile-investor.js';
import { compileBusinessTargets, type CompiledTarget } from '../compile/compile-target.js';
import { evaluatePair, switchToBusinessView } from '../criteria/evaluate-pair.js';
import { PairSet, type IdPair } from '../filters/pair-set.js';
import { resolveLimit } from '../rank/top-by-score.js';
import { explainPair } from '../score/explain-pair.js';
import { createMatchContext, type MatchContext, type ScoreOptions } from '../score/match-context.js';
import { scoreOf } from '../score/points.js';
import type { MatchBusiness, MatchInvestor, MatchResult } from '../types.js';
import { CandidateIndex, LISTED_LEVELS, ceilingAfterLevel } from './candidate-index.js';
import { harmonicScore } from './mutual-score.js';

/** A registered participant of an edition. Organisers are not participants here. */
export type MatchParticipant = (MatchInvestor & { readonly role: 'investor' }) | (MatchBusiness & { readonly role: 'business' });

export interface SuggestMeetingsOptions extends Omit<ScoreOptions, 'viewer' | 'dismissed'> {
  /** How many suggestions, best first. Default 50. */
  readonly limit?: number;
  /** Pairs scoring below this are left out. Default 1. */
  readonly minScore?: number;
  /**
   * Pairs never to suggest, in either order: meeting requests already made (any status), meetings held,
   * dismissals. An (investor, opportunity) pair skips only that opportunity.
   */
  readonly excludePairs?: Iterable<IdPair> | PairSet;
  /** The best counterparts for this one participant; omitted: the organiser's strongest pairs overall. */
  readonly participantId?: string;
  /** Candidate pruning for the organiser's list (default true); false scores every pair, for comparison. */
  readonly pruning?: boolean;
}

export interface MeetingSuggestion {
  readonly investorId: string;
  readonly businessId: string;
  /** The business's opportunity the pair meets about, or null when matched through the business profile. */
  readonly opportunityId: string | null;
  /** The mutual score: harmonic mean of the two views. */
  readonly score: number;
  /** How well the business fits the investor's preferences (the score in the investor's list). */
  readonly investorView: MatchResult;
  /** How well the investor offers what the business looks for. */
  readonly businessView: MatchResult;
}

export interface SuggestMeetingsStats {
  readonly investors: number;
  readonly businesses: number;
  /** Investor–business pairs that could be suggested (before exclusions). */
  readonly totalPairs: number;
  /** Pairs the candidate index listed (levels 0–2: a shared section or island, or a blank). */
  readonly candidatePairs: number;
  /** Pairs scored before the answer was proven complete. */
  readonly scoredPairs: number;
  /**
   * Levels scored: 1 (shared section and island) to 3 (shared island), or 4 when the ceiling could not rule
   * out the rest and every pair was scored. Whatever the number, the answer is the exhaustive one.
   */
  readonly levelsScored: number;
}

interface PreparedBusiness {
  readonly id: string;
  readonly targets: readonly CompiledTarget[];
}

interface Entry {
  readonly score: number;
  readonly investor: number;
  readonly business: number;
  readonly target: number;
}

/** Whether (score, investor, business) ranks above `entry`: higher score, then earlier investor, then earlier business. */
function ranksAbove(score: number, investor: number, business: number, entry: Entry): boolean {
  if (score !== entry.score) return score > entry.score;
  if (investor !== entry.investor) return investor < entry.investor;
  return business < entry.business;
}

const isWorse = (a: Entry, b: Entry): boolean => ranksAbove(b.score, b.investor, b.business, a);

/** A bounded min-heap keeping the best `capacity` entries; its root is the worst kept. */
class BestEntries {
  private readonly heap: Entry[] = [];

  constructor(private readonly capacity: number) {}

  get isFull(): boolean {
    return this.heap.length >= this.capacity;
  }

  get worst(): Entry | undefined {
    return this.heap[0];
  }

  /** Keeps the pair if it makes the list; the entry object is only allocated then. */
  offer(score: number, investor: number, business: number, target: number): void {
    if (this.capacity === 0) return;
    if (!this.isFull) {
      this.heap.push({ score, investor, business, target });
      this.siftUp(this.heap.length - 1);
    } else if (ranksAbove(score, investor, business, this.heap[0])) {
      this.heap[0] = { score, investor, business, target };
      this.siftDown(0);
    }
  }

  /** Whether a pair with this score could still enter the list. */
  admits(score: number): boolean {
    return this.capacity > 0 && (!this.isFull || score >= this.heap[0].score);
  }

  sorted(): Entry[] {
    return [...this.heap].sort((a, b) => (isWorse(a, b) ? 1 : isWorse(b, a) ? -1 : 0));
  }

  private siftUp(start: number): void {
    let index = start;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!isWorse(this.heap[index], this.heap[parent])) break;
      [this.heap[index], this.heap[parent]] = [this.heap[parent], this.heap[index]];
      index = parent;
    }
  }

  private siftDown(start: number): void {
    let index = start;
    for (;;) {
      const left = 2 * index + 1;
      const right = left + 1;
      let worst = index;
      if (left < this.heap.length && isWorse(this.heap[left], this.heap[worst])) worst = left;
      if (right < this.heap.length && isWorse(this.heap[right], this.heap[worst])) worst = right;
      if (worst === index) return;
      [this.heap[index], this.heap[worst]] = [this.heap[worst], this.heap[index]];
      index = worst;
    }
  }
}

/**
 * Scores investor–business pairs into the list: both views through each undismissed target of the business,
 * the best mutual score wins (targets come in opportunity-id order, so a tie keeps the lowest id).
 */
class PairScorer {
  scored = 0;
  private currentInvestor = -1;
  private excludedPartners: ReadonlySet<string> | undefined;

  constructor(
    private readonly investors: readonly CompiledInvestor[],
    private readonly businesses: readonly PreparedBusiness[],
    private readonly context: MatchContext,
    private readonly excluded: PairSet,
    private readonly minScore: number,
    private readonly best: BestEntries,
  ) {}

  offer(investorIndex: number, businessIndex: number): void {
    this.scored++;
    const investor = this.investors[investorIndex];
    const business = this.businesses[businessIndex];
    if (investorIndex !== this.currentInvestor) {
      this.currentInvestor = investorIndex;
      this.excludedPartners = this.excluded.partnersOf(investor.id);
    }
    const excluded = this.excludedPartners;
    if (excluded?.has(business.id)) return;
    const { scratch, factors } = this.context;
    let bestScore = -1;
    let bestTarget = -1;
    for (let target = 0; target < business.targets.length; target++) {
      const compiled = business.targets[target];
      if (excluded && compiled.opportunityId !== null && excluded.has(compiled.opportunityId)) continue;
      evaluatePair(investor, compiled, 'investor', scratch);
      const investorScore = scoreOf(scratch.credits, factors);
      switchToBusinessView(investor, compiled, scratch);
      const score = harmonicScore(investorScore, scoreOf(scratch.credits, factors));
      if (score > bestScore) {
        bestScore = score;
        bestTarget = target;
      }
    }
    if (bestTarget >= 0 && bestScore >= this.minScore) this.best.offer(bestScore, investorIndex, businessIndex, bestTarget);
  }
}

function prepare(participants: readonly MatchParticipant[], context: MatchContext, participantId: string | undefined) {
  const seen = new Set<string>();
  const investors: CompiledInvestor[] = [];
  const businesses: PreparedBusiness[] = [];
  for (const participant of participants) {
    if (seen.has(participant.id)) throw new RangeError(`Participant ${participant.id} is listed twice`);
    seen.add(participant.id);
    if (participant.role === 'investor') {
      // Hidden investors are suggested to nobody, but still see their own suggestions.
      if (participant.visible === false && participant.id !== participantId) continue;
      investors.push(compileInvestor(participant, context.fx));
    } else if (participant.role === 'business') {
      businesses.push({ id: participant.id, targets: compileBusinessTargets(participant, context.fx) });
    }
  }
  // Sorting by id once makes every tie-break an integer comparison.
  investors.sort((a, b) => compareIds(a.id, b.id));
  businesses.sort((a, b) => compareIds(a.id, b.id));
  return { investors, businesses };
}

/**
 * Suggested meetings for an edition: investor–business pairs (never two of one side) that nobody has
 * requested yet, by mutual score, ties by investor id then business id. Without `participantId`, the
 * organiser's strongest pairs overall, found through candidate pruning that provably loses nothing;
 * with it, that participant's best counterparts.
 */
export function suggestMeetingsWithStats(
  participants: readonly MatchParticipant[],
  options: SuggestMeetingsOptions = {},
): { suggestions: MeetingSuggestion[]; stats: SuggestMeetingsStats } {
  const context = createMatchContext({ ...options, viewer: 'business' });
  const limit = resolveLimit(options.limit, 50);
  const minScore = options.minScore ?? 1;
  const excluded = PairSet.from(options.excludePairs);
  const { investors, businesses } = prepare(participants, context, options.participantId);
  const best = new BestEntries(limit);
  const scorer = new PairScorer(investors, businesses, context, excluded, minScore, best);

  let totalPairs = investors.length * businesses.length;
  let candidatePairs: number;
  let levelsScored = LISTED_LEVELS + 1;
  if (options.participantId !== undefined) {
    // One participant's row is linear in the edition's size: score it whole.
    const asInvestor = investors.findIndex((investor) => investor.id === options.participantId);
    const asBusiness = businesses.findIndex((business) => business.id === options.participantId);
    if (asInvestor >= 0) businesses.forEach((_, business) => scorer.offer(asInvestor, business));
    if (asBusiness >= 0) investors.forEach((_, investor) => scorer.offer(investor, asBusiness));
    totalPairs = candidatePairs = scorer.scored;
  } else if (options.pruning === false) {
    investors.forEach((_, investor) => businesses.forEach((__, business) => scorer.offer(investor, business)));
    candidatePairs = scorer.scored;
  } else {
    const index = new CandidateIndex(businesses);
    // Proven complete when no pair left can enter: the list is full of pairs beating the ceiling (ties go
    // by id, so an equal score is not enough), or the ceiling is below the minimum score.
    const settled = (ceiling: number): boolean => !best.admits(ceiling) || ceiling < minScore;
    candidatePairs = 0;
    levelsScored = 0;
    // Each pass recomputes the investor's levels rather than keeping 10^5–10^6 indices alive between passes.
    for (let level = 0; level < LISTED_LEVELS; level++) {
      investors.forEach((investor, investorIndex) => {
        const levels = index.levelsOf(investor);
        if (level === 0) candidatePairs += levels[0].length + levels[1].length + levels[2].length;
        for (const business of levels[level]) scorer.offer(investorIndex, business);
      });
      levelsScored = level + 1;
      if (settled(ceilingAfterLevel(level, context.factors))) break;
    }
    if (levelsScored === LISTED_LEVELS && !settled(ceilingAfterLevel(LISTED_LEVELS - 1, context.factors))) {
      levelsScored = LISTED_LEVELS + 1;
      investors.forEach((investor, investorIndex) => {
        index.levelsOf(investor);
        businesses.forEach((_, business) => {
          if (!index.isListed(business)) scorer.offer(investorIndex, business);
        });
      });
    }
  }

  const suggestions = best.sorted().map((entry): MeetingSuggestion => {
    const investor = investors[entry.investor];
    const business = businesses[entry.business];
    const target = business.targets[entry.target];
    const explain = (view: 'investor' | 'business') =>
      explainPair(investor, target, view, context.factors, context.locale, context.scratch);
    return {
      investorId: investor.id,
      businessId: business.id,
      opportunityId: target.opportunityId,
      score: entry.score,
      investorView: explain('investor'),
      businessView: explain('business'),
    };
  });
  return {
    suggestions,
    stats: { investors: investors.length, businesses: businesses.length, totalPairs, candidatePairs, scoredPairs: scorer.scored, levelsScored },
  };
}

/** `suggestMeetingsWithStats` without the statistics: what the API returns. */
export function suggestMeetings(participants: readonly MatchParticipant[], options: SuggestMeetingsOptions = {}): MeetingSuggestion[] {
  return suggestMeetingsWithStats(participants, options).suggestions;
}
