/** The sentence every compensation page, section and download carries. */
export const ESTIMATE_NOTE =
  'An estimate from the CRM exports and the plans in quarterdeck.config.json, not a payroll statement: splits, clawbacks, adjustments and payroll timing are not included.';
