import { describe, expect, it } from 'vitest';
import { teamAttainmentChart, type TeamAttainment } from '../../src/charts/teamAttainmentChart.ts';
import { markData, markTypes, rendered, tooltips } from './chartTestKit.ts';
import { expectSvgSnapshot } from './svgSnapshot.ts';

const teams: TeamAttainment[] = [
  { name: 'West', bookings: 20, quota: 100, attainment: 0.2, expectedShare: 0.5, status: 'behind' },
  { name: 'East', bookings: 60, quota: 100, attainment: 0.6, expectedShare: 0.5, status: 'ahead' },
  { name: 'New', bookings: 10, quota: null, attainment: null, expectedShare: null, status: null },
];

describe('teamAttainmentChart', () => {
  const chart = teamAttainmentChart(teams, { currency: 'USD', periodLabel: 'FY2027 Q3' });

  it('teamAttainmentChart counts teams ahead of pace and names the leader and the last', () => {
    expect(chart.title).toBe('1 of 2 teams are ahead of the usual pace; East leads at 60%, West trails at 20%');
  });

  it('teamAttainmentChart sorts by attainment with teams without quota last, and labels each bar in words', () => {
    expect(markTypes(chart)).toEqual(['BarX', 'TickX', 'RuleX', 'Text']);
    expect(markData<TeamAttainment>(chart, 'BarX')[0]!.map((t) => t.name)).toEqual(['East', 'West']);
    expect((chart.plot.y as { domain: string[] }).domain).toEqual(['East', 'West', 'New']);
    const tips = tooltips(rendered(chart));
    expect(tips).toContain('East: $60 of $100 (60%), ahead of pace; usual pace by today 50%');
    expect(tips).toContain('New: $10 booked, no quota');
  });

  it('teamAttainmentChart with no quota anywhere says so', () => {
    expect(teamAttainmentChart([teams[2]!], { currency: 'USD', periodLabel: 'FY2027 Q3' }).title).toBe('No team has a quota for FY2027 Q3');
  });
});

describe('teamAttainmentChart output', () => {
  it('teamAttainmentChart renders the SVG pinned in tests/charts/snapshots/teamAttainmentChart.html', () => {
    expectSvgSnapshot('teamAttainmentChart', rendered(teamAttainmentChart(teams, { currency: 'USD', periodLabel: 'FY2027 Q3' })));
  });
});
