import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  isSectionCode,
  regionsOfCountry,
  regionsOfIsland,
  sectionOf,
  type CreateOpportunity,
  type OpportunityStatus,
  type SearchOpportunities,
  type UpdateOpportunity,
} from '@serumpun/shared';
import type { AuthUser } from '../../common/auth-user.js';
import { CURRENT_FX_RATES_SQL } from '../fx/fx.repository.js';
import { amountBucketsWithin } from './opportunity-amount-buckets.js';
import { instrumentBit, sustainabilityTagBit } from './opportunity-code-bits.js';
import type { UsdAmount } from '../fx/fx.service.js';
import { SqlParams } from '../../database/sql-params.js';

/** An opportunity row as selected below: camelCase aliases, numerics and dates as exact strings. */
export interface OpportunityRow {
  id: string;
  userId: string;
  title: string;
  summary: string;
  description: string;
  sectorCode: string;
  sectorSection: string;
  regionCode: string;
  amount: string;
  currency: string;
  amountUsd: string;
  fxRateDate: string;
  instruments: string[];
  stage: string;
  sustainabilityEnvironmental: string | null;
  sustainabilitySocial: string | null;
  sustainabilityTags: string[];
  status: OpportunityStatus;
  closeReason: string | null;
  createdAt: Date;
  updatedAt: Date;
  publishedAt: Date | null;
  closedAt: Date | null;
  businessId: string | null;
  businessCompanyName: string | null;
  businessCountryCode: string | null;
  businessRegionCode: string | null;
}

export interface SearchRow extends OpportunityRow {
  score: number | null;
  cursorKey: string;
}

export type EffectiveSort = 'relevance' | 'newest' | 'amount';

export interface SearchPlan {
  query: SearchOpportunities;
  viewer: AuthUser;
  sort: EffectiveSort;
  /** The `tsquery` text: each word of `q` as a prefix, all required. Null without words to search. */
  tsquery: string | null;
  /**
   * `fulltext`: the words, as prefixes, through the GIN index on the tsvector, ranked by ts_rank. `fuzzy`:
   * titles close by trigram word similarity, for when the words occur nowhere (a typo).
   */
  textMode: 'fulltext' | 'fuzzy';
  /**
   * The text condition as `tsquery` texts, normalised (cast with `::tsquery`, no dictionary applied): `match`
   * selects the rows (exact lexemes where possible, which GIN looks up far faster than a prefix), `score`
   * ranks them with ts_rank. Null without words to search.
   */
  textQuery: TextQuery | null;
  after: { key: string | number; id: string } | null;
}

/** The text condition of a search (see `SearchPlan.textQuery`). */
export interface TextQuery {
  match: string;
  score: string;
  /**
   * The one lexeme `match` stands for when it is exactly one (one word, no prefix, no alternatives): its facet
   * counts may then come from the per-lexeme counters. Null otherwise (a row holding two of the lexemes a
   * query stands for would count twice).
   */
  exactLexeme: string | null;
}

/** What the search's lexicon knows about one lexeme of the query (see `lookUpWords`). */
export interface QueryLexeme {
  /** The query word (1-based) the lexeme comes from. */
  word: number;
  lexeme: string;
  /** The word's lexemes: usually 1; a word the parser splits gives more, one it drops none (and no row). */
  lexemesOfWord: number;
  /** Every known lexeme beginning with this one, in order, at most `MAX_PREFIX_EXPANSIONS + 1`. */
  expansions: string[];
  /** The closest known lexemes by trigram word similarity (best first), when asked for; null otherwise. */
  corrections: string[] | null;
}

/** Beyond this many lexemes sharing a prefix the prefix itself (`'p':*`) is the cheaper GIN search. */
export const MAX_PREFIX_EXPANSIONS = 32;
/** How many known words a typo may stand for. */
export const MAX_CORRECTIONS = 8;

export interface FacetRow {
  sectorSection: string;
  regionCode: string;
  n: number;
  nSectorMatch: number;
}

export const OPPORTUNITY_COLUMNS = `o.id, o.user_id AS "userId", o.title, o.summary, o.description, o.sector_code AS "sectorCode",
  o.sector_section AS "sectorSection", o.region_code AS "regionCode", o.amount::text AS amount, o.currency,
  o.amount_usd::text AS "amountUsd", o.fx_rate_date::text AS "fxRateDate", o.instruments, o.stage,
  o.sustainability_environmental AS "sustainabilityEnvironmental", o.sustainability_social AS "sustainabilitySocial",
  o.sustainability_tags AS "sustainabilityTags", o.status, o.close_reason AS "closeReason", o.created_at AS "createdAt",
  o.updated_at AS "updatedAt", o.published_at AS "publishedAt", o.closed_at AS "closedAt",
  b.id AS "businessId", b.company_name AS "businessCompanyName", b.country_code AS "businessCountryCode", b.region_code AS "businessRegionCode"`;

export const FROM_OPPORTUNITIES = `opportunities o LEFT JOIN business_profiles b ON b.user_id = o.user_id`;

/** The filter conditions of a search, split so each facet can leave out its own dimension. */
interface Filters {
  /**
   * Which rows the caller may see, as alternatives (published rows; the caller's own drafts): the page ORs
   * them, the facet counts add them up branch by branch, each an index range of the facets indexes.
   */
  visibility: string[];
  /** Every filter that is not a facet dimension (region, instrument, stage, amounts, text…). */
  common: string[];
  sector: (() => string) | null;
  country: (() => string) | null;
  island: (() => string) | null;
  /** The text condition and its relevance score (built on demand). */
  text: { match: string; score: () => string } | null;
}

/**
 * `rows`: conditions for fetching rows (array containment, which the GIN indexes serve). `facets`: the same
 * conditions on the narrow columns the facets indexes cover (code bit sets), for index-only counting.
 */
type FilterForm = 'rows' | 'facets';

/** Statuses are validated codes: written as literals, so the planner matches them to index ranges. */
const statusLiteral = (status: OpportunityStatus) => `'${({ draft: 'draft', published: 'published', closed: 'closed' } as const)[status]}'`;

function buildFilters(params: SqlParams, plan: SearchPlan, form: FilterForm = 'rows'): Filters {
  const { query, viewer } = plan;
  const common: string[] = [];
  const isOrganiser = viewer.role === 'organiser';
  let visibility: string[];
  if (query.status === 'draft') {
    visibility = [isOrganiser ? `o.status = 'draft'` : `o.status = 'draft' AND o.user_id = ${params.add(viewer.id)}::uuid`];
  } else if (query.status) {
    visibility = [`o.status = ${statusLiteral(query.status)}`];
  } else if (isOrganiser) {
    visibility = [`o.status = 'published'`, `o.status = 'draft'`];
  } else {
    visibility = [`o.status = 'published'`, `o.status = 'draft' AND o.user_id = ${params.add(viewer.id)}::uuid`];
  }
  if (query.mine) common.push(`o.user_id = ${params.add(viewer.id)}::uuid`);
  if (query.region) common.push(`o.region_code = ${params.add(query.region)}`);
  if (query.instrument) {
    common.push(form === 'facets' ? `o.instrument_bits & ${params.add(instrumentBit(query.instrument))}::int <> 0` : `o.instruments @> ARRAY[${params.add(query.instrument)}::text]`);
  }
  if (query.stage) common.push(`o.stage = ${params.add(query.stage)}`);
  if (query.tag) {
    common.push(
      form === 'facets'
        ? `o.sustainability_tag_bits & ${params.add(sustainabilityTagBit(query.tag))}::int <> 0`
        : `o.sustainability_tags @> ARRAY[${params.add(query.tag)}::text]`,
    );
  }
  if (query.minAmountUsd) common.push(`o.amount_usd >= ${params.add(query.minAmountUsd)}::numeric`);
  if (query.maxAmountUsd) common.push(`o.amount_usd <= ${params.add(query.maxAmountUsd)}::numeric`);

  let text: Filters['text'] = null;
  if (plan.textQuery) {
    // Every word (as the lexemes it begins, or for a typo the closest known words) in the title, summary,
    // description or notes; ranked by ts_rank, title first.
    const { match: matchQuery, score: scoreQuery } = plan.textQuery;
    const match = params.add(matchQuery);
    // Bound only if the statement ranks: PostgreSQL refuses a parameter it cannot type because nothing uses it.
    const score = () => `ts_rank(o.search_vector, ${scoreQuery === matchQuery ? match : params.add(scoreQuery)}::tsquery)`;
    text = { match: `o.search_vector @@ ${match}::tsquery`, score };
    common.push(text.match);
  }

  // Built on demand: a condition's parameter is bound only if the statement uses the condition.
  const { sector: sectorCode, country: countryCode, island: islandCode } = query;
  const sector = sectorCode
    ? () => (isSectionCode(sectorCode) ? `o.sector_section = ${params.add(sectorCode)}` : `o.sector_code = ${params.add(sectorCode)}`)
    : null;
  const country = countryCode ? () => `o.region_code = ANY(${params.add(regionsOfCountry(countryCode).map((r) => r.code))}::text[])` : null;
  const island = islandCode ? () => `o.region_code = ANY(${params.add(regionsOfIsland(islandCode).map((r) => r.code))}::text[])` : null;
  return { visibility, common, sector, country, island, text };
}

/** The visibility alternatives as one condition. */
const anyOf = (alternatives: string[]) => (alternatives.length === 1 ? alternatives[0] : `(${alternatives.map((a) => `(${a})`).join(' OR ')})`);

/**
 * The facet conditions a row must meet to count in some facet: each facet leaves out its own filter, so a
 * row counts if at least two of the three conditions hold (all of them when fewer than two are set).
 */
function facetMembership(filters: Filters): string[] {
  const facetConditions = [filters.sector, filters.country, filters.island];
  if (facetConditions.filter((c) => c !== null).length < 2) return [];
  const [sector, country, island] = facetConditions.map((condition) => (condition ? condition() : 'TRUE'));
  return [`((${sector} AND ${country}) OR (${sector} AND ${island}) OR (${country} AND ${island}))`];
}

/**
 * Facet counts come from the trigger-kept counters when no filter looks inside the rows (`opportunity_facet_counts`)
 * or the only such filter is one instrument (`opportunity_instrument_facet_counts`, one counter per instrument).
 */
function facetsFromCounters(plan: SearchPlan): boolean {
  const { query } = plan;
  return !plan.tsquery && !query.stage && !query.tag && !query.minAmountUsd && !query.maxAmountUsd && !query.mine;
}

/**
 * An amount range whose only companions are sector sections, country, island, region and status: its counts
 * come from `opportunity_amount_facet_counts` for the buckets wholly inside the range, plus the rows at its
 * edges (null otherwise: no bucket fits, or another filter looks inside the rows, or a division filter).
 */
function facetsFromAmountCounters(plan: SearchPlan): AmountBuckets | null {
  const { query } = plan;
  if (plan.tsquery || query.stage || query.tag || query.instrument || query.mine || (query.sector && !isSectionCode(query.sector))) return null;
  if (!query.minAmountUsd && !query.maxAmountUsd) return null;
  return amountBucketsWithin(query.minAmountUsd, query.maxAmountUsd);
}

type AmountBuckets = NonNullable<ReturnType<typeof amountBucketsWithin>>;

/**
 * A text search for one exact lexeme whose only other filters are sector sections, country, island, region and
 * status: its counts come from `opportunity_word_facet_counts` (the lexeme, or null otherwise).
 */
function facetsFromWordCounters(plan: SearchPlan): string | null {
  const { query } = plan;
  const lexeme = plan.textQuery?.exactLexeme ?? null;
  if (!lexeme || query.stage || query.tag || query.instrument || query.mine || query.minAmountUsd || query.maxAmountUsd) return null;
  if (query.sector && !isSectionCode(query.sector)) return null;
  return lexeme;
}

/**
 * Adds up counts that come in parts, each `(sector_section, region_code, n)` (counters, edge scans, the caller's
 * drafts), into facet rows; `nSectorMatch` is the share in the chosen sector section.
 */
function sumFacetParts(params: SqlParams, parts: readonly string[], section: string | undefined): string {
  const sectorMatch = section ? `a.sector_section = ${params.add(section)}` : 'TRUE';
  return `SELECT a.sector_section AS "sectorSection", a.region_code AS "regionCode", sum(a.n)::int AS n,
                 coalesce(sum(a.n) FILTER (WHERE ${sectorMatch}), 0)::int AS "nSectorMatch"
            FROM (${parts.join(' UNION ALL ')}) a(sector_section, region_code, n)
           GROUP BY 1, 2`;
}

/** The statuses whose counters this caller may read, and whether their own drafts come from the table instead. */
function counterStatuses(plan: SearchPlan): { statuses: string[]; ownDrafts: boolean } {
  const { query, viewer } = plan;
  const isOrganiser = viewer.role === 'organiser';
  if (query.status === 'draft') return isOrganiser ? { statuses: ['draft'], ownDrafts: false } : { statuses: [], ownDrafts: true };
  if (query.status) return { statuses: [query.status], ownDrafts: false };
  return isOrganiser ? { statuses: ['published', 'draft'], ownDrafts: false } : { statuses: ['published'], ownDrafts: true };
}

@Injectable()
export class OpportunitiesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findById(id: string): Promise<OpportunityRow | null> {
    const rows: OpportunityRow[] = await this.dataSource.query(`SELECT ${OPPORTUNITY_COLUMNS} FROM ${FROM_OPPORTUNITIES} WHERE o.id = $1`, [id]);
    return rows[0] ?? null;
  }

  async insert(userId: string, data: CreateOpportunity, usd: UsdAmount, manager?: EntityManager): Promise<string> {
    const rows: Array<{ id: string }> = await (manager ?? this.dataSource).query(
      `INSERT INTO opportunities (user_id, title, summary, description, sector_code, sector_section, region_code, amount, currency,
         amount_usd, fx_rate_date, instruments, stage, sustainability_environmental, sustainability_social, sustainability_tags,
         status, published_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, CASE WHEN $17 = 'published' THEN now() END)
       RETURNING id`,
      [
        userId,
        data.title,
        data.summary,
        data.description,
        data.sectorCode,
        sectionOf(data.sectorCode),
        data.regionCode,
        data.amount.amount,
        data.amount.currency,
        usd.amountUsd,
        usd.rateDate,
        data.instruments,
        data.stage,
        data.sustainability.environmental,
        data.sustainability.social,
        data.sustainability.tags,
        data.status,
      ],
    );
    return rows[0].id;
  }

  /**
   * Applies a patch if the opportunity is still in `expectedStatus` (false otherwise: someone moved it
   * meanwhile). Publishing stamps `published_at` and lists it anew; closing stamps `closed_at`.
   */
  async update(
    id: string,
    expectedStatus: OpportunityStatus,
    patch: UpdateOpportunity,
    usd: UsdAmount | null,
    manager?: EntityManager,
  ): Promise<boolean> {
    const params = new SqlParams();
    const set: string[] = [];
    const assign = (column: string, value: unknown) => set.push(`${column} = ${params.add(value)}`);
    if (patch.title !== undefined) assign('title', patch.title);
    if (patch.summary !== undefined) assign('summary', patch.summary);
    if (patch.description !== undefined) assign('description', patch.description);
    if (patch.sectorCode !== undefined) {
      assign('sector_code', patch.sectorCode);
      assign('sector_section', sectionOf(patch.sectorCode));
    }
    if (patch.regionCode !== undefined) assign('region_code', patch.regionCode);
    if (patch.amount !== undefined && usd) {
      assign('amount', patch.amount.amount);
      assign('currency', patch.amount.currency);
      assign('amount_usd', usd.amountUsd);
      assign('fx_rate_date', usd.rateDate);
    }
    if (patch.instruments !== undefined) assign('instruments', patch.instruments);
    if (patch.stage !== undefined) assign('stage', patch.stage);
    if (patch.sustainability !== undefined) {
      assign('sustainability_environmental', patch.sustainability.environmental);
      assign('sustainability_social', patch.sustainability.social);
      assign('sustainability_tags', patch.sustainability.tags);
    }
    if (patch.status === 'published' && expectedStatus === 'draft') {
      set.push(`status = 'published'`, 'published_at = now()', 'listed_at = now()');
    }
    if (patch.status === 'closed' && expectedStatus !== 'closed') {
      set.push(`status = 'closed'`, 'closed_at = now()');
      assign('close_reason', patch.closeReason);
    }
    set.push('updated_at = now()');
    const rows: unknown[] = await (manager ?? this.dataSource).query(
      `UPDATE opportunities SET ${set.join(', ')} WHERE id = ${params.add(id)} AND status = ${params.add(expectedStatus)} RETURNING id`,
      params.values,
    );
    return rows.length > 0;
  }

  async delete(id: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM opportunities WHERE id = $1`, [id]);
  }

  /** Dollar amounts follow the current rates: one UPDATE over every opportunity whose value changes. */
  async recomputeAmountsUsd(manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE opportunities o
          SET amount_usd = round(o.amount / r.units_per_usd, 2), fx_rate_date = r.as_of
         FROM (${CURRENT_FX_RATES_SQL}) r
        WHERE r.currency = o.currency
          AND (o.amount_usd <> round(o.amount / r.units_per_usd, 2) OR o.fx_rate_date <> r.as_of)`,
    );
  }

  /**
   * The query's words as the search's lexicon knows them (`opportunity_search_words`, every lexeme of every
   * opportunity, kept by triggers): per lexeme of each word, the known lexemes it begins and, when
   * `corrections` is set or some word begins none (a typo, then), the closest by trigram word similarity.
   * Also returns `prefixQuery`, the words as required prefixes normalised like the stored vectors.
   */
  async lookUpWords(words: string[], prefixTsquery: string, corrections: boolean): Promise<{ prefixQuery: string; lexemes: QueryLexeme[] }> {
    const rows: Array<QueryLexeme & { prefixQuery: string }> = await this.dataSource.query(
      `WITH q AS (
         SELECT q.i, l.lexeme, cardinality(a.lexemes) AS n
           FROM unnest($1::text[]) WITH ORDINALITY q(word, i)
          CROSS JOIN LATERAL (SELECT tsvector_to_array(to_tsvector('simple', serumpun_unaccent(q.word))) AS lexemes) a
          CROSS JOIN LATERAL unnest(a.lexemes) l(lexeme)
       ), e AS (
         SELECT q.*, ARRAY(SELECT w.word FROM opportunity_search_words w WHERE w.word ^@ (q.lexeme COLLATE "C") ORDER BY w.word LIMIT $2) AS expansions FROM q
       )
       SELECT e.i::int AS word, e.lexeme, e.n::int AS "lexemesOfWord", e.expansions,
              CASE WHEN $3 OR EXISTS (SELECT 1 FROM e e2 WHERE e2.expansions = '{}') THEN ARRAY(
                SELECT w.word FROM opportunity_search_words w WHERE e.lexeme <% w.word
                 ORDER BY word_similarity(e.lexeme, w.word) DESC, w.word LIMIT $4) END AS corrections,
              to_tsquery('simple', serumpun_unaccent($5))::text AS "prefixQuery"
         FROM e ORDER BY e.i, e.lexeme`,
      [words, MAX_PREFIX_EXPANSIONS + 1, corrections, MAX_CORRECTIONS, prefixTsquery],
    );
    if (rows.length === 0) {
      const [{ prefixQuery }]: Array<{ prefixQuery: string }> = await this.dataSource.query(`SELECT to_tsquery('simple', serumpun_unaccent($1))::text AS "prefixQuery"`, [prefixTsquery]);
      return { prefixQuery, lexemes: [] };
    }
    return { prefixQuery: rows[0].prefixQuery, lexemes: rows.map(({ prefixQuery: _prefixQuery, ...lexeme }) => lexeme) };
  }

  /**
   * A page of results and, for a first page (no cursor), the facet counts. A ranked text search does both in
   * one statement over its matches (`rankedPageWithFacets`) unless its counts come from the per-lexeme
   * counters; otherwise page and counts run in parallel on two connections: the page walks a keyset index
   * (or ranks the matches), the counts come from counters or an index-only scan.
   */
  async searchWithFacets(plan: SearchPlan): Promise<{ rows: SearchRow[]; facets: FacetRow[] | null }> {
    if (plan.after) return { rows: await this.search(plan), facets: null };
    if (plan.sort === 'relevance' && plan.textQuery && !facetsFromWordCounters(plan)) return this.rankedPageWithFacets(plan);
    const [rows, facets] = await Promise.all([this.search(plan), this.facetCounts(plan)]);
    return { rows, facets };
  }

  /** One page of results, keyset-paginated on the sort key and the id. */
  async search(plan: SearchPlan): Promise<SearchRow[]> {
    const params = new SqlParams();
    const filters = buildFilters(params, plan);
    const where = [anyOf(filters.visibility), ...filters.common, ...[filters.sector, filters.country, filters.island].flatMap((condition) => (condition ? [condition()] : []))];
    const after = plan.after;

    if (plan.sort === 'relevance' && filters.text) {
      // Rank only ids first, then fetch the page's rows: the long text columns are read for 20 rows, not all matches.
      const keyset = after ? `WHERE (r.score, r.id) < (${params.add(after.key)}::float8, ${params.add(after.id)}::uuid)` : '';
      const limit = params.add(plan.query.limit + 1);
      return this.run(
        plan,
        `WITH ranked AS (
           SELECT o.id, (${filters.text.score()})::float8 AS score
             FROM opportunities o
            WHERE ${where.join(' AND ')}
         ), page AS (
           SELECT r.id, r.score FROM ranked r ${keyset} ORDER BY r.score DESC, r.id DESC LIMIT ${limit}
         )
         SELECT ${OPPORTUNITY_COLUMNS}, page.score, page.score::text AS "cursorKey"
           FROM page JOIN opportunities o ON o.id = page.id LEFT JOIN business_profiles b ON b.user_id = o.user_id
          ORDER BY page.score DESC, page.id DESC`,
        params.values,
      );
    }

    const [keyColumn, keyType] = plan.sort === 'amount' ? ['o.amount_usd', 'numeric'] : ['o.listed_at', 'timestamptz'];
    if (after) where.push(`(${keyColumn}, o.id) < (${params.add(after.key)}::${keyType}, ${params.add(after.id)}::uuid)`);
    const limit = params.add(plan.query.limit + 1);
    return this.run(
      plan,
      `SELECT ${OPPORTUNITY_COLUMNS}, NULL::float8 AS score, ${keyColumn}::text AS "cursorKey"
         FROM ${FROM_OPPORTUNITIES}
        WHERE ${where.join(' AND ')}
        ORDER BY ${keyColumn} DESC, o.id DESC
        LIMIT ${limit}`,
      params.values,
    );
  }

  /**
   * Counts per sector section and region of the rows matching every non-facet filter; `nSectorMatch` counts
   * those that also match the sector filter. The caller folds regions into countries and islands and leaves
   * each facet's own filter out. One branch per visibility alternative (published; the caller's drafts), each
   * an index-only range scan of a facets index (`opportunities_amount_facets_idx` for amount ranges), with
   * instruments and tags tested on their bit sets; a text search counts the matches the GIN index finds.
   */
  async facetCounts(plan: SearchPlan): Promise<FacetRow[]> {
    if (facetsFromCounters(plan)) return this.facetCountsFromCounters(plan);
    const lexeme = facetsFromWordCounters(plan);
    if (lexeme) return this.facetCountsFromWordCounters(plan, lexeme);
    const amountBuckets = facetsFromAmountCounters(plan);
    if (amountBuckets) return this.facetCountsFromAmountCounters(plan, amountBuckets);
    const params = new SqlParams();
    const filters = buildFilters(params, plan, 'facets');
    const conditions = [...filters.common, ...facetMembership(filters)];
    const sectorMatch = filters.sector ? filters.sector() : 'TRUE';
    const branches = filters.visibility.map(
      (visible) => `SELECT o.sector_section, o.region_code, ${sectorMatch} AS in_sector FROM opportunities o WHERE ${[visible, ...conditions].join(' AND ')}`,
    );
    return this.run(
      plan,
      `SELECT m.sector_section AS "sectorSection", m.region_code AS "regionCode", count(*)::int AS n,
              count(*) FILTER (WHERE m.in_sector)::int AS "nSectorMatch"
         FROM (${branches.join(' UNION ALL ')}) m
        GROUP BY m.sector_section, m.region_code`,
      params.values,
    );
  }

  /**
   * The first page of a text search by relevance and its facet counts in one statement: the matches (of every
   * filter but the facets', see `facetMembership`) are found and scored once, then counted and ranked. The
   * counts travel as JSON on the first row (on a lone row of NULLs when the page is empty).
   */
  private async rankedPageWithFacets(plan: SearchPlan): Promise<{ rows: SearchRow[]; facets: FacetRow[] }> {
    const params = new SqlParams();
    const filters = buildFilters(params, plan);
    if (!filters.text) throw new Error('rankedPageWithFacets needs a text search');
    const [sector, country, island] = [filters.sector, filters.country, filters.island].map((condition) => (condition ? condition() : 'TRUE'));
    const membership = facetMembership({
      ...filters,
      sector: filters.sector && (() => sector),
      country: filters.country && (() => country),
      island: filters.island && (() => island),
    });
    const where = [anyOf(filters.visibility), ...filters.common, ...membership];
    const limit = params.add(plan.query.limit + 1);
    const result: Array<SearchRow & { facets: FacetRow[] | null }> = await this.run(
      plan,
      `WITH matched AS MATERIALIZED (
         SELECT o.id, o.sector_section, o.region_code, ${sector} AS in_sector, (${sector} AND ${country} AND ${island}) AS in_page,
                CASE WHEN ${sector} AND ${country} AND ${island} THEN (${filters.text.score()})::float8 END AS score
           FROM opportunities o
          WHERE ${where.join(' AND ')}
       ), counts AS (
         SELECT json_agg(json_build_object('sectorSection', c.sector_section, 'regionCode', c.region_code, 'n', c.n, 'nSectorMatch', c.n_sector)) AS facets
           FROM (SELECT m.sector_section, m.region_code, count(*)::int AS n, count(*) FILTER (WHERE m.in_sector)::int AS n_sector
                   FROM matched m GROUP BY m.sector_section, m.region_code) c
       ), page AS (
         SELECT m.id, m.score FROM matched m WHERE m.in_page ORDER BY m.score DESC, m.id DESC LIMIT ${limit}
       )
       SELECT p.*, CASE WHEN p.first IS NOT FALSE THEN coalesce(counts.facets, '[]') END AS facets
         FROM counts LEFT JOIN LATERAL (
           SELECT ${OPPORTUNITY_COLUMNS}, page.score, page.score::text AS "cursorKey",
                  row_number() OVER (ORDER BY page.score DESC, page.id DESC) = 1 AS first
             FROM page JOIN opportunities o ON o.id = page.id LEFT JOIN business_profiles b ON b.user_id = o.user_id
         ) p ON TRUE
        ORDER BY p.score DESC, p.id DESC`,
      params.values,
    );
    const facets = result.find((row) => row.facets !== null)?.facets ?? [];
    const rows = result.filter((row) => row.id !== null).map(({ facets: _facets, first: _first, ...row }: SearchRow & { facets: unknown; first?: unknown }) => row);
    return { rows, facets };
  }

  /**
   * The same counts for a search whose only filters are sector, country, island, region, status and perhaps
   * one instrument: read from the counters the triggers keep (a few hundred rows), plus the caller's own drafts.
   */
  private async facetCountsFromCounters(plan: SearchPlan): Promise<FacetRow[]> {
    const { query, viewer } = plan;
    const params = new SqlParams();
    const isOrganiser = viewer.role === 'organiser';
    // Which counters hold what this caller may see, and whether their own drafts come from the table.
    let statuses: string[];
    let ownDrafts = false;
    if (query.status === 'draft') [statuses, ownDrafts] = isOrganiser ? [['draft'], false] : [[], true];
    else if (query.status) statuses = [query.status];
    else [statuses, ownDrafts] = isOrganiser ? [['published', 'draft'], false] : [['published'], true];
    const region = query.region ? ` AND region_code = ${params.add(query.region)}` : '';
    const instrument = query.instrument ? params.add(query.instrument) : null;
    const parts = [
      instrument
        ? `SELECT sector_code, region_code, n FROM opportunity_instrument_facet_counts WHERE status = ANY(${params.add(statuses)}::text[]) AND instrument = ${instrument} AND n > 0${region}`
        : `SELECT sector_code, region_code, n FROM opportunity_facet_counts WHERE status = ANY(${params.add(statuses)}::text[]) AND n > 0${region}`,
    ];
    if (ownDrafts) {
      const hasInstrument = instrument ? ` AND instruments @> ARRAY[${instrument}::text]` : '';
      parts.push(
        `SELECT sector_code, region_code, count(*)::int FROM opportunities WHERE status = 'draft' AND user_id = ${params.add(viewer.id)}::uuid${region}${hasInstrument} GROUP BY 1, 2`,
      );
    }
    const sectorMatch = query.sector
      ? isSectionCode(query.sector)
        ? `left(a.sector_code, 1) = ${params.add(query.sector)}`
        : `a.sector_code = ${params.add(query.sector)}`
      : 'TRUE';
    return this.dataSource.query(
      `SELECT left(a.sector_code, 1) AS "sectorSection", a.region_code AS "regionCode", sum(a.n)::int AS n,
              coalesce(sum(a.n) FILTER (WHERE ${sectorMatch}), 0)::int AS "nSectorMatch"
         FROM (${parts.join(' UNION ALL ')}) a(sector_code, region_code, n)
        GROUP BY 1, 2`,
      params.values,
    );
  }

  /**
   * The counts of an amount range (see `facetsFromAmountCounters`): the counters of the buckets wholly inside
   * it, plus index-only range scans of `opportunities_amount_facets_idx` for its two edges, plus the caller's
   * own drafts in the range.
   */
  private async facetCountsFromAmountCounters(plan: SearchPlan, buckets: AmountBuckets): Promise<FacetRow[]> {
    const { query, viewer } = plan;
    const params = new SqlParams();
    const { statuses, ownDrafts } = counterStatuses(plan);
    const region = query.region ? ` AND region_code = ${params.add(query.region)}` : '';
    const statusList = params.add(statuses);
    const parts = [
      `SELECT sector_section, region_code, n FROM opportunity_amount_facet_counts
        WHERE status = ANY(${statusList}::text[]) AND amount_bucket BETWEEN ${params.add(buckets.first)}::int AND ${params.add(buckets.last)}::int AND n > 0${region}`,
    ];
    const edge = (range: string) =>
      `SELECT sector_section, region_code, count(*)::int FROM opportunities WHERE status = ANY(${statusList}::text[]) AND ${range}${region} GROUP BY 1, 2`;
    if (buckets.below) parts.push(edge(`amount_usd >= ${params.add(buckets.below.min)}::numeric AND amount_usd < ${params.add(buckets.below.under)}::numeric`));
    if (buckets.above) parts.push(edge(`amount_usd >= ${params.add(buckets.above.from)}::numeric AND amount_usd <= ${params.add(buckets.above.max)}::numeric`));
    if (ownDrafts) {
      const range = [
        query.minAmountUsd ? ` AND amount_usd >= ${params.add(query.minAmountUsd)}::numeric` : '',
        query.maxAmountUsd ? ` AND amount_usd <= ${params.add(query.maxAmountUsd)}::numeric` : '',
      ].join('');
      parts.push(
        `SELECT sector_section, region_code, count(*)::int FROM opportunities WHERE status = 'draft' AND user_id = ${params.add(viewer.id)}::uuid${range}${region} GROUP BY 1, 2`,
      );
    }
    return this.dataSource.query(sumFacetParts(params, parts, query.sector), params.values);
  }

  /**
   * The counts of a text search for one exact lexeme (see `facetsFromWordCounters`): the lexeme's counters, plus
   * the caller's own drafts holding it (through the GIN index, among the caller's rows).
   */
  private async facetCountsFromWordCounters(plan: SearchPlan, lexeme: string): Promise<FacetRow[]> {
    const { query, viewer } = plan;
    const params = new SqlParams();
    const { statuses, ownDrafts } = counterStatuses(plan);
    const region = query.region ? ` AND region_code = ${params.add(query.region)}` : '';
    const parts = [
      `SELECT sector_section, region_code, n FROM opportunity_word_facet_counts
        WHERE word = ${params.add(lexeme)} AND status = ANY(${params.add(statuses)}::text[]) AND n > 0${region}`,
    ];
    if (ownDrafts && plan.textQuery) {
      parts.push(
        `SELECT sector_section, region_code, count(*)::int FROM opportunities
          WHERE status = 'draft' AND user_id = ${params.add(viewer.id)}::uuid AND search_vector @@ ${params.add(plan.textQuery.match)}::tsquery${region} GROUP BY 1, 2`,
      );
    }
    return this.run(plan, sumFacetParts(params, parts, query.sector), params.values);
  }

  /**
   * Runs a search statement. Text searches run with planner costs for data in memory or on SSD: with the
   * default random_page_cost (4, for spinning disks) PostgreSQL scans the whole wide table to test a
   * common word rather than visit the pages the GIN index points to, several times slower. Where the
   * server is already configured so (the embedded one; README, "Database settings") or for other searches,
   * which plan well as they are, the statement runs alone, without the transaction `SET LOCAL` needs.
   */
  private async run<Row>(plan: SearchPlan, sql: string, values: unknown[]): Promise<Row[]> {
    if (!plan.tsquery || (await this.serverCostsSuitTextSearch())) return this.dataSource.query(sql, values);
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SET LOCAL random_page_cost = 1.1');
      return manager.query(sql, values);
    });
  }

  private serverCostsChecked: Promise<boolean> | null = null;

  /** Whether the server's own random_page_cost is already low enough (asked once; false if the answer fails). */
  private serverCostsSuitTextSearch(): Promise<boolean> {
    this.serverCostsChecked ??= this.dataSource
      .query('SHOW random_page_cost')
      .then((rows: Array<{ random_page_cost: string }>) => Number(rows[0]?.random_page_cost) <= 1.1)
      .catch(() => {
        this.serverCostsChecked = null;
        return false;
      });
    return this.serverCostsChecked;
  }
}
