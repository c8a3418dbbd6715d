/**
 * Header words -> canonical field, for headers no alias spells out: what a column means, from
 * its words and their synonyms. Rules of each kind are tried in order and the first that
 * matches names the field; a column an alias (or the config) already claimed never reaches
 * them, and a field an alias already filled is not filled twice.
 *
 *   "Potential Owner", "Assigned To", "Salesperson", "User Responsible"  -> owner
 *   "Owner.External_Id__c", "Owner.Email", "hubspot_owner_id"            -> ownerId
 *   "Closing Date", "Expected Close", "Est. Close Date", "Deadline"      -> closeDate
 *   "Created Time", "Created on", "DateTimeCreated__c", "date_entered"   -> createdDate
 *   "Bid Amount", "Income", "Opportunity Value"                          -> amount
 */
import type { MappedKind } from '../aliases.ts';
import type { HeaderWords } from './headerWords.ts';

export interface WordRule {
  field: string;
  /** What the rule looks for, shown with the mapping ("words owner"). */
  says: string;
  test(w: Set<string>, h: HeaderWords): boolean;
}

const any = (w: Set<string>, ...words: string[]): boolean => words.some((x) => w.has(x));

const PERSON = ['owner', 'salesperson', 'salesman', 'saleswoman', 'rep', 'representative', 'assigned', 'assignee', 'responsible', 'seller', 'agent', 'executive', 'ae'];
const ID = ['id', 'email', 'external', 'mail', 'login', 'username'];
const NOT_PERSON_NAME = ['role', 'team', 'manager', 'department', 'phone', 'region', 'territory', 'profile', 'date', 'time', 'since'];
const DATEISH = ['date', 'time', 'on', 'at', 'day', 'dt', 'timestamp'];
const CLOSE = ['close', 'closing', 'closed', 'closes', 'deadline'];
const MONEY = ['amount', 'value', 'revenue', 'income', 'bid', 'worth', 'price', 'total', 'acv', 'arr', 'tcv'];
const NOT_AMOUNT = ['annual', 'employees', 'expected', 'weighted', 'forecast', 'forecasted', 'projected', 'probability', 'currency', 'id', 'date', 'time', 'period', 'actual', 'recurring', 'lost'];
const ACCOUNT = ['account', 'company', 'customer', 'organization', 'organisation', 'org', 'client', 'partner'];
const DEAL = ['deal', 'opportunity', 'potential', 'oppty', 'opp'];

const DEAL_RULES: WordRule[] = [
  { field: 'ownerId', says: 'owner words with id or email', test: (w, h) => (any(w, ...PERSON) || (h.relation === 'owner')) && any(w, ...ID) && !any(w, 'manager', 'role', 'team') },
  { field: 'owner', says: 'owner words (owner, assigned, salesperson, responsible, user name...)', test: (w) => (any(w, ...PERSON) || (w.has('user') && w.has('name') && w.size === 2)) && !any(w, ...ID, ...NOT_PERSON_NAME) },
  { field: 'isWon', says: 'is ... won (a yes/no flag)', test: (w) => w.has('is') && w.has('won') },
  { field: 'isClosed', says: 'is closed (a yes/no flag)', test: (w) => w.has('is') && w.has('closed') },
  { field: 'wonTime', says: 'won with a date', test: (w) => w.has('won') && any(w, ...DATEISH) },
  { field: 'lostTime', says: 'lost with a date', test: (w) => w.has('lost') && any(w, ...DATEISH) && !w.has('reason') },
  { field: 'lossReason', says: 'lost or loss with reason', test: (w) => any(w, 'lost', 'loss') && any(w, 'reason', 'reasons', 'cause') },
  { field: 'closeDate', says: 'close or closing with a date', test: (w) => any(w, ...CLOSE) && (any(w, ...DATEISH) || any(w, 'expected', 'est', 'estimated', 'forecast', 'deadline')) && !any(w, 'won', 'lost', 'probability', 'reason') },
  { field: 'createdDate', says: 'created or entered with a date', test: (w) => any(w, 'created', 'create', 'entered', 'opened', 'creation', 'added') && (any(w, ...DATEISH) || w.size === 1) && !any(w, 'by') },
  { field: 'lastActivityDate', says: 'last activity or contact', test: (w) => w.has('last') && any(w, 'activity', 'activities', 'contacted', 'contact', 'touch', 'interaction', 'engagement') && !w.has('type') },
  { field: 'nextStep', says: 'next step or action', test: (w) => w.has('next') && any(w, 'step', 'steps', 'action', 'actions') },
  { field: 'probability', says: 'probability, confidence or win percentage', test: (w) => any(w, 'probability', 'confidence', 'likelihood', 'certainty', 'chance', 'chances') || (any(w, 'win', 'winning', 'close') && any(w, 'percentage', 'percent', 'pct')) },
  { field: 'forecastCategory', says: 'forecast category', test: (w) => w.has('forecast') && any(w, 'category', 'categories') },
  { field: 'stage', says: 'stage or phase', test: (w) => any(w, 'stage', 'phase') && !any(w, 'probability', 'duration', 'id', 'entered', 'date', 'time', 'age', 'days', 'changed', 'semantic') },
  { field: 'status', says: 'status or state', test: (w) => (w.has('status') || (w.has('state') && (any(w, ...DEAL, 'current') || w.size === 1))) && !any(w, 'reason', 'date', 'time', 'changed', 'id', 'lead', 'payment', 'billing', 'shipping', 'mailing', 'address') },
  { field: 'currency', says: 'currency', test: (w) => any(w, 'currency', 'curr') && !any(w, 'id', 'rate', 'amount') },
  { field: 'amount', says: 'amount, value or revenue', test: (w) => any(w, ...MONEY) && !any(w, ...NOT_AMOUNT) },
  { field: 'account', says: 'account, company or customer', test: (w) => any(w, ...ACCOUNT, 'lead') && !any(w, 'id', 'owner', 'type', 'industry', 'size', 'phone', 'email', 'city', 'country', 'state', 'address') },
  { field: 'id', says: 'deal or record id', test: (w) => any(w, 'id', 'number', 'no') && (any(w, ...DEAL, 'record') || w.size === 1) && !any(w, ...ACCOUNT, 'owner', 'user', 'contact', 'campaign', 'lead', 'pipeline', 'stage', 'phone') },
  { field: 'name', says: 'deal name or title', test: (w) => any(w, 'name', 'title', 'topic', 'subject') && (any(w, ...DEAL) || w.size === 1) && !any(w, ...ACCOUNT, ...PERSON, 'contact', 'user', 'stage', 'pipeline', 'product', 'campaign') },
  { field: 'leadSource', says: 'source', test: (w) => w.has('source') && !any(w, 'campaign', 'id', 'information', 'info') },
  { field: 'pipeline', says: 'pipeline', test: (w) => w.has('pipeline') && !any(w, 'stage', 'id') },
  { field: 'type', says: 'deal type', test: (w) => w.has('type') && (any(w, ...DEAL, 'business') || w.size === 1) },
];

const HISTORY_RULES: WordRule[] = [
  { field: 'dealId', says: 'deal id', test: (w) => w.has('id') && any(w, ...DEAL) },
  { field: 'dealName', says: 'deal name', test: (w) => w.has('name') && any(w, ...DEAL) },
  { field: 'date', says: 'created, changed or modified with a date', test: (w) => any(w, 'created', 'changed', 'modified', 'edited', 'edit', 'updated', 'change') && any(w, ...DATEISH) && !any(w, 'by', 'close') },
  { field: 'closeDate', says: 'close with a date', test: (w) => any(w, ...CLOSE) && any(w, ...DATEISH) },
  { field: 'stage', says: 'stage', test: (w) => any(w, 'stage', 'phase') && !any(w, 'id', 'previous', 'from', 'old') },
  { field: 'amount', says: 'amount or value', test: (w) => any(w, ...MONEY) && !any(w, ...NOT_AMOUNT, 'old', 'previous') },
  { field: 'probability', says: 'probability', test: (w) => w.has('probability') },
  { field: 'forecastCategory', says: 'forecast category', test: (w) => w.has('forecast') && any(w, 'category') },
];

const QUOTA_RULES: WordRule[] = [
  { field: 'repId', says: 'rep, owner or user with an id', test: (w, h) => (any(w, ...PERSON, 'user', 'employee') || h.relation === 'user') && any(w, ...ID) },
  { field: 'rep', says: 'rep, owner or user name', test: (w) => any(w, ...PERSON, 'user', 'employee', 'person') && !any(w, ...ID, 'role', 'team', 'region', 'manager', 'amount', 'quota') },
  { field: 'team', says: 'team', test: (w) => any(w, 'team', 'squad', 'group') && !any(w, 'id', 'territory', 'region') },
  { field: 'region', says: 'region or territory', test: (w) => any(w, 'region', 'territory', 'area', 'geo', 'office') && !w.has('id') },
  { field: 'fiscalYear', says: 'year', test: (w) => w.has('year') && !any(w, 'calendar', 'quarter') },
  { field: 'date', says: 'start date of the period', test: (w) => any(w, 'start', 'begin', 'from', 'date') && !any(w, 'end', 'to', 'created', 'modified', 'system', ...CLOSE, 'activity', 'hire') },
  { field: 'period', says: 'period, month or quarter', test: (w) => any(w, 'period', 'month', 'quarter') && !any(w, 'id', 'type', 'calendar', 'fiscal') },
  { field: 'currency', says: 'currency', test: (w) => any(w, 'currency') && !w.has('id') },
  { field: 'amount', says: 'quota, target or amount', test: (w) => any(w, 'quota', 'target', 'amount', 'goal', 'plan') && !any(w, 'id', 'currency', 'type', 'period', 'date', 'year', 'quarter', 'month', 'name', 'owner', 'percent', 'attainment') },
];

const ROSTER_RULES: WordRule[] = [
  { field: 'managerId', says: 'manager with an id', test: (w) => any(w, 'manager', 'supervisor') && any(w, 'id', 'email', 'external') },
  { field: 'manager', says: 'manager', test: (w) => any(w, 'manager', 'supervisor', 'reports') && !any(w, 'id', 'email', 'external') },
  { field: 'firstName', says: 'first name', test: (w) => any(w, 'first', 'given', 'forename') && !any(w, 'date', 'login') },
  { field: 'lastName', says: 'last name', test: (w) => any(w, 'last', 'family', 'surname') && !any(w, 'date', 'login', 'modified', 'activity', 'viewed', 'referenced') },
  { field: 'email', says: 'email', test: (w) => any(w, 'email', 'mail') },
  { field: 'repId', says: 'user or rep id', test: (w) => any(w, 'id', 'external') && !any(w, 'manager', 'role', 'profile', 'team', 'region', 'contact', 'account', 'delegated', 'by', ...DEAL, 'record', 'lead', 'campaign') },
  { field: 'team', says: 'team', test: (w) => any(w, 'team', 'squad', 'group', 'department') && !w.has('id') },
  { field: 'region', says: 'region, territory or office', test: (w) => any(w, 'region', 'territory', 'office', 'area', 'geo') && !w.has('id') },
  { field: 'startDate', says: 'start or hire date', test: (w) => any(w, 'start', 'hire', 'hired', 'joined') && !w.has('end') },
  { field: 'endDate', says: 'end or leave date', test: (w) => any(w, 'end', 'termination', 'terminated', 'left', 'leave') },
  { field: 'role', says: 'role or title', test: (w) => any(w, 'role', 'title', 'position') && !w.has('id') },
  { field: 'rep', says: 'rep, user or full name', test: (w) => any(w, 'name', 'rep', 'user', 'salesperson', 'employee', 'agent') && !any(w, 'first', 'last', 'middle', 'id', 'email', 'manager', 'role', 'team', 'company', 'alias', 'nick', 'nickname', 'community') },
];

const CALL_RULES: WordRule[] = [
  { field: 'submittedBy', says: 'submitted by or manager', test: (w) => (w.has('submitted') && w.has('by')) || any(w, 'manager', 'submitter', 'forecaster') },
  { field: 'date', says: 'call or submitted with a date', test: (w) => any(w, 'submitted', 'call', 'week') && any(w, ...DATEISH) && !w.has('by') },
  { field: 'bestCase', says: 'best case or upside', test: (w) => (w.has('best') && w.has('case')) || w.has('upside') },
  { field: 'commit', says: 'commit', test: (w) => w.has('commit') && !w.has('date') },
  { field: 'call', says: 'call or most likely with an amount', test: (w) => (w.has('call') || (w.has('most') && w.has('likely'))) && !any(w, ...DATEISH, 'level', 'by') },
];

export const WORD_RULES: Record<MappedKind, readonly WordRule[]> = {
  deals: DEAL_RULES,
  history: HISTORY_RULES,
  quotas: QUOTA_RULES,
  roster: ROSTER_RULES,
  calls: CALL_RULES,
};
