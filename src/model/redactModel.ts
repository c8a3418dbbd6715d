/**
 * A redacted build's model, made right after the data stage and before any metric, so that
 * every page, CSV, JSON and SVG is computed from pseudonyms and the real names never reach
 * the site:
 *
 * - `deals`: each deal's id and name become "D-1187" / "Deal 1187" (from its id), its account
 *   "Account 0412" (from the account's name: one account, one pseudonym), loss reasons
 *   "Loss reason 0007" (one per distinct text, so the loss analysis still groups them), next
 *   steps "(redacted)" (whether there is one still counts), the extra columns kept as
 *   attributes are dropped.
 * - `reps` (with deals): no rep-level row anywhere: each deal's owner becomes its team ("NA
 *   Enterprise (team)"), the roster one such owner per team, rep quotas are summed per team and
 *   period; rep names, ids and managers are gone. The build also leaves the rep pages and the
 *   compensation pages out (src/share/pruneRepPages.ts).
 *
 * The data report is scrubbed too: issue values in those columns are dropped, and any of the
 * replaced texts met in an issue message is replaced the same way.
 * Pseudonyms are stable (src/model/pseudonyms.ts): the same data gives the same ones in every build.
 */
import type { DataReport } from '../dataStage.ts';
import type { Issue } from '../schema/types.ts';
import { compareText } from './compareText.ts';
import { pseudonyms } from './pseudonyms.ts';
import type { Deal, Model, Quota, Rep } from './types.ts';

export interface RedactOptions {
  deals: boolean;
  reps: boolean;
  /** Keys the pseudonyms' hash (QUARTERDECK_REDACT_SECRET), so a guessed name cannot be checked against one. */
  secret?: string | undefined;
}

export const REDACTED_TEXT = '(redacted)';

/** Canonical columns whose values are names or free text (deals, history, quotas and roster tables). */
const DEAL_COLUMNS = ['id', 'name', 'account', 'nextStep', 'lossReason', 'statusReason', 'dealId', 'dealName', 'oldValue', 'newValue'];
const REP_COLUMNS = ['owner', 'ownerId', 'rep', 'repId', 'email', 'manager', 'name'];

export function redactModel(model: Model, report: DataReport, options: RedactOptions): { model: Model; report: DataReport } {
  if (!options.deals && !options.reps) return { model, report };
  const replaced = new Map<string, string>();
  const note = (from: string | null | undefined, to: string) => {
    if (from !== null && from !== undefined && from !== '' && from !== to) replaced.set(from, to);
  };

  const dealNames = pseudonyms('Deal', model.deals.map((d) => d.id), options.secret);
  const accounts = pseudonyms('Account', model.deals.flatMap((d) => (d.account === null ? [] : [d.account])), options.secret);
  const reasons = pseudonyms('Loss reason', model.deals.flatMap((d) => (d.lossReason === null ? [] : [d.lossReason])), options.secret);
  const collapse = options.reps ? teamOwners(model) : null;
  const rep = (name: string): string => collapse?.ownerOf.get(name) ?? name;

  const deals = model.deals
    .map((deal): Deal => {
      const name = dealNames.get(deal.id)!;
      const id = name.replace(/^Deal /, 'D-');
      note(deal.id, id);
      note(deal.name, name);
      const account = deal.account === null ? null : accounts.get(deal.account)!;
      note(deal.account, account ?? '');
      const lossReason = deal.lossReason === null ? null : reasons.get(deal.lossReason)!;
      note(deal.lossReason, lossReason ?? '');
      if (deal.nextStep !== null) note(deal.nextStep, REDACTED_TEXT);
      for (const value of Object.values(deal.attributes)) if (typeof value === 'string') note(value, REDACTED_TEXT);
      return {
        ...deal,
        id,
        name,
        account,
        lossReason,
        nextStep: deal.nextStep === null ? null : REDACTED_TEXT,
        attributes: {},
        owner: collapse === null ? deal.owner : collapse.label(deal.team ?? collapse.teamOf.get(deal.owner) ?? null),
      };
    })
    .sort((a, b) => compareText(a.id, b.id));

  let reps = model.reps;
  let quotas = model.quotas;
  if (collapse !== null) {
    for (const r of model.reps) {
      note(r.name, rep(r.name));
      note(r.id, rep(r.name));
      note(r.manager, REDACTED_TEXT);
    }
    for (const [from, to] of collapse.ownerOf) note(from, to);
    reps = collapse.reps;
    quotas = mergeRepQuotas(model.quotas.map((q) => (q.level === 'rep' && q.name !== null ? { ...q, name: rep(q.name) } : q)));
  }

  const sensitive = new Set([...DEAL_COLUMNS, ...(options.reps ? REP_COLUMNS : [])]);
  const scrub = textScrubber(replaced);
  const scrubIssue = (issue: Issue, columns: Set<string>): Issue => ({
    ...issue,
    value: issue.value === null ? null : issue.column !== null && columns.has(issue.column) ? null : (replaced.get(issue.value) ?? scrub(issue.value)),
    message: scrub(issue.message),
  });
  const files = report.files.map((file) => ({
    ...file,
    issues: file.issues.map((i) => scrubIssue(i, new Set())),
    tables: file.tables.map((table) => {
      const columns = new Set([
        ...Object.entries(table.mapping).filter(([field]) => sensitive.has(field)).map(([, header]) => header),
        ...(table.kind === 'deals' ? table.unmappedColumns : []),
      ]);
      return { ...table, issues: table.issues.map((i) => scrubIssue(i, columns)) };
    }),
  }));
  // Managers' calls name people: under --redact reps, rep-level calls go and no submitter is named.
  const calls = model.calls === undefined || !options.reps ? model.calls : model.calls.filter((c) => c.scope !== 'rep').map((c) => ({ ...c, submittedBy: null }));
  return {
    model: { ...model, deals, reps, quotas, ...(calls === undefined ? {} : { calls }) },
    report: { ...report, files, modelIssues: report.modelIssues.map((i) => scrubIssue(i, new Set())) },
  };
}

/** Replaces every replaced text (of 3 characters or more) met inside a longer text, longest first. */
function textScrubber(replaced: Map<string, string>): (text: string) => string {
  const keys = [...replaced.keys()].filter((k) => k.length >= 3).sort((a, b) => b.length - a.length || compareText(a, b));
  if (keys.length === 0) return (text) => text;
  const pattern = new RegExp(keys.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  return (text) => text.replace(pattern, (match) => replaced.get(match) ?? match);
}

/** `--redact reps`: every rep stands for the team it works in (roster first, else its deals'). */
function teamOwners(model: Model): { ownerOf: Map<string, string>; teamOf: Map<string, string | null>; label: (team: string | null) => string; reps: Rep[] } {
  const label = (team: string | null) => (team === null ? 'No team' : `${team} (team)`);
  const teamOf = new Map<string, string | null>();
  for (const r of model.reps) if (r.team !== null) teamOf.set(r.name, r.team);
  for (const d of model.deals) if (!teamOf.has(d.owner)) teamOf.set(d.owner, d.team);
  for (const r of model.reps) if (!teamOf.has(r.name)) teamOf.set(r.name, null);
  for (const q of model.quotas) if (q.level === 'rep' && q.name !== null && !teamOf.has(q.name)) teamOf.set(q.name, null);
  const ownerOf = new Map([...teamOf].map(([name, team]) => [name, label(team)]));
  const regions = new Map<string, Map<string, number>>();
  for (const d of model.deals) {
    if (d.region === null) continue;
    const owner = label(d.team ?? teamOf.get(d.owner) ?? null);
    const counts = regions.get(owner) ?? new Map<string, number>();
    counts.set(d.region, (counts.get(d.region) ?? 0) + 1);
    regions.set(owner, counts);
  }
  const teams = [...new Set([...teamOf.values(), ...model.deals.map((d) => d.team)])].sort((a, b) => compareText(a ?? '', b ?? ''));
  const reps = teams.map((team): Rep => {
    const counts = [...(regions.get(label(team)) ?? new Map<string, number>())].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]));
    return { name: label(team), id: null, manager: null, team, region: counts[0]?.[0] ?? null, startDate: null, endDate: null, role: null, inRoster: false };
  });
  return { ownerOf, teamOf, label, reps };
}

/** Rep quotas of one owner for the same period, summed (reps merged into their team). */
function mergeRepQuotas(quotas: Quota[]): Quota[] {
  const merged = new Map<string, Quota>();
  const out: Quota[] = [];
  for (const q of quotas) {
    if (q.level !== 'rep') {
      out.push(q);
      continue;
    }
    const key = `${q.name}\u0000${q.start}\u0000${q.end}\u0000${q.granularity}`;
    const seen = merged.get(key);
    if (seen === undefined) {
      const copy = { ...q };
      merged.set(key, copy);
      out.push(copy);
    } else {
      seen.amount += q.amount;
    }
  }
  return out;
}
