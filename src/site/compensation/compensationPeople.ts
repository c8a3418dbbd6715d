/**
 * Everyone with an earnings statement, sorted by name, with their page slug: the people the
 * compensation pages are about.
 */
import type { SiteData } from '../load/siteData.ts';
import { slug } from '../paths/slug.ts';

export interface CompensationPerson {
  name: string;
  slug: string;
  role: string | null;
  plan: string;
}

export function compensationPeople(siteData: SiteData): CompensationPerson[] {
  const byName = new Map<string, CompensationPerson>();
  for (const s of siteData.dashboard.compensation?.earnings.statements ?? []) {
    // The latest statement's plan names the person's plan.
    byName.set(s.person, { name: s.person, slug: slug(s.person), role: s.role, plan: s.plan });
  }
  return [...byName.values()];
}
