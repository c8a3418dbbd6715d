/**
 * Links to the rep, team, region, quarter and methods pages, under the site's base path (the
 * site may be served from a sub-path such as /sales/q3/). Names are slugged, never put in a URL
 * as they are.
 */
import { quarterSlug, slug } from './slug.ts';

export interface SitePaths {
  /** The base path, ending with `/`. */
  base: string;
  reps: string;
  teams: string;
  quarters: string;
  rep(name: string): string;
  team(name: string): string;
  region(name: string): string;
  /** A fiscal quarter's retrospective, by key (`FY2027-Q2`). */
  quarter(key: string): string;
  /** The methods page, at a section (a src/metrics/docs file name, e.g. `forecast`). */
  methods(section?: string): string;
}

export function sitePaths(baseUrl: string): SitePaths {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return {
    base,
    reps: `${base}reps/`,
    teams: `${base}teams/`,
    quarters: `${base}quarters/`,
    rep: (name) => `${base}reps/${slug(name)}/`,
    team: (name) => `${base}teams/${slug(name)}/`,
    region: (name) => `${base}regions/${slug(name)}/`,
    quarter: (key) => `${base}quarters/${quarterSlug(key)}/`,
    methods: (section) => `${base}methods/${section === undefined ? '' : `#${encodeURIComponent(section)}`}`,
  };
}
