import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { DEFAULT_MATCH_WEIGHTS, MATCH_CRITERIA, type MatchWeights } from '@serumpun/matching';
import type { MatchWeightsDto } from '@serumpun/shared';

const COLUMNS = MATCH_CRITERIA.join(', ');

/**
 * The weights every score uses: the organisers' row in `match_weights`, or the defaults in code. Read per
 * request (one primary-key lookup), so a change applies at once on every instance.
 */
@Injectable()
export class MatchWeightsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async current(manager?: EntityManager): Promise<MatchWeights> {
    const rows: MatchWeights[] = await (manager ?? this.dataSource).query(`SELECT ${COLUMNS} FROM match_weights WHERE id = 1`);
    return rows[0] ? { ...rows[0] } : { ...DEFAULT_MATCH_WEIGHTS };
  }

  /** Replaces the weights (validated by matchWeightsDtoSchema; the table's checks guard the same rules). */
  async replace(weights: MatchWeightsDto, organiserId: string): Promise<MatchWeights> {
    const values = MATCH_CRITERIA.map((criterion) => weights[criterion]);
    const placeholders = MATCH_CRITERIA.map((_, index) => `$${index + 1}`).join(', ');
    const updates = MATCH_CRITERIA.map((criterion) => `${criterion} = EXCLUDED.${criterion}`).join(', ');
    await this.dataSource.query(
      `INSERT INTO match_weights (id, ${COLUMNS}, updated_by) VALUES (1, ${placeholders}, $${values.length + 1})
       ON CONFLICT (id) DO UPDATE SET ${updates}, updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [...values, organiserId],
    );
    return this.current();
  }
}
