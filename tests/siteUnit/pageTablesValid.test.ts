import { describe, expect, it } from 'vitest';
import { siteTables } from '../../src/site/siteTables.ts';
import { tableCsv } from '../../src/site/tables/tablesCsv.ts';
import { forecastAccuracyTables } from '../../src/site/forecastPage/tablesForecastAccuracy.ts';
import { forecastDealTables } from '../../src/site/forecastPage/tablesForecastDeals.ts';
import { forecastRollupTables } from '../../src/site/forecastPage/tablesForecastRollup.ts';
import { tablesHtml } from '../../src/site/tables/tablesHtml.ts';
import { overviewTeamsTable } from '../../src/site/overview/tablesOverview.ts';
import { pipelineChangeTables } from '../../src/site/pipeline/tablesPipelineChanges.ts';
import { pipelineCoverageTable } from '../../src/site/pipeline/tablesPipelineCoverage.ts';
import { pipelineRiskTables } from '../../src/site/pipeline/tablesPipelineRisk.ts';
import { pipelineStageTables } from '../../src/site/pipeline/tablesPipelineStages.ts';
import { siteData } from './dashboardFixture.ts';

const BUILDERS = [overviewTeamsTable, forecastRollupTables, forecastAccuracyTables, forecastDealTables, pipelineStageTables, pipelineCoverageTable, pipelineRiskTables, pipelineChangeTables];

describe('overview, forecast and pipeline tables', () => {
  it('siteTables accepts every table of these pages: valid definitions, unique ids', () => {
    const ids = siteTables(siteData, BUILDERS).map((t) => t.id);
    expect(ids).toEqual([
      'overview-teams',
      'forecast-groups-current', 'forecast-reps-current', 'forecast-groups-next', 'forecast-reps-next',
      'forecast-track-record', 'forecast-accuracy-groups',
      'forecast-sources', 'forecast-deals', 'forecast-learned',
      'pipeline-stages', 'pipeline-months',
      'pipeline-coverage',
      'pipeline-flags', 'pipeline-risk',
      'pipeline-changes-summary', 'pipeline-changes',
    ]);
  });

  it('each renders to HTML and CSV; names from the data are escaped', () => {
    for (const table of siteTables(siteData, BUILDERS)) {
      expect(tablesHtml(table, { base: '/sales/' })).toContain(`href="/sales/csv/${table.id}.csv"`);
      expect(tableCsv(table).split('\r\n')[0]!.length).toBeGreaterThan(0);
    }
    const risky = { ...siteData, dashboard: { ...siteData.dashboard, risk: { ...siteData.dashboard.risk, deals: [{ ...siteData.dashboard.risk.deals[0]!, name: '<img src=x onerror=alert(1)>' }] } } } as typeof siteData;
    const html = tablesHtml(pipelineRiskTables(risky)[1]!, { base: '/' });
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
