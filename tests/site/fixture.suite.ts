/**
 * The common site checks on the fixture site (at `/` and under a base path): they exercise
 * DataTable, Chart, the CSV endpoint and the client scripts without the data stage.
 */
import { BASE_PATH, fixtureSite } from './harness.ts';
import { describeSiteChecks } from './siteChecks.ts';

describeSiteChecks('fixture site', () => fixtureSite(), { axe: true, withoutJs: true, screenshots: { prefix: 'fixture-' } });

describeSiteChecks(`fixture site under ${BASE_PATH}`, () => fixtureSite(BASE_PATH));
