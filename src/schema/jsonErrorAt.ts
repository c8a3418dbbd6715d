/**
 * Index of the first JSON syntax error in `text` (text.length when it ends too early), or -1
 * when the text is valid JSON. JSON.parse messages differ between Node versions and some
 * have no position at all, so the config messages use this scanner for the place.
 */

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORDS = ['true', 'false', 'null'];

export function jsonErrorAt(text: string): number {
  let pos = 0;
  const fail = (at: number): never => {
    throw new SyntaxAt(at);
  };
  const ws = () => {
    while (pos < text.length && (text[pos] === ' ' || text[pos] === '\t' || text[pos] === '\n' || text[pos] === '\r')) pos++;
  };
  const string = () => {
    pos++;
    for (;;) {
      if (pos >= text.length) fail(pos);
      const c = text.charCodeAt(pos);
      if (c === 0x22) {
        pos++;
        return;
      }
      if (c === 0x5c) {
        const e = text[pos + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(pos + 2, pos + 6))) fail(pos);
          pos += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) pos += 2;
        else fail(pos);
        continue;
      }
      if (c < 0x20) fail(pos);
      pos++;
    }
  };
  const value = (): void => {
    ws();
    const c = text[pos];
    if (c === undefined) fail(pos);
    if (c === '{') return container('}', true);
    if (c === '[') return container(']', false);
    if (c === '"') return string();
    if (c === '-' || (c! >= '0' && c! <= '9')) {
      NUMBER.lastIndex = pos;
      if (!NUMBER.test(text)) fail(pos);
      pos = NUMBER.lastIndex;
      return;
    }
    const word = WORDS.find((w) => text.startsWith(w, pos));
    if (!word) fail(pos);
    pos += word!.length;
  };
  const container = (close: string, keyed: boolean): void => {
    pos++;
    ws();
    if (text[pos] === close) {
      pos++;
      return;
    }
    for (;;) {
      ws();
      if (keyed) {
        if (text[pos] !== '"') fail(pos);
        string();
        ws();
        if (text[pos] !== ':') fail(pos);
        pos++;
      }
      value();
      ws();
      if (text[pos] === ',') {
        pos++;
        continue;
      }
      if (text[pos] === close) {
        pos++;
        return;
      }
      fail(pos);
    }
  };
  try {
    value();
    ws();
    if (pos < text.length) fail(pos);
    return -1;
  } catch (error) {
    // Anything else (nesting too deep for the stack): point at the start.
    return error instanceof SyntaxAt ? error.at : 0;
  }
}

class SyntaxAt extends Error {
  constructor(readonly at: number) {
    super(`json syntax error at ${at}`);
  }
}
