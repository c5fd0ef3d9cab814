import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import {
  compareDecimalStrings,
  findRegion,
  OPPORTUNITY_MAX_AMOUNT_USD,
  type CreateOpportunity,
  type FacetCount,
  type Money,
  type Opportunity,
  type OpportunityFacets,
  type OpportunitySearchResult,
  type SearchOpportunities,
  type UpdateOpportunity,
} from '@serumpun/shared';
import { DomainException } from '../../common/api-exceptions.js';
import { COMMON_MESSAGES } from '../../common/api-messages.js';
import type { AuthUser } from '../../common/auth-user.js';
import { decodeCursor, encodeCursor } from '../../common/cursor.js';
import { FxService, type UsdAmount } from '../fx/fx.service.js';
import { OPPORTUNITY_MESSAGES } from './opportunities.messages.js';
import {
  MAX_PREFIX_EXPANSIONS,
  OpportunitiesRepository,
  type EffectiveSort,
  type FacetRow,
  type OpportunityRow,
  type QueryLexeme,
  type SearchPlan,
  type SearchRow,
} from './opportunities.repository.js';

const MAX_QUERY_WORDS = 8;
const searchCursorSchema = z.strictObject({
  sort: z.enum(['relevance', 'newest', 'amount']),
  text: z.enum(['fulltext', 'fuzzy']).optional(),
  key: z.union([z.string().min(1).max(64), z.number()]),
  id: z.uuid(),
});
const isUuid = (value: string) => z.uuid().safeParse(value).success;

/** An opportunity that has just become published (created as published, or a draft published by PATCH). */
export interface PublishedOpportunity {
  id: string;
  ownerId: string;
  title: string;
}
/** Runs inside the publishing transaction: what it writes commits or rolls back with the publish. */
export type OpportunityPublishedListener = (opportunity: PublishedOpportunity, manager: EntityManager) => Promise<void>;

@Injectable()
export class OpportunitiesService implements OnModuleInit {
  private readonly publishedListeners: OpportunityPublishedListener[] = [];

  constructor(
    private readonly opportunities: OpportunitiesRepository,
    private readonly fx: FxService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.fx.onRatesChanged((manager) => this.opportunities.recomputeAmountsUsd(manager));
  }

  /**
   * Contexts that react to a publication (matching's `match.new` notifications) register here; they run in
   * the transaction of the publish, so their writes (an outbox) commit with it or not at all.
   */
  onPublished(listener: OpportunityPublishedListener): void {
    this.publishedListeners.push(listener);
  }

  async create(user: AuthUser, data: CreateOpportunity): Promise<Opportunity> {
    const usd = await this.amountInUsd(data.amount);
    const id =
      data.status === 'published'
        ? await this.dataSource.transaction(async (manager) => {
            const inserted = await this.opportunities.insert(user.id, data, usd, manager);
            await this.announcePublished({ id: inserted, ownerId: user.id, title: data.title }, manager);
            return inserted;
          })
        : await this.opportunities.insert(user.id, data, usd);
    return this.get(user, id);
  }

  /** Published and closed opportunities are visible to every signed-in user; drafts to their owner and organisers. */
  async get(user: AuthUser, id: string): Promise<Opportunity> {
    return toOpportunityView(await this.findVisible(user, id));
  }

  async update(user: AuthUser, id: string, patch: UpdateOpportunity): Promise<Opportunity> {
    const current = await this.findEditable(user, id);
    if (current.status === 'closed') throw new DomainException(409, OPPORTUNITY_MESSAGES['opportunity.closed']);
    if (current.status === 'published' && patch.status === 'draft') {
      throw new DomainException(409, OPPORTUNITY_MESSAGES['opportunity.cannot_unpublish'], { field: 'status' });
    }
    const usd = patch.amount ? await this.amountInUsd(patch.amount) : null;
    const publishing = current.status === 'draft' && patch.status === 'published';
    const applied = publishing
      ? await this.dataSource.transaction(async (manager) => {
          if (!(await this.opportunities.update(id, current.status, patch, usd, manager))) return false;
          await this.announcePublished({ id, ownerId: current.userId, title: patch.title ?? current.title }, manager);
          return true;
        })
      : await this.opportunities.update(id, current.status, patch, usd);
    if (!applied) throw new DomainException(409, OPPORTUNITY_MESSAGES['opportunity.changed_meanwhile']);
    return this.get(user, id);
  }

  private async announcePublished(opportunity: PublishedOpportunity, manager: EntityManager): Promise<void> {
    for (const listener of this.publishedListeners) await listener(opportunity, manager);
  }

  async remove(user: AuthUser, id: string): Promise<void> {
    await this.findEditable(user, id);
    await this.opportunities.delete(id);
  }

  async search(user: AuthUser, query: SearchOpportunities): Promise<OpportunitySearchResult> {
    const words = queryWords(query.q);
    const tsquery = toPrefixTsquery(query.q);
    // Relevance needs words to rank by; without them the newest come first.
    const sort: EffectiveSort = query.sort === 'relevance' || (!query.sort && tsquery) ? (tsquery ? 'relevance' : 'newest') : (query.sort ?? 'newest');
    const cursor = decodeCursor(query.cursor, searchCursorSchema);
    if (cursor && cursor.sort !== sort) throw new DomainException(400, OPPORTUNITY_MESSAGES['opportunity.invalid_cursor'], { field: 'cursor' });
    const base: Omit<SearchPlan, 'textMode' | 'textQuery'> = { query, viewer: user, sort, tsquery, after: cursor ? { key: cursor.key, id: cursor.id } : null };
    // Facets do not change from page to page: the first page carries them, later pages (with a cursor) skip the work.
    const run = async (textMode: SearchPlan['textMode'], textQuery: SearchPlan['textQuery']) => {
      const { rows, facets } = await this.opportunities.searchWithFacets({ ...base, textMode, textQuery });
      return [rows, facets] as const;
    };
    let textMode: SearchPlan['textMode'] = cursor?.text ?? 'fulltext';
    let rows: SearchRow[] = [];
    let facetRows: FacetRow[] | null = cursor ? null : [];
    if (!tsquery) {
      [rows, facetRows] = await run(textMode, null);
    } else {
      let lexicon = await this.opportunities.lookUpWords(words, tsquery, textMode === 'fuzzy');
      if (textMode === 'fulltext') {
        const textQuery = fulltextQuery(lexicon);
        // A word that begins no known lexeme is found nowhere: skip straight to the typo mode.
        if (textQuery) [rows, facetRows] = await run(textMode, textQuery);
        // Words found nowhere, not even with one facet filter left out: most likely a typo, so search the
        // closest known words instead. Later pages keep the mode of the first (it travels in the cursor).
        if (!cursor && rows.length === 0 && (facetRows ?? []).every((row) => row.n === 0)) {
          textMode = 'fuzzy';
          if (lexicon.lexemes.some((lexeme) => lexeme.corrections === null)) lexicon = await this.opportunities.lookUpWords(words, tsquery, true);
        }
      }
      if (textMode === 'fuzzy') {
        const textQuery = correctedQuery(lexicon);
        if (textQuery) [rows, facetRows] = await run(textMode, textQuery);
      }
    }
    const items = rows.slice(0, query.limit);
    const last = items.at(-1);
    const nextCursor =
      rows.length > query.limit && last
        ? encodeCursor({ sort, ...(tsquery ? { text: textMode } : {}), key: sort === 'relevance' ? Number(last.score) : last.cursorKey, id: last.id })
        : null;
    const facets = facetRows ? foldFacets(facetRows, query) : null;
    return {
      items: items.map((row) => ({ ...toOpportunityView(row), score: row.score === null ? null : Number(row.score) })),
      nextCursor,
      total: facets?.total ?? null,
      facets: facets?.facets ?? null,
    };
  }

  private async amountInUsd(amount: Money): Promise<UsdAmount> {
    const [usd] = await this.fx.toUsd([{ money: amount, field: 'amount.currency' }]);
    if (compareDecimalStrings(usd.amountUsd, OPPORTUNITY_MAX_AMOUNT_USD) > 0) {
      throw new DomainException(400, OPPORTUNITY_MESSAGES['opportunity.amount_implausible'], { field: 'amount.amount', params: { maxUsd: OPPORTUNITY_MAX_AMOUNT_USD } });
    }
    return usd;
  }

  private async findVisible(user: AuthUser, id: string): Promise<OpportunityRow> {
    const row = isUuid(id) ? await this.opportunities.findById(id) : null;
    if (!row || (row.status === 'draft' && row.userId !== user.id && user.role !== 'organiser')) {
      throw new DomainException(404, OPPORTUNITY_MESSAGES['opportunity.not_found']);
    }
    return row;
  }

  /** Owner or organiser; others get 403 for what they can see and 404 for drafts they cannot. */
  private async findEditable(user: AuthUser, id: string): Promise<OpportunityRow> {
    const row = await this.findVisible(user, id);
    if (row.userId !== user.id && user.role !== 'organiser') throw new DomainException(403, COMMON_MESSAGES['auth.forbidden']);
    return row;
  }
}

/** The words of `q` (letters and digits, lower-cased), at most MAX_QUERY_WORDS. */
function queryWords(q: string | undefined): string[] {
  return ((q ?? '').normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_QUERY_WORDS);
}

/** A lexeme as a quoted tsquery operand: quotes doubled, backslashes escaped. */
const quoteLexeme = (lexeme: string) => `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/**
 * The full-text condition: every word as the known lexemes it begins (`'sawit' | 'sawitan'`), which GIN finds
 * as exact entries, instead of the prefix `'sawit':*`, which costs GIN a partial-match scan of its entries. The
 * lexicon holds every lexeme of every opportunity, so both select the same rows; ranking keeps the prefix
 * query, so scores are unchanged. A word with many lexemes under it keeps its prefix; a word the parser splits
 * or drops makes the whole condition the prefix query. Null when some word begins no lexeme: nothing matches.
 */
export function fulltextQuery(lexicon: { prefixQuery: string; lexemes: QueryLexeme[] }): SearchPlan['textQuery'] {
  const { prefixQuery, lexemes } = lexicon;
  if (lexemes.length === 0 || lexemes.some((lexeme) => lexeme.lexemesOfWord !== 1)) return { match: prefixQuery, score: prefixQuery, exactLexeme: null };
  if (lexemes.some((lexeme) => lexeme.expansions.length === 0)) return null;
  const match = lexemes
    .map(({ lexeme, expansions }) => (expansions.length > MAX_PREFIX_EXPANSIONS ? `${quoteLexeme(lexeme)}:*` : `(${expansions.map(quoteLexeme).join(' | ')})`))
    .join(' & ');
  return { match, score: prefixQuery, exactLexeme: onlyLexeme(lexemes.map((lexeme) => lexeme.expansions)) };
}

/** The lexeme a condition stands for when it is one word with one known lexeme (`('sawit')`), else null. */
function onlyLexeme(alternativesPerWord: string[][]): string | null {
  return alternativesPerWord.length === 1 && alternativesPerWord[0].length === 1 ? alternativesPerWord[0][0] : null;
}

/**
 * The typo mode ("did you mean"): every lexeme of the query replaced by the closest known lexemes by trigram
 * word similarity (pg_trgm's `<%` threshold), all required, ranked by ts_rank. Null when some lexeme has none.
 */
export function correctedQuery(lexicon: { lexemes: QueryLexeme[] }): SearchPlan['textQuery'] {
  const { lexemes } = lexicon;
  if (lexemes.length === 0 || lexemes.some((lexeme) => !lexeme.corrections?.length)) return null;
  const query = lexemes.map(({ corrections }) => `(${(corrections ?? []).map(quoteLexeme).join(' | ')})`).join(' & ');
  return { match: query, score: query, exactLexeme: onlyLexeme(lexemes.map(({ corrections }) => corrections ?? [])) };
}

/**
 * `q` as a tsquery: each word (letters and digits, lower-cased) as a prefix, all required. Words are
 * quoted lexemes, so no operator a user types can change the query's meaning.
 */
export function toPrefixTsquery(q: string | undefined): string | null {
  const words = queryWords(q);
  if (words.length === 0) return null;
  return words
    .map((word) => `'${word}':*`)
    .join(' & ');
}

/**
 * Folds the counts per (section, region) into the three facets and the total. Each facet counts the rows
 * that match every filter but its own: the sector facet ignores `sector`, the country facet `country`, the
 * island facet `island`.
 */
function foldFacets(rows: FacetRow[], query: SearchOpportunities): { facets: OpportunityFacets; total: number } {
  const sector = new Map<string, number>();
  const country = new Map<string, number>();
  const island = new Map<string, number>();
  let total = 0;
  const add = (counts: Map<string, number>, code: string, n: number) => {
    if (n > 0) counts.set(code, (counts.get(code) ?? 0) + n);
  };
  for (const row of rows) {
    const region = findRegion(row.regionCode);
    if (!region) continue;
    const inCountry = !query.country || region.country === query.country;
    const onIsland = !query.island || region.islandGroup === query.island;
    if (inCountry && onIsland) add(sector, row.sectorSection, row.n);
    if (onIsland) add(country, region.country, row.nSectorMatch);
    if (inCountry) add(island, region.islandGroup, row.nSectorMatch);
    if (inCountry && onIsland) total += row.nSectorMatch;
  }
  const sorted = <Code extends string>(counts: Map<string, number>) =>
    [...counts].map(([code, count]) => ({ code: code as Code, count })).sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)) as Array<FacetCount & { code: Code }>;
  return { facets: { sector: sorted(sector), country: sorted(country), island: sorted(island) }, total };
}

export function toOpportunityView(row: OpportunityRow): Opportunity {
  const region = findRegion(row.regionCode);
  if (!region) throw new Error(`Opportunity ${row.id} has an unknown region ${row.regionCode}`);
  return {
    id: row.id,
    userId: row.userId,
    business: row.businessId
      ? {
          id: row.businessId,
          companyName: row.businessCompanyName ?? '',
          countryCode: row.businessCountryCode as NonNullable<Opportunity['business']>['countryCode'],
          regionCode: row.businessRegionCode as NonNullable<Opportunity['business']>['regionCode'],
        }
      : null,
    title: row.title,
    summary: row.summary,
    description: row.description,
    sectorCode: row.sectorCode as Opportunity['sectorCode'],
    sectorSection: row.sectorSection as Opportunity['sectorSection'],
    regionCode: region.code,
    countryCode: region.country,
    islandGroup: region.islandGroup,
    amount: { amount: row.amount, currency: row.currency as Money['currency'] },
    amountUsd: row.amountUsd,
    fxRateDate: row.fxRateDate,
    instruments: row.instruments as Opportunity['instruments'],
    stage: row.stage as Opportunity['stage'],
    sustainability: {
      environmental: row.sustainabilityEnvironmental,
      social: row.sustainabilitySocial,
      tags: row.sustainabilityTags as Opportunity['sustainability']['tags'],
    },
    status: row.status,
    closeReason: row.closeReason as Opportunity['closeReason'],
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
  };
}
