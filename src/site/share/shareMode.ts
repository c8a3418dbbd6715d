/**
 * What kind of build this is, for the header badge (src/layouts/Base.astro) and the pages that
 * leave rep-level content out: encrypted, redacted (deal and account names; reps), scoped to
 * one team or region. Written into the site data by scripts/cli/buildSite.ts.
 */
export interface ShareMode {
  encrypted: boolean;
  redactDeals: boolean;
  /** Rep-level pages, rows and compensation pages are left out (teams and regions only). */
  redactReps: boolean;
  scope: { kind: 'team' | 'region'; name: string } | null;
}

export const PLAIN_BUILD: ShareMode = { encrypted: false, redactDeals: false, redactReps: false, scope: null };

/** The badge's parts, empty for an ordinary build. */
export function shareLabels(mode: ShareMode | undefined): string[] {
  if (mode === undefined) return [];
  const labels: string[] = [];
  if (mode.scope !== null) labels.push(`${mode.scope.kind === 'team' ? 'Team' : 'Region'} ${mode.scope.name} only`);
  if (mode.redactReps) labels.push('Deal, account and rep names redacted; no rep-level pages');
  else if (mode.redactDeals) labels.push('Deal and account names redacted');
  if (mode.encrypted) labels.push('Encrypted');
  return labels;
}

/** False in any redacted build: earnings are personal pay, left out with deal names as with rep names. */
export function showsCompensation(mode: ShareMode | undefined): boolean {
  return mode === undefined || (!mode.redactReps && !mode.redactDeals);
}

/** False when the build leaves rep-level pages and rows out (`--redact reps`). */
export function showsReps(mode: ShareMode | undefined): boolean {
  return mode === undefined || !mode.redactReps;
}
