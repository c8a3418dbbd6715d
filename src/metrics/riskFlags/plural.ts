/** "1 day", "3 days"; "once", "twice", "3 times" for `time`. */
export function plural(count: number, noun: string): string {
  if (noun === 'time') return count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`;
  return `${count} ${count === 1 ? noun : `${noun}s`}`;
}
