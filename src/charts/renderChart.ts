/**
 * Renders a chart at build time: Plot options in, accessible static HTML (inline SVG) out.
 * No client JavaScript is needed to see a chart: marks carry native `<title>` tooltips,
 * the SVG has role="img" with a title and a description, and Plot's inline styles are
 * replaced by the site stylesheet (so a strict Content-Security-Policy holds).
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

export interface ChartSpec {
  /** Unique on the page; used for element ids and the SVG download name. Letters, digits and dashes. */
  id: string;
  /** States the takeaway ("Bookings are 12% behind the usual pace"). */
  title: string;
  /** Text alternative: what the chart shows, in a sentence or two. */
  description: string;
  /** Plot options (from an xxxChart function). */
  plot: Plot.PlotOptions;
}

const PLOT_CLASS = 'qd-plot';

/** Render a chart to an HTML string: a `<figure>` with the heading, the SVG and any legend. */
export function renderChart(spec: ChartSpec): string {
  const id = safeId(spec.id);
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const node = Plot.plot({ ...spec.plot, document, className: PLOT_CLASS } as Plot.PlotOptions & { document: unknown }) as unknown as Element;
  const root = node as unknown as HTMLElement;
  const svgs: Element[] = root.tagName.toLowerCase() === 'svg' ? [root] : [...root.querySelectorAll('svg')];
  const main = [...svgs].reverse().find((s) => s.getAttribute('class') === PLOT_CLASS) ?? svgs[svgs.length - 1];
  if (main === undefined) throw new Error(`chart ${id}: Plot rendered no SVG`);

  for (const svg of svgs) {
    if (svg !== main) svg.setAttribute('aria-hidden', 'true');
  }
  main.setAttribute('role', 'img');
  main.setAttribute('aria-labelledby', `${id}-title`);
  main.setAttribute('aria-describedby', `${id}-desc`);
  const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
  title.setAttribute('id', `${id}-svgtitle`);
  title.textContent = spec.title;
  const desc = document.createElementNS('http://www.w3.org/2000/svg', 'desc');
  desc.setAttribute('id', `${id}-svgdesc`);
  desc.textContent = spec.description;
  main.insertBefore(desc, main.firstChild);
  main.insertBefore(title, main.firstChild);

  // axe: aria-label on <g> (no role) is a serious violation; the SVG's own title/desc carry the meaning.
  for (const el of root.querySelectorAll('[aria-label], [aria-description]')) {
    if (el === main) continue;
    el.removeAttribute('aria-label');
    el.removeAttribute('aria-description');
  }
  // Inline <style> and style="" would need 'unsafe-inline' in the CSP: the site stylesheet styles .qd-plot.
  for (const style of root.querySelectorAll('style')) style.remove();
  for (const el of [root, ...root.querySelectorAll('[style]')]) el.removeAttribute('style');

  const html = renumberIds(root.outerHTML, id);
  return (
    `<figure class="chart" id="${id}">` +
    `<figcaption><h3 class="chart-title" id="${id}-title">${escapeHtml(spec.title)}</h3>` +
    // The text alternative stays in the page for screen readers and on demand for everyone, out of the way.
    `<details class="chart-about"><summary>About this chart</summary><p class="chart-desc" id="${id}-desc">${escapeHtml(spec.description)}</p></details></figcaption>` +
    `<div class="chart-body">${html}</div>` +
    `<button type="button" class="chart-download" data-chart="${id}" hidden>Download SVG</button>` +
    `</figure>`
  );
}

/** Plot numbers clip paths, patterns and markers with a process-wide counter: make them per chart, so builds are byte-identical. */
function renumberIds(html: string, id: string): string {
  const map = new Map<string, string>();
  return html.replace(/plot-(clip|pattern|marker)-\d+/g, (match, kind: string) => {
    let next = map.get(match);
    if (next === undefined) {
      next = `${id}-${kind}-${map.size + 1}`;
      map.set(match, next);
    }
    return next;
  });
}

function safeId(id: string): string {
  const clean = id.replace(/[^A-Za-z0-9-]/g, '-');
  return /^[A-Za-z]/.test(clean) ? clean : `chart-${clean}`;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}
