/**
 * Renders a sparkline (attainmentSparkline) at build time as a bare inline SVG for a card: no
 * heading of its own, role="img" named by a <title> holding the title and the description (also
 * the native tooltip). Plot's inline styles and the aria-labels of its groups are removed (strict
 * Content-Security-Policy; axe), as renderChart does for full charts.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { ChartContent } from './chartKit.ts';

export function renderSparkline(content: ChartContent): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const svg = Plot.plot({ ...content.plot, document, className: 'qd-plot' } as Plot.PlotOptions & { document: unknown }) as unknown as Element;
  if (svg.tagName.toLowerCase() !== 'svg') throw new Error('sparkline: Plot rendered a figure, expected a bare SVG (no legend, no title)');
  for (const el of svg.querySelectorAll('[aria-label], [aria-description]')) {
    el.removeAttribute('aria-label');
    el.removeAttribute('aria-description');
  }
  for (const style of svg.querySelectorAll('style')) style.remove();
  for (const el of [svg, ...svg.querySelectorAll('[style]')]) el.removeAttribute('style');
  svg.setAttribute('class', 'qd-plot sparkline');
  svg.setAttribute('role', 'img');
  // The <title> child names the image (SVG accessibility mapping) and is its tooltip.
  const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
  title.textContent = `${content.title}. ${content.description}`;
  svg.insertBefore(title, svg.firstChild);
  // linkedom escapes attribute values and text (tested with markup in a rep's name).
  return svg.outerHTML;
}
