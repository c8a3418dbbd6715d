/**
 * What a one-on-one compares a rep with: stage-to-stage conversion and median days in stage,
 * the rep's against the team's (stageConversion.ts), and win rate by deal size (winRateBySize.ts),
 * for every rep with open deals. Team figures are computed once per team.
 */
import type { Model } from '../model/types.ts';
import type { Config } from '../schema/configSchema.ts';
import { stageConversion, type StageConversionRow } from './stageConversion.ts';
import { winRateBySize, type SizeBand } from './winRateBySize.ts';

export interface RepCoaching {
  rep: string;
  team: string | null;
  conversion: StageConversionRow[];
  /** The rep's team (everyone in it, the rep included); the company's when the rep has no team. */
  teamConversion: StageConversionRow[];
  sizeBands: SizeBand[];
}

export function repCoaching(model: Model, options: { asOf: string; stages?: Config['stages'] }): RepCoaching[] {
  const owners = new Map<string, string | null>();
  for (const d of model.deals) if (d.status === 'open' && !d.history.disappeared && !owners.has(d.owner)) owners.set(d.owner, d.team);
  const teams = new Map<string | null, StageConversionRow[]>();
  const teamRows = (team: string | null) => {
    let rows = teams.get(team);
    if (rows === undefined) {
      rows = stageConversion(model, { asOf: options.asOf, stages: options.stages, keep: (d) => team === null || d.team === team });
      teams.set(team, rows);
    }
    return rows;
  };
  return [...owners]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([rep, team]) => ({
      rep,
      team,
      conversion: stageConversion(model, { asOf: options.asOf, stages: options.stages, keep: (d) => d.owner === rep }),
      teamConversion: teamRows(team),
      sizeBands: winRateBySize(model, { asOf: options.asOf, keep: (d) => d.owner === rep }),
    }));
}
