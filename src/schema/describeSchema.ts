/**
 * What a config value must be, in words, read from its Zod schema: "a whole number from 1 to
 * 12", "one of "auto", "MDY" or "DMY"", "true or false". Used by parseConfig's messages.
 * Also walks a schema along a key path and finds defaults.
 */
import type { z } from 'zod';
import { listJoin } from './formatPlace.ts';

interface LooseDef {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  valueType?: z.ZodType;
  element?: z.ZodType;
  defaultValue?: unknown;
  entries?: Record<string, string | number>;
}

const WRAPPERS = new Set(['optional', 'default', 'nullable', 'prefault', 'readonly', 'catch', 'nonoptional']);

/** Extra words for particular settings, by path with items as '*'. */
const NOTES: Record<string, string> = {
  fiscalYearStartMonth: ' (January = 1)',
  'stages › * › probability': ' (a percentage such as 40, or a fraction such as 0.4)',
};

function defOf(schema: z.ZodType): LooseDef {
  return schema._zod.def as unknown as LooseDef;
}

export function unwrapSchema(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (;;) {
    const def = defOf(s);
    if (WRAPPERS.has(def.type) && def.innerType) s = def.innerType;
    else if (def.type === 'pipe' && def.in) s = def.in;
    else return s;
  }
}

/** The schema of the value at `path`, or null when the path leads nowhere. */
export function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | null {
  let s: z.ZodType | undefined = schema;
  for (const key of path) {
    const def = defOf(unwrapSchema(s));
    if (def.type === 'object' && def.shape) s = Object.hasOwn(def.shape, key) ? def.shape[key as string] : undefined;
    else if (def.type === 'record') s = def.valueType;
    else if (def.type === 'array') s = def.element;
    else s = undefined;
    if (!s) return null;
  }
  return s;
}

/** The default a missing key takes, or undefined when it has none. */
export function schemaDefault(schema: z.ZodType): unknown {
  let s = schema;
  for (;;) {
    const def = defOf(s);
    if (def.type === 'default') return def.defaultValue;
    if (WRAPPERS.has(def.type) && def.innerType) s = def.innerType;
    else return undefined;
  }
}

export function describeSchema(schema: z.ZodType, pathText: string): string {
  const note = NOTES[pathText.replace(/item \d+/g, '*')] ?? '';
  const s = unwrapSchema(schema);
  const def = defOf(s);
  switch (def.type) {
    case 'number': {
      const n = s as unknown as { minValue: number | null; maxValue: number | null; isInt: boolean };
      const noun = n.isInt ? 'a whole number' : 'a number';
      const min = n.minValue !== null && Math.abs(n.minValue) < Number.MAX_SAFE_INTEGER ? n.minValue : null;
      const max = n.maxValue !== null && Math.abs(n.maxValue) < Number.MAX_SAFE_INTEGER ? n.maxValue : null;
      const exclusiveMin = exclusive(s, 'greater_than');
      if (min !== null && max !== null && !exclusiveMin) return `${noun} from ${fmt(min)} to ${fmt(max)}${note}`;
      if (min !== null) return `${noun} ${exclusiveMin ? 'above' : 'of at least'} ${fmt(min)}${max !== null ? ` and at most ${fmt(max)}` : ''}${note}`;
      if (max !== null) return `${noun} of at most ${fmt(max)}${note}`;
      return `${noun}${note}`;
    }
    case 'string':
      return `text in double quotes${note}`;
    case 'boolean':
      return 'true or false (without quotes)';
    case 'enum': {
      const values = Object.values(def.entries ?? {}).map((v) => JSON.stringify(v));
      return `one of ${listJoin(values, 'or')}`;
    }
    case 'array':
      return 'a list in square brackets [ ]';
    case 'object':
    case 'record':
      return 'an object in curly braces { }';
    default:
      return 'a valid value';
  }
}

/** Whether the schema has a strict bound of this kind (z.number().positive() is 'greater_than' 0, not inclusive). */
function exclusive(schema: z.ZodType, check: 'greater_than' | 'less_than'): boolean {
  const checks = (schema._zod.def as { checks?: { _zod: { def: { check: string; inclusive?: boolean } } }[] }).checks ?? [];
  return checks.some((c) => c._zod.def.check === check && c._zod.def.inclusive === false);
}

/** 1000 stays 1000; 1000000 is written 1,000,000. */
function fmt(n: number): string {
  return Number.isInteger(n) && Math.abs(n) >= 10000 ? n.toLocaleString('en-US') : String(n);
}
