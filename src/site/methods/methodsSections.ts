/**
 * The sections of the methods page, one per src/metrics/docs/*.md file: the section id is the file
 * name without its extension (so other pages link to /methods/#forecast), the file's top heading
 * becomes the section's h2 and its other headings move down one level. Heading ids are prefixed
 * with the section id so two files may use the same heading; tables get column headers' scope
 * and a horizontal scroll wrapper that keyboard users can focus. The HTML is the project's own documentation, not data.
 */

export interface MethodsSection {
  /** File name without extension: `forecast`, `periodMetrics`. */
  id: string;
  title: string;
  html: string;
}

/** The order a reader meets the definitions in; files not listed follow by name. */
export const METHODS_ORDER = [
  'dashboardPeriods',
  'periodMetrics',
  'quotaFor',
  'forecast',
  'pipelineRisk',
  'whatChanged',
  'repPeriods',
  'repTrends',
  'retrospective',
];

export function methodsSections(files: readonly { path: string; html: string }[]): MethodsSection[] {
  const sections = files.map((f) => {
    const id = (f.path.split('/').pop() ?? f.path).replace(/\.md$/i, '');
    const match = /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(f.html);
    const title = match ? stripTags(match[1]!) : id;
    const body = (match ? f.html.replace(match[0], '') : f.html)
      .replace(/<(\/?)h([1-5])(\s[^>]*)?>/gi, (_all, close: string, level: string, attrs: string | undefined) => `<${close}h${Number(level) + 1}${attrs ?? ''}>`)
      .replace(/\sid="([^"]*)"/g, (_all, value: string) => ` id="${id}--${value}"`)
      .replace(/<table>/g, `<div class="table-wrap" tabindex="0" role="group" aria-label="Table: ${escapeAttribute(title)}"><table>`)
      .replace(/<\/table>/g, '</table></div>')
      .replace(/<th(?=[\s>])(?![^>]*\sscope=)/g, '<th scope="col"');
    return { id, title, html: body.trim() };
  });
  const rank = (id: string) => {
    const i = METHODS_ORDER.indexOf(id);
    return i < 0 ? METHODS_ORDER.length : i;
  };
  return sections.sort((a, b) => rank(a.id) - rank(b.id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function stripTags(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .trim();
}
