/**
 * Which plan pays whom: a plan applies to the people it names (`reps`, by name ignoring case,
 * spaces and punctuation) and to the roster roles it lists (`roles`, the same way), within its
 * `from`/`to` dates. One plan per person and period: when two plans reach the same person over
 * dates that overlap, the person gets no plan there and an error names both plans. A named
 * person not found among the reps is a warning.
 */
import { compareText } from '../../model/compareText.ts';
import { modelIssue } from '../../model/modelIssue.ts';
import { nameKey } from '../../model/repDirectory.ts';
import type { IsoDate, Rep } from '../../model/types.ts';
import type { CompensationPlan } from '../../schema/CompensationConfigSchema.ts';
import type { Issue } from '../../schema/types.ts';

export interface PlanAssignment {
  person: string;
  rep: Rep;
  plan: CompensationPlan;
  /** Index in `compensation.plans`. */
  planIndex: number;
  /** How the plan reaches the person: 'role Account Executive' or 'name'. */
  via: string;
  /** Dates the plan applies (null: open). */
  from: IsoDate | null;
  to: IsoDate | null;
}

export interface PlanAssignmentsResult {
  /** By person (sorted by name), then plan order. */
  assignments: PlanAssignment[];
  issues: Issue[];
}

export function planAssignments(reps: readonly Rep[], plans: readonly CompensationPlan[]): PlanAssignmentsResult {
  const issues: Issue[] = [];
  const byKey = new Map(reps.map((r) => [nameKey(r.name), r]));
  plans.forEach((plan) => {
    for (const name of plan.reps) {
      if (!byKey.has(nameKey(name))) {
        issues.push(
          modelIssue('warning', 'comp-unknown-person', { file: 'quarterdeck.config.json' }, `Plan "${plan.name}" names "${name}", who is neither in the roster nor the owner of any deal; check the spelling against the roster.`, { value: name }),
        );
      }
    }
  });
  const assignments: PlanAssignment[] = [];
  for (const rep of [...reps].sort((a, b) => compareText(a.name, b.name))) {
    const key = nameKey(rep.name);
    const mine: PlanAssignment[] = [];
    plans.forEach((plan, planIndex) => {
      const byName = plan.reps.some((n) => nameKey(n) === key);
      const role = rep.role === null ? undefined : plan.roles.find((r) => nameKey(r) === nameKey(rep.role!));
      if (!byName && role === undefined) return;
      mine.push({ person: rep.name, rep, plan, planIndex, via: byName ? 'name' : `role ${rep.role}`, from: plan.from ?? null, to: plan.to ?? null });
    });
    const clashing = new Set<number>();
    for (let i = 0; i < mine.length; i += 1) {
      for (let j = i + 1; j < mine.length; j += 1) {
        const a = mine[i]!;
        const b = mine[j]!;
        if (!overlaps(a, b)) continue;
        clashing.add(i).add(j);
        issues.push(
          modelIssue(
            'error',
            'comp-two-plans',
            { file: 'quarterdeck.config.json' },
            `${rep.name} is on two plans, "${a.plan.name}" (by ${a.via}) and "${b.plan.name}" (by ${b.via}), for the same dates; one plan per person and period: remove ${rep.name} from one of them, or give the plans "from"/"to" dates that do not overlap. No earnings are estimated for ${rep.name} until then.`,
            { value: rep.name },
          ),
        );
      }
    }
    assignments.push(...mine.filter((_, i) => !clashing.has(i)));
  }
  return { assignments, issues };
}

function overlaps(a: PlanAssignment, b: PlanAssignment): boolean {
  return (a.from === null || b.to === null || a.from <= b.to) && (b.from === null || a.to === null || b.from <= a.to);
}
