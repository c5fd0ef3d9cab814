// The bounded local search. Each step first tries to insert a random unplaced meeting by an
// ejection chain, which never loses a placed meeting; failing that it makes a tabu-search move
// (tabu-ejection), which may. The walk can therefore get worse for a while: every state at least
// as good as the best is committed, and after a long run without improvement the walk returns to
// the best. It stops at the bound, after a run of steps without improvement, at the iteration cap,
// or at the deadline; only the deadline depends on machine speed.
import type { SeededRandom } from '../random/seeded-random.js';
import { EjectionChains, type ChainLimits } from './ejection-chain.js';
import { compareScores, type PlacementState, type Score } from './placement-state.js';
import { TabuEjection, type TabuSettings } from './tabu-ejection.js';

export interface SearchSettings extends TabuSettings {
  /** performance.now() value after which the search stops. */
  deadline: number;
  maxIterations: number;
  /** Stop after this many steps without a strictly better score. */
  stallIterations: number;
  /** Go back to the best placement after this many steps without reaching it again. */
  resetIterations: number;
  /** The flow bound (and the fewest zero-meeting participants possible): nothing better exists. */
  target: Score;
  chains: ChainLimits;
  onProgress?: (fraction: number) => void;
}

export interface SearchOutcome {
  iterations: number;
  reachedTarget: boolean;
}

const reached = (score: Score, target: Score): boolean =>
  score.weightUnits >= target.weightUnits && score.count >= target.count && score.zeroParticipants <= target.zeroParticipants && score.moved <= target.moved;

export function searchPlacement(state: PlacementState, random: SeededRandom, settings: SearchSettings): SearchOutcome {
  const chains = new EjectionChains(state, random, settings.chains);
  const tabu = new TabuEjection(state, random, settings);
  const start = performance.now();
  let best = state.snapshotScore();
  state.commit();
  let iteration = 0;
  let lastImprovement = 0;
  let lastReset = 0;
  let progress = 0;
  while (state.poolSize > 0 && !reached(best, settings.target)) {
    iteration++;
    if (iteration > settings.maxIterations || iteration - lastImprovement > settings.stallIterations) break;
    if ((iteration & 31) === 0) {
      const now = performance.now();
      if (now > settings.deadline) break;
      if (settings.onProgress && (iteration & 1023) === 0) {
        const byTime = (now - start) / Math.max(1, settings.deadline - start);
        const byStall = (iteration - lastImprovement) / settings.stallIterations;
        progress = Math.max(progress, Math.min(1, Math.max(byTime, byStall)));
        settings.onProgress(progress);
      }
    }
    if (iteration - Math.max(lastImprovement, lastReset) > settings.resetIterations) {
      state.rollback(0);
      lastReset = iteration;
    }
    const moved = chains.insert(state.pool[random.below(state.poolSize)]) || tabu.move(iteration, best);
    if (!moved) continue;
    const comparison = compareScores(state, best);
    if (comparison >= 0) {
      if (comparison > 0) lastImprovement = iteration;
      best = state.snapshotScore();
      state.commit();
    }
  }
  if (compareScores(state, best) < 0) state.rollback(0);
  state.commit();
  return { iterations: iteration, reachedTarget: reached(best, settings.target) };
}
