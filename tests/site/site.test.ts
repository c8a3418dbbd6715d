/**
 * The browser tests, in one file so that each site is built once and one Chromium serves them
 * all (vitest isolates files; the suites share tests/site/harness.ts's memoised builds).
 */
import { afterAll } from 'vitest';
import { closeAll } from './harness.ts';
import { trustCleanup } from './trustBuilds.ts';
import './tables.suite.ts';
import './fixture.suite.ts';
import './sample.suite.ts';
import './monday.suite.ts';
import './trustDeterminism.suite.ts';
import './trustAtomic.suite.ts';
import './trustHostile.suite.ts';
import './trustCsp.suite.ts';

afterAll(trustCleanup);
afterAll(closeAll);
