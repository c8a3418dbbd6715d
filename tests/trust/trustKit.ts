/**
 * Shared by the trust tests: data folders written to temp dirs, the data stage run on them,
 * every issue of a report, the row accounting check, and the real `check` command spawned.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { runDataStage, type DataReport, type DataStageResult } from '../../src/dataStage.ts';
import type { Issue } from '../../src/schema/types.ts';
import { allIssues } from '../../scripts/cli/summary.ts';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');

/** A Salesforce-report-like deals header: id, name, owner, stage, amount, close date. */
export const DEALS_HEADER = 'Opportunity ID,Opportunity Name,Opportunity Owner,Stage,Amount,Close Date';

export type FolderFiles = Record<string, string | Uint8Array>;

/** Temp data folders, removed by `cleanup` (call it in afterAll). */
export function tempFolders(prefix = 'quarterdeck-trust-') {
  const made: string[] = [];
  return {
    make(files: FolderFiles): string {
      const dir = mkdtempSync(path.join(tmpdir(), prefix));
      made.push(dir);
      for (const [name, content] of Object.entries(files)) {
        const full = path.join(dir, ...name.split('/'));
        mkdirSync(path.dirname(full), { recursive: true });
        writeFileSync(full, content);
      }
      return dir;
    },
    cleanup(): void {
      for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** What `npm run check` exits with for this result (scripts/check.ts). */
export function exitCodeOf(result: DataStageResult): 0 | 1 {
  return result.ok ? 0 : 1;
}

/** Every issue of the report: config, files, tables, model. */
export function issuesOf(report: DataReport, code?: string): Issue[] {
  const issues = allIssues(report);
  return code === undefined ? issues : issues.filter((i) => i.code === code);
}

export function messagesOf(report: DataReport, code?: string): string[] {
  return issuesOf(report, code).map((i) => i.message);
}

/** read = accepted + rejected + skipped for every table and in the totals, and no message is more than one line. */
export function expectAccounted(report: DataReport): void {
  let read = 0;
  for (const file of report.files) {
    for (const table of file.tables) {
      expect(table.accepted + table.rejected + table.skipped, `${file.file} ${table.sheet ?? ''}`).toBe(table.rowsRead);
      read += table.rowsRead;
    }
  }
  const t = report.totals;
  expect(t.rowsRead).toBe(read);
  expect(t.accepted + t.rejected + t.skipped).toBe(t.rowsRead);
  for (const issue of issuesOf(report)) expect(issue.message).not.toMatch(/\n/);
  for (const reason of report.fatal) expect(reason).not.toMatch(/\n/);
}

/** The data stage on a folder, with the accounting checked. */
export async function stage(dir: string, options: { strict?: boolean } = {}): Promise<DataStageResult> {
  const result = await runDataStage({ dataDir: dir, ...options });
  expectAccounted(result.report);
  return result;
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command from the project root and collects its output (never rejects). */
export function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: PROJECT_ROOT, env: { ...process.env, QUARTERDECK_DEBUG: '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.on('error', (error) => resolve({ code: null, stdout, stderr: `${stderr}${String(error)}` }));
  });
}

/** `npx tsx scripts/check.ts <args>`, through the installed tsx binary. */
export function runCheck(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return run(path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/check.ts', ...args], env);
}

/** No line of a stack trace (`    at fn (file:line)`) in the output. */
export function expectNoStackTrace(run: CliRun): void {
  for (const text of [run.stdout, run.stderr]) {
    for (const line of text.split('\n')) expect(line).not.toMatch(/^\s+at /);
  }
}

/** Runs tasks at most `limit` at a time (the machine has two cores). */
export async function inBatches<T>(tasks: readonly (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}
