import { describe, expect, it } from 'vitest';
import { quarterSlug, slug } from '../../src/site/paths/slug.ts';
import { sitePaths } from '../../src/site/paths/sitePaths.ts';

describe('slug', () => {
  it('slug(name) is lower-case ASCII letters, digits and dashes with a 4-character hash', () => {
    expect(slug('Ana Ruiz')).toMatch(/^ana-ruiz-[0-9a-f]{4}$/);
    expect(slug("Liam O'Connor")).toMatch(/^liam-o-connor-[0-9a-f]{4}$/);
    expect(slug('Chloé Laurent')).toMatch(/^chloe-laurent-[0-9a-f]{4}$/);
    expect(slug('  NA / Enterprise!! ')).toMatch(/^na-enterprise-[0-9a-f]{4}$/);
  });

  it('slug is stable and keeps names apart that simplify to the same text', () => {
    expect(slug('Ana Ruiz')).toBe(slug('Ana Ruiz'));
    const variants = ['Ana Ruiz', 'ana ruiz', 'Ana  Ruiz', 'Aña Ruiz', 'Ana Ruiz '];
    expect(new Set(variants.map(slug)).size).toBe(variants.length);
  });

  it('slug of markup or a path stays a safe segment', () => {
    for (const name of ['<script>alert(1)</script>', '../../etc/passwd', '__proto__', 'a?b#c&d=e', '%2e%2e']) {
      expect(slug(name)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('slug of a name without ASCII letters or digits is the hash alone, longer', () => {
    expect(slug('王伟')).toMatch(/^n-[0-9a-f]{8}$/);
    expect(slug('王伟')).not.toBe(slug('李娜'));
    expect(slug('')).toMatch(/^n-[0-9a-f]{8}$/);
  });

  it('slug keeps at most 40 readable characters', () => {
    const long = slug('A'.repeat(30) + ' ' + 'B'.repeat(30));
    expect(long.length).toBeLessThanOrEqual(40 + 5);
    expect(long).toMatch(/^a{30}-b{9}-[0-9a-f]{4}$/);
  });

  it('quarterSlug(FY2027-Q2) is fy2027-q2', () => {
    expect(quarterSlug('FY2027-Q2')).toBe('fy2027-q2');
  });
});

describe('sitePaths', () => {
  it('prefixes every link with the base path, with or without its trailing slash', () => {
    const paths = sitePaths('/sales/q3');
    expect(paths.base).toBe('/sales/q3/');
    expect(paths.rep('Ana Ruiz')).toBe(`/sales/q3/reps/${slug('Ana Ruiz')}/`);
    expect(paths.team('East')).toBe(`/sales/q3/teams/${slug('East')}/`);
    expect(paths.region('EMEA')).toBe(`/sales/q3/regions/${slug('EMEA')}/`);
    expect(paths.quarter('FY2027-Q2')).toBe('/sales/q3/quarters/fy2027-q2/');
    expect(paths.methods('forecast')).toBe('/sales/q3/methods/#forecast');
    expect(sitePaths('/').methods()).toBe('/methods/');
  });
});
