/** missing-next-step: an open deal whose next step is empty. */
import type { Deal } from '../../model/types.ts';
import { raise, type FlagOutcome } from './types.ts';

export function missingNextStepFlag(deal: Deal): FlagOutcome {
  if (deal.nextStep !== null && deal.nextStep.trim() !== '') return null;
  return raise(
    'missing-next-step',
    'low',
    'An open deal with no agreed next step tends to drift.',
    'The next step is empty in the export',
    { nextStep: null },
  );
}
