/**
 * Column aliases as data: for each kind of table, canonical field -> header spellings seen in
 * real exports. Headers are matched with normalizeKey (case, spaces and punctuation ignored),
 * so 'Close Date', 'CloseDate' and 'close_date' are one spelling. When several columns of one
 * table match the same field, the spelling listed first wins (then the leftmost column).
 *
 * Each export format is a group of spellings here, never a code path of its own.
 */

/** Canonical fields of a deals table. Fields without a DealRow slot are kept in `attributes` under their canonical name. */
export const DEAL_ALIASES = {
  id: [
    'Opportunity ID', 'Id', 'Record ID', 'Deal ID', 'Deal - ID', '(Do Not Modify) Opportunity',
    'opportunity_id', 'deal_id', 'OpportunityId', 'hs_object_id', 'External_Id', 'External ID',
  ],
  name: [
    'Opportunity Name', 'Name', 'Deal Name', 'Deal - Title', 'Topic', 'OpportunityName',
    'deal_name', 'dealname', 'Deal', 'Opportunity', 'Deal Title', 'Title',
  ],
  account: [
    'Account Name', 'Account.Name', 'Account', 'Deal - Organization', 'Potential Customer',
    'Company', 'Company Name', 'Organization', 'Organization Name', 'Customer', 'account_name',
    'Associated Company',
  ],
  owner: [
    'Opportunity Owner', 'Owner.Name', 'Owner', 'Owner Name', 'Deal owner', 'Deal - Owner',
    'sales_agent', 'Sales Rep', 'SalesRep', 'Rep', 'Account Executive', 'Salesperson',
    'owner_name', 'Opportunity Owner Name', 'Deal Owner Name',
  ],
  ownerId: ['OwnerId', 'Owner ID', 'Owner.Id', 'owner_id', 'Opportunity Owner ID', 'hubspot_owner_id', 'User ID'],
  stage: [
    'Stage', 'StageName', 'Stage Name', 'Deal Stage', 'Deal - Stage', 'Pipeline Phase',
    'deal_stage', 'dealstage', 'Sales Stage', 'Opportunity Stage', 'status_label',
  ],
  status: ['Status', 'Deal - Status', 'Deal Status', 'Opportunity Status', 'status_type'],
  statusReason: ['Status Reason'],
  isClosed: ['IsClosed', 'Is Closed', 'Closed'],
  isWon: ['IsWon', 'Is Won'],
  amount: [
    'Amount', 'Deal - Value', 'Est. Revenue', 'Estimated Revenue', 'close_value', 'Deal Value',
    'value_formatted', 'Value', 'Opportunity Amount', 'Total Amount', 'deal_amount', 'deal_value',
  ],
  currency: [
    'Amount Currency', 'CurrencyIsoCode', 'Currency', 'Deal - Currency', 'Currency Code',
    'Currency ISO Code', 'Opportunity Currency', 'deal_currency_code',
  ],
  probability: ['Probability (%)', 'Probability', 'Deal probability', 'Deal - Probability', 'Win Probability', 'hs_deal_stage_probability'],
  closeDate: [
    'Close Date', 'CloseDate', 'Deal - Expected close date', 'Expected Close Date', 'Est. Close Date',
    'Estimated Close Date', 'close_date',
  ],
  createdDate: [
    'Created Date', 'CreatedDate', 'Create Date', 'Created On', 'Deal - Deal created', 'engage_date',
    'created_date', 'Date Created', 'Created At', 'Created', 'createdate',
  ],
  forecastCategory: [
    'Forecast Category', 'ForecastCategoryName', 'ForecastCategory', 'Forecast Category Name',
    'Deal - Forecast category', 'hs_manual_forecast_category', 'forecast_category',
  ],
  nextStep: ['Next Step', 'NextStep', 'Next Steps', 'next_step'],
  lastActivityDate: [
    'Last Activity', 'LastActivityDate', 'Last Activity Date', 'Deal - Last activity date',
    'notes_last_updated', 'last_activity_date',
  ],
  type: ['Type', 'Opportunity Type', 'Deal Type', 'dealtype', 'deal_type'],
  leadSource: ['Lead Source', 'LeadSource', 'Original Source', 'Deal - Source', 'Source', 'lead_source'],
  lossReason: ['Loss Reason', 'Lost Reason', 'Closed Lost Reason', 'Deal - Lost reason', 'Reason Lost', 'closed_lost_reason', 'loss_reason'],
  snapshotDate: ['Snapshot Date', 'As Of', 'Report Date', 'As Of Date', 'Snapshot', 'snapshot_date'],
  /** Dynamics: the amount of won deals. */
  actualRevenue: ['Actual Revenue'],
  /** Dynamics: the close date of closed deals. */
  actualCloseDate: ['Actual Close Date'],
  /** Pipedrive: the close date of won deals. */
  wonTime: ['Deal - Won time', 'Won Time', 'Won Date'],
  /** Pipedrive: the close date of lost deals. */
  lostTime: ['Deal - Lost time', 'Lost Time', 'Lost Date'],
  // Recognised, kept in attributes under the canonical name:
  fiscalPeriod: ['Fiscal Period'],
  age: ['Age'],
  stageDuration: ['Stage Duration'],
  pipeline: ['Pipeline', 'Deal - Pipeline'],
  product: ['Product', 'Product Name'],
  expectedRevenue: ['Expected Revenue', 'ExpectedRevenue'],
} as const satisfies Record<string, readonly string[]>;

/** Deal fields that have no slot in DealRow and are kept in `attributes` under the field name. */
export const DEAL_ATTRIBUTE_FIELDS = ['fiscalPeriod', 'age', 'stageDuration', 'pipeline', 'product', 'expectedRevenue'] as const;

/**
 * Deal history: Salesforce OpportunityHistory (`OpportunityName, CloseDate, Amount, CreatedDate,
 * StageName, ...`, one state per row) and field history reports (`Opportunity ID, Field / Event,
 * Old Value, New Value, Edit Date`, one changed field per row).
 */
export const HISTORY_ALIASES = {
  dealId: ['Opportunity ID', 'OpportunityId', 'Deal ID', 'Deal - ID', 'Record ID', 'opportunity_id', 'deal_id'],
  dealName: ['Opportunity Name', 'OpportunityName', 'Opportunity.Name', 'Deal Name', 'Deal - Title', 'Name', 'deal_name'],
  date: [
    'Edit Date', 'CreatedDate', 'Created Date', 'Change Date', 'Changed Date', 'Changed On', 'Modified Date',
    'LastModifiedDate', 'Last Modified Date', 'History Date', 'Valid From', 'Event Date', 'Date',
  ],
  stage: ['StageName', 'Stage', 'Stage Name', 'To Stage', 'Deal Stage', 'deal_stage'],
  amount: ['Amount', 'Deal Value', 'Value'],
  currency: ['CurrencyIsoCode', 'Currency', 'Amount Currency'],
  closeDate: ['CloseDate', 'Close Date', 'Expected Close Date', 'close_date'],
  forecastCategory: ['ForecastCategory', 'Forecast Category', 'ForecastCategoryName'],
  probability: ['Probability (%)', 'Probability'],
  field: ['Field / Event', 'Field', 'Field Name', 'Event'],
  oldValue: ['Old Value', 'OldValue', 'Previous Value', 'From'],
  newValue: ['New Value', 'NewValue', 'To'],
  expectedRevenue: ['ExpectedRevenue', 'Expected Revenue'],
} as const satisfies Record<string, readonly string[]>;

/**
 * Quotas, long form (rep, period, amount) or wide (one column per period, headers parsed by
 * parsePeriodLabel). AdventureWorks: SalesRep, CalendarYear, CalendarQuarter, Date, SalesAmountQuota.
 */
export const QUOTA_ALIASES = {
  rep: [
    'Rep', 'Sales Rep', 'SalesRep', 'Owner', 'OwnerName', 'Quota Owner', 'Owner.Name', 'User.Name', 'Employee', 'Rep Name',
    'Employee Name', 'sales_agent', 'Salesperson', 'Full Name', 'Name', 'User',
  ],
  /** A CRM user id, resolved to a rep through the roster's ids (Salesforce `QuotaOwnerId`, `User.External_Id__c`). */
  repId: ['Rep ID', 'Owner ID', 'OwnerId', 'User ID', 'UserId', 'QuotaOwnerId', 'User.Id', 'Employee ID', 'User.External_Id'],
  team: ['Team', 'Sales Team', 'Team Name'],
  region: ['Region', 'Territory', 'SalesTerritoryRegion', 'Sales Territory', 'regional_office'],
  level: ['Level', 'Quota Level'],
  period: ['Period', 'Fiscal Period', 'Quota Period', 'Quarter', 'Month', 'Time Period'],
  calendarYear: ['CalendarYear', 'Calendar Year'],
  calendarQuarter: ['CalendarQuarter', 'Calendar Quarter'],
  fiscalYear: ['FiscalYear', 'Fiscal Year', 'Year'],
  fiscalQuarter: ['FiscalQuarter', 'Fiscal Quarter'],
  /** A date inside the period (AdventureWorks `Date`): the fiscal quarter containing it. */
  date: ['Date', 'Quota Date', 'Period Date', 'StartDate', 'Start Date', 'Period Start', 'Start'],
  amount: ['Quota', 'Quota Amount', 'QuotaAmount', 'SalesAmountQuota', 'Amount', 'Target', 'Quota Value', 'Sales Quota', 'quota_amount', 'Revenue Target', 'Target Amount'],
  currency: ['Currency', 'Quota Currency', 'CurrencyIsoCode'],
} as const satisfies Record<string, readonly string[]>;

/** Rep roster: Maven `sales_teams.csv` (sales_agent, manager, regional_office) and hand-made sheets. */
export const ROSTER_ALIASES = {
  rep: [
    'Rep', 'Name', 'Sales Rep', 'sales_agent', 'SalesRep', 'Rep Name', 'Full Name', 'Employee',
    'Employee Name', 'Salesperson', 'User', 'Owner', 'Display Name',
  ],
  /** First and last name columns, combined into the rep's name when there is no name column. */
  firstName: ['First Name', 'FirstName', 'Given Name', 'first_name'],
  lastName: ['Last Name', 'LastName', 'Surname', 'Family Name', 'last_name'],
  repId: ['User ID', 'UserId', 'Id', 'Owner ID', 'OwnerId', 'Employee ID', 'Rep ID', 'user_id', 'External_Id', 'External ID'],
  email: ['Email', 'E-mail', 'Email Address', 'Work Email'],
  manager: ['Manager', 'Manager Name', 'Reports To', 'Manager.Name'],
  /** The manager's user id (Salesforce `ManagerId`), resolved through the roster's own ids. */
  managerId: ['ManagerId', 'Manager ID', 'Manager.Id', 'Manager.External_Id', 'manager_id'],
  team: ['Team', 'Sales Team', 'Team Name', 'UserRole.Name', 'UserRole', 'Role.Name'],
  region: ['Region', 'regional_office', 'Regional Office', 'Office', 'Territory'],
  startDate: ['Start Date', 'Hire Date', 'Hired', 'Start', 'Started'],
  endDate: ['End Date', 'Termination Date', 'Leave Date', 'End', 'Left'],
  role: ['Role', 'Title', 'Job Title', 'Position'],
} as const satisfies Record<string, readonly string[]>;

/** The manager's calls (see CallRowSchema.ts): date, scope, name, call and optional commit, best case, period, submitter. */
export const CALL_ALIASES = {
  date: ['Date', 'Call Date', 'Submitted On', 'Submitted', 'Submitted At', 'Submission Date', 'As Of', 'Week Of'],
  scope: ['Scope', 'Level', 'Call Level', 'Forecast Level'],
  name: ['Name', 'Scope Name', 'For', 'Team', 'Region', 'Rep'],
  call: ['Call', 'Forecast Call', 'Manager Call', 'Call Amount', 'Submitted Call', 'Most Likely'],
  commit: ['Commit', 'Commit Call'],
  bestCase: ['Best Case', 'Best Case Call', 'Upside'],
  period: ['Period', 'Quarter', 'Fiscal Quarter', 'Fiscal Period', 'For Quarter'],
  submittedBy: ['Submitted By', 'Manager', 'Submitter', 'Forecaster'],
  currency: ['Currency', 'Currency Code'],
} as const satisfies Record<string, readonly string[]>;

export type DealField = keyof typeof DEAL_ALIASES;
export type HistoryField = keyof typeof HISTORY_ALIASES;
export type QuotaField = keyof typeof QUOTA_ALIASES;
export type RosterField = keyof typeof ROSTER_ALIASES;

export const ALIASES = {
  deals: DEAL_ALIASES,
  history: HISTORY_ALIASES,
  quotas: QUOTA_ALIASES,
  roster: ROSTER_ALIASES,
  calls: CALL_ALIASES,
} as const;

export type MappedKind = keyof typeof ALIASES;

/** Prefix of HubSpot `Date entered "<stage>"` columns in a deal's attributes (see stageEntryDates.ts). */
export const DATE_ENTERED_PREFIX = 'dateEntered:';

/** Every canonical field name of every kind, for `columns` in the config file. */
export function canonicalFields(): string[] {
  const all = new Set<string>();
  for (const table of Object.values(ALIASES)) for (const field of Object.keys(table)) all.add(field);
  return [...all].sort();
}
