import { z } from 'zod';
import type { LocalisedLabel } from '../common/locale.js';
import { entriesFromLabels, indexByCode, type CodeTuple, type TaxonomyEntry } from './taxonomy.js';

/** How far a business or project has come, from an idea to a mature company or an asset project. */
export const STAGE_CODES = [
  'idea',
  'pre_revenue',
  'early_revenue',
  'growth',
  'mature',
  'greenfield',
  'brownfield',
] as const satisfies CodeTuple<string>;
export type StageCode = (typeof STAGE_CODES)[number];
export type Stage = TaxonomyEntry<StageCode>;

const STAGE_LABELS: Record<StageCode, LocalisedLabel> = {
  idea: { id: 'Ide', en: 'Idea', ms: 'Idea' },
  pre_revenue: { id: 'Belum ada pendapatan', en: 'Pre-revenue', ms: 'Belum menjana hasil' },
  early_revenue: { id: 'Pendapatan awal', en: 'Early revenue', ms: 'Hasil awal' },
  growth: { id: 'Pertumbuhan', en: 'Growth', ms: 'Pertumbuhan' },
  mature: { id: 'Mapan / ekspansi', en: 'Mature / expansion', ms: 'Matang / pengembangan' },
  greenfield: { id: 'Proyek baru (greenfield)', en: 'Project (greenfield)', ms: 'Projek baharu (greenfield)' },
  brownfield: {
    id: 'Proyek pengembangan aset yang ada (brownfield)',
    en: 'Project (brownfield)',
    ms: 'Projek aset sedia ada (brownfield)',
  },
};

export const STAGES: readonly Stage[] = entriesFromLabels(STAGE_CODES, STAGE_LABELS);

const stagesByCode = indexByCode(STAGES);

export function findStage(code: string): Stage | undefined {
  return stagesByCode.get(code);
}

export function isStageCode(code: string): code is StageCode {
  return stagesByCode.has(code);
}

export const stageCodeSchema = z.enum(STAGE_CODES);
