/**
 * Client script for charts rendered by src/charts/renderChart.ts: shows each figure's hidden
 * "Download SVG" button and saves the chart as a standalone SVG file. The site stylesheet
 * styles the chart on the page, so the few properties the file needs are copied onto it.
 */

function standaloneSvg(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('xmlns:xlink', 'http://www.w3.org/1999/xlink');
  const box = svg.getBoundingClientRect();
  if (!clone.hasAttribute('width') && box.width > 0) clone.setAttribute('width', String(Math.round(box.width)));
  if (!clone.hasAttribute('height') && box.height > 0) clone.setAttribute('height', String(Math.round(box.height)));
  const computed = getComputedStyle(svg);
  // CSSOM properties (not a style attribute string), which the Content-Security-Policy allows.
  clone.style.setProperty('color', computed.color);
  clone.style.setProperty('font-family', computed.fontFamily);
  clone.style.setProperty('font-size', computed.fontSize);
  clone.style.setProperty('background', pageBackground());
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
}

function pageBackground(): string {
  const color = getComputedStyle(document.body).backgroundColor;
  return color === '' || color === 'rgba(0, 0, 0, 0)' ? '#ffffff' : color;
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button.chart-download[data-chart]')) {
  const id = button.dataset.chart!;
  const figure = document.getElementById(id);
  const svg = figure?.querySelector<SVGSVGElement>('svg[role="img"]') ?? figure?.querySelector<SVGSVGElement>('svg');
  if (!figure || !svg) continue;
  button.hidden = false;
  button.addEventListener('click', () => download(`${id}.svg`, standaloneSvg(svg)));
}
