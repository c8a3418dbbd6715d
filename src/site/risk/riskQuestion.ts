/**
 * The question to ask the rep about a deal in a one-on-one or the weekly review, from its most
 * severe risk flag: what would make the deal real again.
 */
import type { RiskDeal } from '../../metrics/pipelineRiskTypes.ts';
import type { RiskFlagCode } from '../../metrics/riskFlags/types.ts';
import { riskFlagsOf } from './riskOrder.ts';

const QUESTIONS: Partial<Record<RiskFlagCode, string>> = {
  'past-due': 'The close date has passed: what is the real date, and what has to happen before it?',
  pushed: 'It keeps slipping: what changed with the buyer, and is this quarter still realistic?',
  stale: 'Nothing has happened lately: when did you last speak to the buyer, and what is the next meeting?',
  stuck: 'It has sat in this stage longer than won deals do: what is blocking the next step?',
  'amount-cut': 'The amount came down: what was cut, and is the rest of the scope at risk too?',
  'unlikely-to-close': 'Few deals close from this stage with the days left: what would it take to sign this quarter?',
  'commit-risk': 'It is in Commit early in the process: what makes you sure it closes, and who has signed off?',
  concentration: 'Your quarter rides on this deal: what is the plan if it slips, and what else can close?',
};

export function riskQuestion(deal: RiskDeal): string {
  for (const flag of riskFlagsOf(deal)) {
    const question = QUESTIONS[flag.code];
    if (question !== undefined) return question;
  }
  return 'What is the next step, and when?';
}
