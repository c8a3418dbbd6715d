import { describe, expect, it } from 'vitest';
import { classicScript, relativeHtml, relativeUrl } from '../../scripts/cli/relativeLinks.ts';

describe('relativeLinks: a built site that works from disk', () => {
  it('links under the base become relative to the page, naming index.html', () => {
    expect(relativeUrl('/', './', '/')).toBe('./index.html');
    expect(relativeUrl('/reps/ana/', '../../', '/')).toBe('../../reps/ana/index.html');
    expect(relativeUrl('/methods/#forecast', '../', '/')).toBe('../methods/index.html#forecast');
    expect(relativeUrl('/csv/risk-list.csv', '../', '/')).toBe('../csv/risk-list.csv');
    expect(relativeUrl('/sales/q3/teams/east/', '../../', '/sales/q3/')).toBe('../../teams/east/index.html');
    expect(relativeUrl('/sales/q3/', './', '/sales/q3/')).toBe('./index.html');
  });

  it('leaves anchors, data URLs, other sites and paths outside the base alone', () => {
    for (const url of ['#main', 'data:,', 'https://example.com/', '//cdn.example.com/x.js', '/other/']) expect(relativeUrl(url, '../', '/sales/q3/')).toBeNull();
  });

  it('rewrites href and src in a page and loads module scripts as classic deferred ones', () => {
    const html = '<link rel="stylesheet" href="/_assets/a.css"><script type="module" src="/_assets/b.js"></script><a href="/pipeline/#risk">P</a><a href="#x">X</a>';
    expect(relativeHtml(html, 'reps/ana/index.html', '/')).toBe(
      '<link rel="stylesheet" href="../../_assets/a.css"><script defer src="../../_assets/b.js"></script><a href="../../pipeline/index.html#risk">P</a><a href="#x">X</a>',
    );
  });

  it('wraps a bundle without imports in its own scope, once; leaves one with imports a module', () => {
    const wrapped = classicScript('const a=1;console.log(a);');
    expect(wrapped).toBe('(()=>{/*classic*/\nconst a=1;console.log(a);\n})();\n');
    expect(classicScript(wrapped!)).toBeNull();
    expect(classicScript('import{a}from"./x.js";a();')).toBeNull();
  });
});
