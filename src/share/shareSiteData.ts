/**
 * The model and report of a shared build: redacted (src/model/redactModel.ts), then scoped
 * (src/model/scopeModel.ts), before any metric is computed. Redaction comes first so that a
 * deal keeps the pseudonym of the whole data's build in a scoped one.
 */
import type { DataReport } from '../dataStage.ts';
import { redactModel } from '../model/redactModel.ts';
import { scopeModel, type Scope } from '../model/scopeModel.ts';
import type { Model } from '../model/types.ts';
import type { ShareMode } from '../site/share/shareMode.ts';

export interface ShareOptions {
  /** Encrypt with these (one per audience); none: not encrypted. */
  passwords?: readonly string[] | undefined;
  redactDeals?: boolean | undefined;
  /** Implies redactDeals. */
  redactReps?: boolean | undefined;
  scope?: Scope | undefined;
  /** Keys the pseudonyms (QUARTERDECK_REDACT_SECRET). */
  redactSecret?: string | undefined;
}

export function shareSiteData(model: Model, report: DataReport, options: ShareOptions): { model: Model; report: DataReport; mode: ShareMode } {
  const reps = options.redactReps ?? false;
  const deals = reps || (options.redactDeals ?? false);
  let current = redactModel(model, report, { deals, reps, secret: options.redactSecret });
  let scope: Scope | null = null;
  if (options.scope !== undefined) {
    const scoped = scopeModel(current.model, current.report, options.scope);
    current = scoped;
    scope = scoped.scope;
  }
  return {
    model: current.model,
    report: current.report,
    mode: { encrypted: (options.passwords?.length ?? 0) > 0, redactDeals: deals, redactReps: reps, scope },
  };
}
