import { DEFAULT_LOCALE, type Locale } from '@serumpun/shared';
import { toFxTable, type FxInput, type FxTable } from '../amounts/to-usd.js';
import { createEvaluation, type PairEvaluation } from '../criteria/evaluate-pair.js';
import type { MatchViewer } from '../filters/exclusion.js';
import { PairSet, type IdPair } from '../filters/pair-set.js';
import { pointFactors, resolveMatchWeights, type MatchWeights } from '../weights.js';

export interface ScoreOptions {
  /** The organisers' weights; missing criteria take DEFAULT_MATCH_WEIGHTS. */
  readonly weights?: Partial<MatchWeights>;
  /** The language of the reasons' labels. Default `id`. */
  readonly locale?: Locale;
  /** Exchange rates, needed only for amounts given as `{ amount, currency }` in a currency other than USD. */
  readonly fx?: FxInput;
  /** Dismissed pairs, in either order: (investor, opportunity), (investor, business). Pass a PairSet to reuse one. */
  readonly dismissed?: Iterable<IdPair> | PairSet;
  /** Who is looking; `business` also hides investors whose profile is not visible. Default `investor`. */
  readonly viewer?: MatchViewer;
}

/** Everything a scoring call derives once from its options. */
export interface MatchContext {
  readonly factors: Float64Array;
  readonly locale: Locale;
  readonly fx: FxTable;
  readonly dismissed: PairSet;
  readonly viewer: MatchViewer;
  readonly scratch: PairEvaluation;
}

export function createMatchContext(options: ScoreOptions = {}): MatchContext {
  return {
    factors: pointFactors(resolveMatchWeights(options.weights)),
    locale: options.locale ?? DEFAULT_LOCALE,
    fx: toFxTable(options.fx),
    dismissed: PairSet.from(options.dismissed),
    viewer: options.viewer ?? 'investor',
    scratch: createEvaluation(),
  };
}
