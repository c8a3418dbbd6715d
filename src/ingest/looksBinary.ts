/**
 * True when decoded text is really binary data (an image, a PDF, a zip renamed .csv):
 * more than 2% of the first 64 KB are control characters other than tab, line feed,
 * carriage return and form feed. A stray control character or two in a real export passes.
 */
export function looksBinary(text: string): boolean {
  const sample = Math.min(text.length, 65536);
  if (sample === 0) return false;
  let controls = 0;
  for (let i = 0; i < sample; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) controls++;
    else if (code === 0xfffd) controls++;
  }
  return controls >= 4 && controls > sample * 0.02;
}
