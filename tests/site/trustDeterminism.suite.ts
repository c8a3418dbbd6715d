/**
 * Trust: the same data gives the same site, byte for byte, whatever the machine's time zone,
 * locale and clock, and the build needs no network. The shipped sample is built twice at once
 * by the CLI (tests/site/trustBuilds.ts samplePair): once with TZ=UTC, LANG=C.UTF-8 and the
 * real clock; once with TZ=Pacific/Auckland, LANG=de_DE.UTF-8, the clock 400 days ahead
 * (tests/fixtures/trust/fakeClock.mjs) and no network (`unshare --net` where allowed, and
 * tests/fixtures/trust/noNetwork.mjs, which refuses and reports any connection or lookup).
 */
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { FAKE_CLOCK, NETWORK_MARK, NO_NETWORK, firstDifference, hashTree, samplePair, type SamplePair } from './trustBuilds.ts';

/** The summary the CLI prints, without what may differ between two good builds: the output folder and the seconds taken. */
function normalisedSummary(stdout: string, out: string): string {
  return stdout.split(out).join('<out>').replace(/\(\d+ pages, \d+(\.\d+)? s\)/, '(<pages>, <seconds>)');
}

/** ISO date of `ms` in a time zone. */
function isoDay(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);
}

describe('trust: reproducible builds without network', () => {
  let builds: SamplePair;

  beforeAll(async () => {
    builds = await samplePair();
  });

  it('the preloads do what the builds rely on: the clock runs 400 days ahead, connections and lookups are refused', () => {
    const clock = spawnSync(process.execPath, ['--import', FAKE_CLOCK, '-e', 'process.stdout.write(JSON.stringify([Date.now(), new Date().getTime(), typeof Date(), new Date(0).getTime()]))'], { encoding: 'utf8' });
    const [now, constructed, called, epoch] = JSON.parse(clock.stdout) as [number, number, string, number];
    const day = 86_400_000;
    expect(now - Date.now()).toBeGreaterThan(399 * day);
    expect(now - Date.now()).toBeLessThan(401 * day);
    expect(constructed - Date.now()).toBeGreaterThan(399 * day);
    expect(called).toBe('string');
    expect(epoch).toBe(0);

    const script = [
      "const net = require('node:net'); const dns = require('node:dns');",
      "try { net.connect(443, 'example.com'); } catch {}",
      "try { dns.lookup('example.com', () => {}); } catch {}",
      "fetch('https://example.com/').catch(() => {});",
      "setTimeout(() => {}, 50);",
    ].join(' ');
    const net = spawnSync(process.execPath, ['--import', NO_NETWORK, '-e', script], { encoding: 'utf8' });
    const attempts = net.stderr.split('\n').filter((l) => l.startsWith(NETWORK_MARK));
    expect(attempts).toEqual([`${NETWORK_MARK} connect example.com:443`, `${NETWORK_MARK} dns.lookup example.com`, `${NETWORK_MARK} fetch https://example.com/`]);
  });

  it('both builds succeed and print nothing on stderr', () => {
    for (const { run } of [builds.reference, builds.shifted]) {
      expect(run.code, `${run.command}\n${run.stdout}\n${run.stderr}`).toBe(0);
      expect(run.stderr, run.command).toBe('');
    }
  });

  it('the two builds are byte-identical (every file, by SHA-256)', async () => {
    const files = await hashTree(builds.reference.out);
    expect(files.has('index.html')).toBe(true);
    expect(files.size).toBeGreaterThan(5);
    expect(await firstDifference(builds.reference.out, builds.shifted.out)).toBeNull();
  });

  it('the two builds print the same summary, with no time of day and no date of the build day', () => {
    const reference = normalisedSummary(builds.reference.run.stdout, builds.reference.out);
    const shifted = normalisedSummary(builds.shifted.run.stdout, builds.shifted.out);
    expect(shifted).toBe(reference);
    expect(reference).toContain('As of 2026-09-16');
    const printed = builds.reference.run.stdout + builds.reference.run.stderr + builds.shifted.run.stdout + builds.shifted.run.stderr;
    expect(printed).not.toMatch(/\b\d{1,2}:\d{2}:\d{2}\b/);
    const now = Date.now();
    const shiftedNow = now + 400 * 86_400_000;
    for (const day of new Set([isoDay(now, 'UTC'), isoDay(now, 'Pacific/Auckland'), isoDay(shiftedNow, 'UTC'), isoDay(shiftedNow, 'Pacific/Auckland')])) {
      expect(printed, `the build printed the date it ran (${day})`).not.toContain(day);
    }
  });

  it('the build needs no network: it succeeds without one (unshare --net where allowed) and nothing tries to connect', () => {
    const attempts = (builds.shifted.run.stdout + builds.shifted.run.stderr).split('\n').filter((l) => l.includes(NETWORK_MARK));
    expect(attempts, `kept off the network by ${builds.isolation}`).toEqual([]);
    expect(builds.shifted.run.code, builds.shifted.run.command).toBe(0);
  });
});
