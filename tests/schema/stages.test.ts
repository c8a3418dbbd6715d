import { describe, expect, it } from 'vitest';
import { resolveStages } from '../../src/schema/stages.ts';
import { config } from './helpers/rawTable.ts';

describe('resolveStages with the default ladder', () => {
  const stageOf = resolveStages(config());

  it.each([
    // Salesforce's default probabilities: 10,10,20,50,60,70,75,90,100,0
    ['Prospecting', 'open', 0.1],
    ['Qualification', 'open', 0.1],
    ['Needs Analysis', 'open', 0.2],
    ['Value Proposition', 'open', 0.5],
    ['Id. Decision Makers', 'open', 0.6],
    ['Perception Analysis', 'open', 0.7],
    ['Proposal/Price Quote', 'open', 0.75],
    ['Negotiation/Review', 'open', 0.9],
    ['Closed Won', 'won', 1],
    ['Closed Lost', 'lost', 0],
  ] as const)('Salesforce %s is %s with probability %s', (stage, status, probability) => {
    expect(stageOf(stage)).toMatchObject({ name: stage, status, probability });
  });

  it('orders Salesforce stages as the ladder lists them', () => {
    const orders = ['Prospecting', 'Qualification', 'Needs Analysis', 'Negotiation/Review'].map((s) => stageOf(s)!.order);
    expect(orders).toEqual([1, 2, 3, 8]);
    expect(stageOf('Closed Won')!.order).toBeGreaterThan(stageOf('Negotiation/Review')!.order);
  });

  it.each([
    ['appointmentscheduled', 'Appointment Scheduled'],
    ['qualifiedtobuy', 'Qualified To Buy'],
    ['presentationscheduled', 'Presentation Scheduled'],
    ['decisionmakerboughtin', 'Decision Maker Bought-In'],
    ['contractsent', 'Contract Sent'],
    ['closedwon', 'Closed Won'],
    ['closedlost', 'Closed Lost'],
  ])('HubSpot internal name %s is the stage %s', (internal, label) => {
    expect(stageOf(internal)!.name).toBe(label);
  });

  it.each(['Lead In', 'Contact Made', 'Demo Scheduled', 'Proposal Made', 'Negotiations Started', 'Engaging', 'Discovery', 'Demo', 'Proposal', 'Negotiation', 'Commit'])(
    '%s is an open stage',
    (stage) => {
      expect(stageOf(stage)!.status).toBe('open');
    },
  );

  it('reads Won and Lost (Maven) as closed', () => {
    expect(stageOf('Won')!.status).toBe('won');
    expect(stageOf('Lost')!.status).toBe('lost');
  });

  it('matches stage text with trailing spaces, other case and punctuation', () => {
    expect(stageOf('Closed Lost ')!.name).toBe('Closed Lost');
    expect(stageOf('  closed-won')!.name).toBe('Closed Won');
    expect(stageOf('NEGOTIATION / REVIEW')!.name).toBe('Negotiation/Review');
  });

  it('ignores a trailing pipeline name in parentheses', () => {
    expect(stageOf('Contract Sent (Sales Pipeline)')!.name).toBe('Contract Sent');
  });

  it.each([
    ['Won - signed', 'won', 1],
    ['Deal lost to competitor', 'lost', 0],
    ['Closed/Lost - no budget', 'lost', 0],
    ['Dead', 'lost', 0],
    ['Disqualified', 'lost', 0],
  ] as const)('falls back to the words of %s -> %s', (stage, status, probability) => {
    expect(stageOf(stage)).toMatchObject({ name: stage, status, probability });
  });

  it('gives null for a stage it does not know', () => {
    expect(stageOf('Verbal Yes')).toBeNull();
    expect(stageOf('Wonderful')).toBeNull(); // 'won' only as a whole word
  });
});

describe('resolveStages with config stages', () => {
  const stageOf = resolveStages(
    config({
      stages: [
        { name: 'Intro', status: 'open', probability: 15 },
        { name: 'Verbal', aliases: ['Verbal Yes'], status: 'open', probability: 0.8, forecastCategory: 'commit' },
        { name: 'Signed', status: 'won' },
      ],
    }),
  );

  it('replaces the default ladder, in the order given', () => {
    expect(stageOf('Intro')).toEqual({ name: 'Intro', status: 'open', order: 1, probability: 0.15, forecastCategory: null });
    expect(stageOf('verbal yes')).toEqual({ name: 'Verbal', status: 'open', order: 2, probability: 0.8, forecastCategory: 'commit' });
    expect(stageOf('Signed')).toMatchObject({ status: 'won', order: 3, probability: null });
    expect(stageOf('Prospecting')).toBeNull();
  });

  it('still reads won/lost words outside the ladder, after it', () => {
    expect(stageOf('Closed Lost')).toMatchObject({ status: 'lost', order: 5 });
  });
});
