/**
 * The cross-field rules schemas check with `ctx.addIssue`/`refine`. A custom issue carries no English
 * message: it names its rule in `params.rule` (with the values its wording needs), and
 * validationErrorMap words it in the reader's language, in the API's 400 and in the web's forms alike.
 * The wording tables are typed by this list, so a rule without a sentence in id, en or ms does not compile.
 */
export const VALIDATION_RULES = [
  // editions
  'end_date_before_start',
  'window_end_before_start',
  'window_outside_dates',
  'window_shorter_than_slot',
  'window_overlaps',
  'time_zone_unknown',
  'time_not_hh_mm',
  // profiles and opportunities
  'region_not_in_country',
  'legal_form_not_in_country',
  'ticket_currency_mismatch',
  'max_below_min',
  'nothing_to_change',
  'close_reason_without_closing',
  // meetings
  'follow_up_without_meeting',
  'amount_without_term_sheet_or_deal',
  // fx and matching
  'fx_duplicate_currency',
  'fx_base_not_one',
  'match_weights_all_zero',
  // pagination
  'cursor_invalid',
] as const;
export type ValidationRule = (typeof VALIDATION_RULES)[number];

/** `params` of a custom issue: the rule's name plus the values its wording shows. */
export function ruleParams(rule: ValidationRule, values: Record<string, unknown> = {}): Record<string, unknown> & { rule: ValidationRule } {
  return { ...values, rule };
}
