/**
 * The encrypted site's opaque addresses (src/share/opaquePaths.ts): which files move, and the
 * links of a page rewritten to them, absolute (with a base path) and relative.
 */
import { describe, expect, it } from 'vitest';
import { opaquePaths, rewriteLinks } from '../../src/share/opaquePaths.ts';

const files = ['index.html', 'reps/index.html', 'reps/ana-lopez-1a2b/index.html', 'csv/rep-ana-lopez-1a2b-open-deals.csv', 'csv/reps-current.csv', 'data/deals.csv', '_assets/site.css'];
const key = new Uint8Array(32).fill(9);

describe('opaquePaths', () => {
  const moves = opaquePaths(files, key);

  it('moves pages below a section and data files outside data/, to ids that hold no name', () => {
    expect([...moves.keys()]).toEqual(['reps/ana-lopez-1a2b/index.html', 'csv/rep-ana-lopez-1a2b-open-deals.csv', 'csv/reps-current.csv']);
    expect(moves.get('reps/ana-lopez-1a2b/index.html')).toMatch(/^p\/[0-9a-f]{24}\/index\.html$/);
    expect(moves.get('csv/reps-current.csv')).toMatch(/^f\/[0-9a-f]{24}\.csv$/);
    expect(opaquePaths(files, new Uint8Array(32).fill(1)).get('csv/reps-current.csv')).not.toBe(moves.get('csv/reps-current.csv'));
  });

  it('rewrites absolute links under the base, keeps anchors, queries and other sites; a moved download keeps its name', () => {
    const page = moves.get('reps/ana-lopez-1a2b/index.html')!;
    const html = [
      '<a href="/q3/reps/ana-lopez-1a2b/#quarters">Ana</a>',
      '<a class="csv-link" href="/q3/csv/rep-ana-lopez-1a2b-open-deals.csv" download="rep-ana-lopez-1a2b-open-deals.csv">CSV</a>',
      '<a href="/q3/csv/reps-current.csv" download>CSV</a>',
      '<a href="/q3/reps/">Reps</a>',
      '<a href="https://example.com/reps/ana-lopez-1a2b/">out</a>',
      '<a href="#main">skip</a>',
      '<link rel="stylesheet" href="/q3/_assets/site.css">',
    ].join('\n');
    const out = rewriteLinks(html, 'reps/index.html', 'reps/index.html', moves, '/q3/').split('\n');
    expect(out[0]).toBe(`<a href="/q3/${page.replace('index.html', '')}#quarters">Ana</a>`);
    expect(out[1]).toBe(`<a class="csv-link" href="/q3/${moves.get('csv/rep-ana-lopez-1a2b-open-deals.csv')}" download="rep-ana-lopez-1a2b-open-deals.csv">CSV</a>`);
    expect(out[2]).toBe(`<a download="reps-current.csv" href="/q3/${moves.get('csv/reps-current.csv')}">CSV</a>`);
    expect(out.slice(3)).toEqual(html.split('\n').slice(3));
  });

  it('rewrites relative links from where the page was to where it is now', () => {
    const page = moves.get('reps/ana-lopez-1a2b/index.html')!;
    const html = '<a href="../">Reps</a> <a href="../../csv/reps-current.csv" download="reps-current.csv">CSV</a> <a href="../../">Home</a> <img src="../../_assets/x.png">';
    const id = page.split('/')[1];
    const csv = moves.get('csv/reps-current.csv')!;
    expect(rewriteLinks(html, 'reps/ana-lopez-1a2b/index.html', page, moves, '/')).toBe(
      `<a href="../../reps/">Reps</a> <a href="../../${csv}" download="reps-current.csv">CSV</a> <a href="../../">Home</a> <img src="../../_assets/x.png">`,
    );
    expect(rewriteLinks('<a href="ana-lopez-1a2b/">Ana</a>', 'reps/index.html', 'reps/index.html', moves, '/')).toBe(`<a href="../p/${id}/">Ana</a>`);
  });
});
