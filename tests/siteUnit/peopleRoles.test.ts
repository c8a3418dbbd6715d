import { describe, expect, it } from 'vitest';
import type { SiteData } from '../../src/site/load/siteData.ts';
import { leaders } from '../../src/site/reps/peopleRoles.ts';
import { teamManager } from '../../src/site/teams/teamManager.ts';

const rep = (name: string, team: string | null, region: string | null, manager: string | null, role: string | null) => ({ name, id: null, team, region, manager, role, startDate: null, endDate: null, inRoster: true });

// Ana and Bo sell in East under Mia (Sales Manager); Cy sells in West under Max, a player-coach
// manager who owns a deal; Mia and Max report to Vic (VP Sales), who sells nothing.
const model = {
  reps: [
    rep('Ana', 'East', 'Americas', 'Mia', 'Account Executive'),
    rep('Bo', 'East', 'Americas', 'Mia', 'Account Executive'),
    rep('Mia', 'East', 'Americas', 'Vic', 'Sales Manager'),
    rep('Cy', 'West', 'Americas', 'Max', 'Account Executive'),
    rep('Max', 'West', 'Americas', 'Vic', 'Sales Manager'),
    rep('Vic', null, 'Americas', null, 'VP Sales'),
  ],
  deals: [{ owner: 'Ana' }, { owner: 'Bo' }, { owner: 'Cy' }, { owner: 'Max' }],
};
const siteData = { model, dashboard: { repPeriods: [] } } as unknown as SiteData;

describe('people in their roles', () => {
  it('managers and leaders who sell nothing are leaders; a player-coach stays a rep', () => {
    expect([...leaders(siteData)].sort()).toEqual(['Mia', 'Vic']);
  });

  it("a team's manager is the one most of its people report to; a region's, the one its team managers report to", () => {
    expect(teamManager(model as never, { level: 'team', name: 'East' })).toBe('Mia');
    expect(teamManager(model as never, { level: 'team', name: 'West' })).toBe('Max');
    expect(teamManager(model as never, { level: 'region', name: 'Americas' })).toBe('Vic');
    expect(teamManager(model as never, { level: 'team', name: 'Nowhere' })).toBeNull();
  });
});
