/**
 * quarterdeck.config.json text -> Config, or issues that each say in one sentence where the
 * problem is (file › key path, with the line when it can be found), what was expected and
 * how to fix it:
 *   quarterdeck.config.json › fiscalYearStartMonth must be a whole number from 1 to 12
 *   (January = 1); found "feb"; change the value, or remove the key to use the default (1).
 *   quarterdeck.config.json › fiscalYearStart is not a known setting; did you mean
 *   `fiscalYearStartMonth`? Rename or remove it.
 * JSON syntax errors give the line and column and the likely cause (a trailing comma, a
 * comment, single quotes, a key without quotes, a missing comma).
 */
import { closest, distance } from 'fastest-levenshtein';
import type { z } from 'zod';
import { canonicalFields, DATE_ENTERED_PREFIX } from './aliases.ts';
import { ConfigSchema, type Config } from './configSchema.ts';
import { SEP } from './formatPlace.ts';
import type { Issue } from './types.ts';
import { describeSchema, schemaAt, schemaDefault, unwrapSchema } from './describeSchema.ts';
import { jsonErrorAt } from './jsonErrorAt.ts';

export type ParseConfigResult = { ok: true; config: Config } | { ok: false; issues: Issue[] };

export function defaultConfig(): Config {
  return ConfigSchema.parse({});
}

export function parseConfig(text: string, file: string): ParseConfigResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (source.trim() === '') return { ok: true, config: defaultConfig() };

  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch {
    return { ok: false, issues: [jsonSyntaxIssue(source, file)] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return {
      ok: false,
      issues: [issue(file, null, null, `${file} must hold one JSON object such as { "companyName": "Acme" }; found ${found(data)}; put the settings inside { and }.`, 'config-type')],
    };
  }

  const issues: Issue[] = [];
  const parsed = ConfigSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    for (const zi of parsed.error.issues) issues.push(...friendlyIssues(zi, data, source, file));
  }
  issues.push(...columnFieldIssues(data, source, file));
  if (issues.length > 0 || !parsed.success) {
    issues.sort((a, b) => (a.row ?? Infinity) - (b.row ?? Infinity));
    return { ok: false, issues };
  }
  return { ok: true, config: parsed.data };
}

type Path = readonly PropertyKey[];

function friendlyIssues(zi: z.core.$ZodIssue, data: unknown, source: string, file: string): Issue[] {
  const path = zi.path;
  if (zi.code === 'unrecognized_keys') {
    const allowed = allowedKeys(path);
    return zi.keys.map((key) => unknownKey(file, source, [...path, key], key, allowed, 'setting'));
  }
  if (zi.code === 'invalid_key') {
    const keyIssue = zi.issues[0];
    const expected = keyIssue?.message.startsWith('expected ') ? keyIssue.message.slice('expected '.length) : 'a valid key';
    return [
      issue(file, lineOf(source, path), pathText(path),
        `${file}${SEP}${pathText(path)} is not a valid key here; expected ${expected}; rename it.`, 'config-invalid'),
    ];
  }
  if (zi.code === 'custom') {
    // Refinements (compensation plans) write the whole sentence themselves.
    return [issue(file, lineOf(source, path), pathText(path), `${file}${SEP}${pathText(path)}: ${zi.message}.`, 'config-invalid')];
  }
  const schema = schemaAt(ConfigSchema, path);
  const value = valueAt(data, path);
  let expected = schema ? describeSchema(schema, pathText(path)) : null;
  if (zi.code === 'invalid_format' && zi.message.startsWith('expected ')) expected = zi.message.slice('expected '.length);
  expected ??= zi.message;
  const missing = value === undefined;
  const fix = missing ? 'add it' : fixFor(schema);
  const where = `${file}${SEP}${pathText(path)}`;
  const message = missing
    ? `${where} is missing; expected ${expected}; ${fix}.`
    : `${where} must be ${expected}; found ${found(value)}; ${fix}.`;
  return [issue(file, lineOf(source, path), pathText(path), message, missing ? 'config-missing' : 'config-invalid')];
}

/** `columns` (top level and per file) must name canonical fields. */
function columnFieldIssues(data: object, source: string, file: string): Issue[] {
  const fields = canonicalFields();
  const known = new Set(fields);
  const out: Issue[] = [];
  const check = (columns: unknown, path: Path) => {
    if (typeof columns !== 'object' || columns === null || Array.isArray(columns)) return;
    for (const key of Object.keys(columns)) {
      if (known.has(key) || key.startsWith(DATE_ENTERED_PREFIX)) continue;
      out.push(unknownKey(file, source, [...path, key], key, fields, 'column field'));
    }
  };
  const root = data as Record<string, unknown>;
  if (Object.hasOwn(root, 'columns')) check(root.columns, ['columns']);
  const files = Object.hasOwn(root, 'files') ? root.files : undefined;
  if (typeof files === 'object' && files !== null) {
    for (const [pattern, entry] of Object.entries(files)) {
      if (typeof entry === 'object' && entry !== null && Object.hasOwn(entry, 'columns')) {
        check((entry as Record<string, unknown>).columns, ['files', pattern, 'columns']);
      }
    }
  }
  return out;
}

function unknownKey(file: string, source: string, path: Path, key: string, allowed: readonly string[], noun: string): Issue {
  const suggestion = suggest(key, allowed);
  const where = `${file}${SEP}${pathText(path)}`;
  const message = suggestion !== null
    ? `${where} is not a known ${noun}; did you mean \`${suggestion}\`? Rename or remove it.`
    : `${where} is not a known ${noun}; the ${noun}s allowed here are ${allowed.slice(0, 14).map((k) => `\`${k}\``).join(', ')}${allowed.length > 14 ? ', ...' : ''}; rename or remove it.`;
  return issue(file, lineOf(source, path), pathText(path), message, 'config-unknown-key');
}

/** The closest allowed key when it is close enough to be a typo, else null. */
export function suggest(key: string, allowed: readonly string[]): string | null {
  if (allowed.length === 0) return null;
  const lower = key.toLowerCase();
  const sameCase = allowed.find((a) => a.toLowerCase() === lower);
  if (sameCase) return sameCase;
  const prefix = allowed.find((a) => lower.length >= 4 && (a.toLowerCase().startsWith(lower) || lower.startsWith(a.toLowerCase())));
  if (prefix) return prefix;
  const best = closest(key, allowed as string[]);
  return distance(key, best) <= Math.max(2, Math.floor(key.length / 3)) ? best : null;
}

function allowedKeys(path: Path): string[] {
  const schema = schemaAt(ConfigSchema, path);
  if (!schema) return [];
  const def = unwrapSchema(schema)._zod.def as { type: string; shape?: Record<string, unknown> };
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

function fixFor(schema: z.ZodType | null): string {
  if (!schema) return 'change the value';
  const fallback = schemaDefault(schema);
  if (fallback !== undefined) {
    return typeof fallback === 'object' ? 'change the value, or remove the key to use the default' : `change the value, or remove the key to use the default (${JSON.stringify(fallback)})`;
  }
  return schema.safeParse(undefined).success ? 'change the value, or remove the key' : 'change the value';
}

function pathText(path: Path): string {
  if (path.length === 0) return '(top level)';
  return path.map((key) => (typeof key === 'number' ? `item ${key + 1}` : String(key))).join(SEP);
}

function valueAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    if (!Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function found(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null) return 'an object';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** 1-based line of the last string key of a path, searched for as "key" in order; null when not found. */
function lineOf(source: string, path: Path): number | null {
  let from = 0;
  let at = -1;
  for (const key of path) {
    if (typeof key !== 'string') continue;
    const i = source.indexOf(JSON.stringify(key), from);
    if (i < 0) break;
    at = i;
    from = i + 1;
  }
  return at < 0 ? null : lineColumn(source, at).line;
}

function lineColumn(source: string, index: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < index && i < source.length; i++) {
    if (source.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: index - start + 1 };
}

function jsonSyntaxIssue(source: string, file: string): Issue {
  const scanned = jsonErrorAt(source);
  const at = scanned >= 0 ? scanned : 0;
  const { line, column } = lineColumn(source, at);
  const { why, fix } = syntaxCause(source, at);
  return {
    severity: 'error',
    code: 'config-json',
    file,
    sheet: null,
    row: line,
    column: null,
    value: (source.split('\n')[line - 1] ?? '').trim().slice(0, 200) || null,
    message: `${file}${SEP}line ${line}, column ${column} is not valid JSON (${why}); ${fix}.`,
  };
}

function syntaxCause(source: string, at: number): { why: string; fix: string } {
  const ch = source[at];
  let before = at - 1;
  while (before >= 0 && /\s/.test(source[before]!)) before--;
  const prev = before >= 0 ? source[before] : undefined;
  if (at >= source.length) return { why: 'the text ends too early', fix: 'add the missing closing } or ] or quote' };
  if ((ch === '}' || ch === ']') && prev === ',') return { why: 'a comma before a closing bracket', fix: 'remove that comma, because JSON allows no trailing commas' };
  if (ch === '/') return { why: 'a comment', fix: 'remove the comment, because JSON allows no comments' };
  if (ch === "'") return { why: 'single quotes', fix: 'use double quotes (") around keys and text' };
  if (ch !== undefined && /[A-Za-z_$]/.test(ch) && (prev === '{' || prev === ',')) return { why: 'a key without double quotes', fix: 'put the key in double quotes' };
  if (ch !== undefined && '"{['.includes(ch) && prev !== undefined && /["\d}\]el]/.test(prev)) return { why: 'a missing comma', fix: 'add a comma between the two entries' };
  if (ch !== undefined && /[A-Za-z]/.test(ch)) return { why: 'a word that is not true, false or null', fix: 'put text in double quotes' };
  return { why: `unexpected ${JSON.stringify(ch)}`, fix: 'fix the punctuation there' };
}

function issue(file: string, row: number | null, column: string | null, message: string, code: string): Issue {
  return { severity: 'error', code, file, sheet: null, row, column, value: null, message };
}
