/**
 * Every reason a match can give, `<criterion>.<tier>`. Stable: the web keys icons on them and analytics
 * counts them. `.open` means the side whose wish it is (usually the investor) left the criterion blank;
 * `.unknown` means the other side did not give the fact. Both earn the "not stated" share of the weight.
 */
export const REASON_CODES = [
  'sector.same',
  'sector.same_section',
  'sector.open',
  'sector.unknown',
  'region.interest',
  'region.home',
  'region.same_island',
  'region.same_country',
  'region.open',
  'region.unknown',
  'ticket.fit',
  'ticket.above_range',
  'ticket.below_range',
  'ticket.open',
  'ticket.unknown',
  'instrument.shared',
  'instrument.open',
  'instrument.unknown',
  'stage.fit',
  'stage.open',
  'stage.unknown',
  'language.shared',
  'language.unknown',
  'sustainability.wanted',
  'sustainability.valued',
  'sustainability.open',
  'sustainability.unknown',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];
