/**
 * What a newcomer's `npm install` resolves: every locked package accepts the oldest Node the
 * project supports (no EBADENGINE warnings), and packages used only by tests stay out of the
 * runtime dependencies.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  engines: { node: string };
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>;
};

describe('package-lock.json', () => {
  it('every locked package accepts the oldest supported Node', () => {
    const oldest = semver.minVersion(manifest.engines.node)!.version;
    expect(oldest).toBe('20.19.0');
    const refusing = Object.entries(lock.packages)
      .filter(([, pkg]) => pkg.engines && !Array.isArray(pkg.engines) && pkg.engines.node)
      .filter(([, pkg]) => !semver.satisfies(oldest, (pkg.engines as { node: string }).node))
      .map(([name, pkg]) => `${name}@${pkg.version} wants node ${(pkg.engines as { node: string }).node}`);
    expect(refusing).toEqual([]);
  });

  it('Astro font helper gets an undici that runs on Node 20', () => {
    const undici = lock.packages['node_modules/unifont/node_modules/undici'] ?? lock.packages['node_modules/undici'];
    expect(undici?.version).toMatch(/^7\./);
  });

  it('packages only tests use are dev dependencies', () => {
    for (const name of ['fflate', 'fast-check', 'playwright-core', 'vitest', 'semver']) {
      expect(manifest.dependencies[name], name).toBeUndefined();
      expect(manifest.devDependencies[name], name).toBeDefined();
    }
  });
});
