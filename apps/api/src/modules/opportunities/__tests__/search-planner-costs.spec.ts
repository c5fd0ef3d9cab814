import { describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { searchOpportunitiesQuerySchema } from '@serumpun/shared';
import { OpportunitiesRepository, type SearchPlan } from '../opportunities.repository.js';

/** A data source that answers SHOW with the given random_page_cost and records every statement. */
function recordingDataSource(randomPageCost: string) {
  const statements: string[] = [];
  const query = async (text: string) => {
    statements.push(text);
    return text.startsWith('SHOW') ? [{ random_page_cost: randomPageCost }] : [];
  };
  const dataSource = {
    query,
    transaction: async (work: (manager: { query: typeof query }) => Promise<unknown>) => {
      statements.push('BEGIN');
      const result = await work({ query });
      statements.push('COMMIT');
      return result;
    },
  } as unknown as DataSource;
  return { dataSource, statements };
}

const textPlan: SearchPlan = {
  query: searchOpportunitiesQuerySchema.parse({ q: 'sawit' }),
  viewer: { id: '00000000-0000-4000-8000-000000000001', role: 'investor' },
  sort: 'relevance',
  tsquery: "'sawit':*",
  textMode: 'fulltext',
  textQuery: { match: "('sawit')", score: "'sawit':*", exactLexeme: 'sawit' },
  after: { key: 0.5, id: '00000000-0000-4000-8000-000000000002' },
};

describe('planner costs of text searches', () => {
  it('sets random_page_cost for the transaction when the server keeps the spinning-disk default', async () => {
    const { dataSource, statements } = recordingDataSource('4');
    const repository = new OpportunitiesRepository(dataSource);
    await repository.search(textPlan);
    await repository.search(textPlan);
    expect(statements.filter((s) => s.startsWith('SHOW'))).toHaveLength(1);
    expect(statements.slice(1, 4).map((s) => s.split('\n')[0].trim())).toEqual(['BEGIN', 'SET LOCAL random_page_cost = 1.1', expect.stringMatching(/^WITH ranked/)]);
  });

  it('runs the statement alone when the server is already configured for data in memory or on SSD', async () => {
    const { dataSource, statements } = recordingDataSource('1.1');
    await new OpportunitiesRepository(dataSource).search(textPlan);
    expect(statements.some((s) => s === 'BEGIN' || s.startsWith('SET LOCAL'))).toBe(false);
  });
});
