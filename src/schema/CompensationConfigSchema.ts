/**
 * `compensation` in quarterdeck.config.json: the commission and override plans Quarterdeck
 * estimates earnings with (src/metrics/compensation/). Tiers are checked here so a plan that
 * cannot be read one way only (tiers out of order, a last tier with an upper bound) fails when
 * the config is read, with a message that says how to fix it.
 */
import { z } from 'zod';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date written YYYY-MM-DD, for example "2026-10-14"' });

export const RateTierSchema = z.strictObject({
  /** Upper attainment of the band (1 = 100% of quota), inclusive; leave it out on the last tier. */
  upTo: z.number().positive().optional().describe('Upper attainment of the band (1 = 100% of quota), inclusive; leave it out on the last tier.'),
  /** Multiplier of the base rate (targetVariable / quota) in this band. */
  multiplier: z.number().min(0).describe('Multiplier of the base rate (targetVariable / quota) in this band.'),
});

export const OverrideTierSchema = z.strictObject({
  /** Upper team attainment of the band (1 = 100% of the team quota), inclusive; leave it out on the last tier. */
  upTo: z.number().positive().optional().describe('Upper team attainment of the band (1 = 100% of the team quota), inclusive; leave it out on the last tier.'),
  /** Share of the team\'s bookings paid in this band, e.g. 0.02 for 2%. */
  rate: z.number().min(0).max(1).describe('Share of the team\'s bookings paid in this band, e.g. 0.02 for 2%.'),
});

export const RatesSchema = z.strictObject({
  /** marginal: each band of bookings earns its own multiplier; retroactive: all bookings earn the multiplier of the band the final attainment falls in. */
  mode: z.enum(['marginal', 'retroactive']).describe('marginal: each band of bookings earns its own multiplier; retroactive: all bookings earn the multiplier of the band the final attainment falls in.'),
  tiers: z.array(RateTierSchema).min(1).describe('Attainment bands in increasing order; the last has no upTo.'),
});

export const OverrideSchema = z.strictObject({
  /** team: the manager\'s reps (as of each deal\'s close date); descendants: everyone below them. */
  on: z.enum(['team', 'descendants']).describe('team: the manager\'s reps (as of each deal\'s close date); descendants: everyone below them.'),
  /** flat: `rate` × those reps\' bookings; tiered: the rate of the band the team\'s attainment falls in × their bookings. */
  mode: z.enum(['flat', 'tiered']).describe('flat: `rate` × those reps\' bookings; tiered: the rate of the band the team\'s attainment falls in × their bookings.'),
  /** Only for flat: share of the bookings paid, e.g. 0.01 for 1%. */
  rate: z.number().min(0).max(1).optional().describe('Only for flat: share of the bookings paid, e.g. 0.01 for 1%.'),
  /** Only for tiered: team attainment bands in increasing order; the last has no upTo. */
  tiers: z.array(OverrideTierSchema).min(1).optional().describe('Only for tiered: team attainment bands in increasing order; the last has no upTo.'),
});

export const KickerSchema = z.strictObject({
  /** Attainment that earns the bonus (1 = 100%), reached when attainment is at least this. */
  at: z.number().positive().describe('Attainment that earns the bonus (1 = 100%), reached when attainment is at least this.'),
  /** Bonus paid once in the period when `at` is reached. */
  bonus: z.number().positive().describe('Bonus paid once in the period when `at` is reached.'),
});

export const DrawSchema = z.strictObject({
  /** Guaranteed pay per period: when earnings are below it, the difference is advanced. */
  amount: z.number().positive().describe('Guaranteed pay per period: when earnings are below it, the difference is advanced.'),
  /** true: advances are paid back from later periods\' earnings above the draw (within the fiscal year); false: they are kept. */
  recoverable: z.boolean().describe('true: advances are paid back from later periods\' earnings above the draw (within the fiscal year); false: they are kept.'),
});

export const DealMultiplierSchema = z.strictObject({
  /** Deal field: "type", "leadSource", "stage", "region", "team", or any other column header of the deals export. */
  field: z.string().min(1).describe('Deal field: "type", "leadSource", "stage", "region", "team", or any other column header of the deals export.'),
  /** The value that gets the multiplier (ignoring case and surrounding spaces). */
  equals: z.string().describe('The value that gets the multiplier (ignoring case and surrounding spaces).'),
  /** Credit multiplier: a matching deal counts multiplier × its amount toward attainment and commission. */
  multiplier: z.number().min(0).describe('Credit multiplier: a matching deal counts multiplier × its amount toward attainment and commission.'),
});

export const RampSchema = z.strictObject({
  /** Share of the full quota in each tenure month: months[0] is the month the person started, months[1] the next; later months carry the full quota. */
  months: z.array(z.number().min(0).max(1)).min(1).describe('Share of the full quota in each tenure month: months[0] is the month the person started, months[1] the next; later months carry the full quota.'),
  /** Full quota of one plan period, used when the quota file has none for the person. */
  quota: z.number().positive().optional().describe('Full quota of one plan period, used when the quota file has none for the person.'),
});

export const CompensationPlanSchema = z
  .strictObject({
    /** Shown on statements and in earnings.csv. */
    name: z.string().min(1).describe('Shown on statements and in earnings.csv.'),
    /** Roster roles the plan applies to (ignoring case, spaces and punctuation). */
    roles: z.array(z.string().min(1)).default([]).describe('Roster roles the plan applies to (ignoring case, spaces and punctuation).'),
    /** People the plan applies to, by name as in the roster. */
    reps: z.array(z.string().min(1)).default([]).describe('People the plan applies to, by name as in the roster.'),
    /** Fiscal period the plan pays on. */
    period: z.enum(['month', 'quarter', 'year']).default('quarter').describe('Fiscal period the plan pays on.'),
    /** First day the plan applies (default: always). */
    from: isoDate.optional().describe('First day the plan applies (default: always).'),
    /** Last day the plan applies (default: always). */
    to: isoDate.optional().describe('Last day the plan applies (default: always).'),
    /** Variable pay for 100% attainment in one period; the base rate is targetVariable / quota. */
    targetVariable: z.number().positive().optional().describe('Variable pay for 100% attainment in one period; the base rate is targetVariable / quota.'),
    rates: RatesSchema.optional(),
    /** Below this attainment no commission or kicker is earned (1 = 100%). */
    gate: z.number().min(0).optional().describe('Below this attainment no commission or kicker is earned (1 = 100%).'),
    /** Commission and kickers are at most cap × targetVariable. */
    cap: z.number().positive().optional().describe('Commission and kickers are at most cap × targetVariable.'),
    override: OverrideSchema.optional(),
    ramp: RampSchema.optional(),
    kickers: z.array(KickerSchema).default([]).describe('Bonuses at attainment thresholds.'),
    draw: DrawSchema.optional(),
    multipliers: z.array(DealMultiplierSchema).default([]).describe('Credit multipliers by deal attribute; several matching multiply.'),
  })
  .superRefine((plan, ctx) => {
    const say = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message, input: plan });
    if (plan.roles.length === 0 && plan.reps.length === 0) {
      say(['roles'], `plan "${plan.name}" applies to nobody: give it "roles" (roster roles) or "reps" (names)`);
    }
    if (plan.rates === undefined && plan.override === undefined) {
      say(['rates'], `plan "${plan.name}" pays nothing: give it "rates" (commission on the person's bookings) or "override" (on their team's)`);
    }
    if (plan.rates !== undefined && plan.targetVariable === undefined) {
      say(['targetVariable'], `plan "${plan.name}" has rates but no targetVariable: add the variable pay for 100% attainment in one ${plan.period}`);
    }
    if (plan.rates !== undefined) tierIssues(plan.name, 'rates', plan.rates.tiers, ['rates', 'tiers'], say);
    if (plan.override !== undefined) {
      const o = plan.override;
      if (o.mode === 'flat' && o.rate === undefined) say(['override', 'rate'], `plan "${plan.name}": a flat override needs "rate", the share of the team's bookings paid (e.g. 0.01)`);
      if (o.mode === 'tiered' && o.tiers === undefined) say(['override', 'tiers'], `plan "${plan.name}": a tiered override needs "tiers" of { "upTo", "rate" }`);
      if (o.tiers !== undefined) tierIssues(plan.name, 'override', o.tiers, ['override', 'tiers'], say);
    }
    if (plan.from !== undefined && plan.to !== undefined && plan.from > plan.to) {
      say(['to'], `plan "${plan.name}" ends (${plan.to}) before it starts (${plan.from}): swap the dates`);
    }
  });

/** Tiers must rise and only the last may (and must) be open-ended. */
function tierIssues(
  plan: string,
  label: string,
  tiers: ReadonlyArray<{ upTo?: number | undefined }>,
  path: PropertyKey[],
  say: (path: PropertyKey[], message: string) => void,
): void {
  let previous = 0;
  tiers.forEach((tier, i) => {
    const last = i === tiers.length - 1;
    if (tier.upTo === undefined) {
      if (!last) say([...path, i, 'upTo'], `plan "${plan}": tier ${i + 1} of ${label} has no upTo but is not the last tier; only the last tier is open-ended, so give this one an upTo`);
      return;
    }
    if (last) {
      say([...path, i, 'upTo'], `plan "${plan}": the last tier of ${label} has upTo ${tier.upTo}; remove it so the last tier holds everything above the tier before it`);
    }
    if (tier.upTo <= previous) {
      say([...path, i, 'upTo'], `plan "${plan}": tier ${i + 1} of ${label} (upTo ${tier.upTo}) overlaps tier ${i} (upTo ${previous}); list the tiers in increasing upTo order`);
    }
    previous = Math.max(previous, tier.upTo);
  });
}

export const CompensationConfigSchema = z.strictObject({
  /** Commission and override plans; one plan per person and period. */
  plans: z.array(CompensationPlanSchema).default([]).describe('Commission and override plans; one plan per person and period.'),
});

export type CompensationConfig = z.output<typeof CompensationConfigSchema>;
export type CompensationPlan = z.output<typeof CompensationPlanSchema>;
export type RateTier = z.output<typeof RateTierSchema>;
export type OverrideTier = z.output<typeof OverrideTierSchema>;
