import type { Match, MatchList } from '@serumpun/shared';
import type { InfiniteData } from '@tanstack/react-query';

/** A match list as TanStack Query keeps it: the pages loaded so far. */
export type MatchPages = InfiniteData<MatchList>;

/** What a match points at, and what dismissing or saving it sends: an opportunity id, or an investor's user id. */
export function matchTargetId(match: Match): string {
  return match.kind === 'opportunity' ? match.opportunity.id : match.investor.userId;
}

/** The name a person would use for a match: the opportunity's title, or the investor's organisation. */
export function matchTitle(match: Match): string {
  return match.kind === 'opportunity' ? match.opportunity.title : match.investor.organisation || match.investor.fullName;
}

export function flattenMatches(pages: MatchPages | undefined): Match[] {
  return pages?.pages.flatMap((page) => page.items) ?? [];
}

function mapItems(data: MatchPages, map: (items: Match[]) => Match[]): MatchPages {
  return { ...data, pages: data.pages.map((page) => ({ ...page, items: map(page.items) })) };
}

export function withoutTarget(data: MatchPages, targetId: string): MatchPages {
  return mapItems(data, (items) => items.filter((item) => matchTargetId(item) !== targetId));
}

export function withSaved(data: MatchPages, targetId: string, saved: boolean): MatchPages {
  return mapItems(data, (items) => items.map((item) => (matchTargetId(item) === targetId ? { ...item, saved } : item)));
}

/**
 * Puts a match back where its score ranks it (before the first lower score), in the page that holds
 * that place; after the last item of the last page when nothing scores lower. The server's exact
 * order (ties) follows when the list is fetched again.
 */
export function withRestored(data: MatchPages, match: Match): MatchPages {
  const targetId = matchTargetId(match);
  const cleaned = withoutTarget(data, targetId);
  const pages = cleaned.pages.map((page) => ({ ...page, items: [...page.items] }));
  for (const page of pages) {
    const index = page.items.findIndex((item) => item.score < match.score);
    if (index >= 0) {
      page.items.splice(index, 0, match);
      return { ...cleaned, pages };
    }
  }
  if (pages.length > 0) pages[pages.length - 1].items.push(match);
  return { ...cleaned, pages };
}

/** The id of a match card's heading, which its buttons point to with `aria-describedby`. */
export function matchTitleId(match: Match): string {
  return `match-${matchTargetId(match)}-title`;
}
