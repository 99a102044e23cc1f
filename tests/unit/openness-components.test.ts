import { describe, expect, it } from 'vitest';
import { licenseTier } from '@/domain/license';
import { g7Tier } from '@/domain/openness/g7-tier';
import { mofClass } from '@/domain/openness/mof-class';
import {
  OPENNESS_COMPONENT_KEYS,
  gradesOf,
  opennessGradeEntrySchema,
  type ComponentGrades,
  type OpennessGradeEntry,
} from '@/domain/openness/openness-components';
import { opennessScore } from '@/domain/openness/openness-score';
import {
  GRADES_BY_CODE,
  componentSetCode,
  gradeChanges,
  gradeCode,
  gradeInCode,
  gradeSetsOf,
} from '@/domain/openness/model-openness';
import { comparePrecise } from '@/domain/dates';
import { opennessComponentCuration } from '@mocks/data/curation/openness-components';
import { dataset } from '@mocks/data/dataset';

const latest = (entries: OpennessGradeEntry[]): OpennessGradeEntry => {
  const last = entries[entries.length - 1];
  if (!last) throw new Error('no grade set');
  return last;
};
const gradesNow = (id: string): ComponentGrades =>
  gradesOf(latest(opennessComponentCuration[id] ?? []).components);

describe('openness component grades (curation)', () => {
  it('grades exactly the 98 models of the data set', () => {
    const ids = dataset.models.map((m) => m.id).sort();
    expect(ids).toHaveLength(98);
    expect(Object.keys(opennessComponentCuration).sort()).toEqual(ids);
  });

  it('gives every model, in every dated set, a valid grade with evidence for all 14 components', () => {
    for (const [id, entries] of Object.entries(opennessComponentCuration)) {
      expect(entries.length, id).toBeGreaterThan(0);
      for (const entry of entries) {
        expect(() => opennessGradeEntrySchema.parse(entry), id).not.toThrow();
        expect(Object.keys(entry.components).sort(), id).toEqual(
          [...OPENNESS_COMPONENT_KEYS].sort(),
        );
      }
    }
  });

  it('has an http(s) source for every grade that is not unknown, and none for unknown', () => {
    const missing: string[] = [];
    for (const [id, entries] of Object.entries(opennessComponentCuration)) {
      for (const entry of entries) {
        for (const key of OPENNESS_COMPONENT_KEYS) {
          const e = entry.components[key];
          const url = e.source?.url ?? '';
          const ok = e.grade === 'unknown' ? e.source === null : /^https?:\/\/[^\s]+$/.test(url);
          if (!ok) missing.push(`${id}.${key}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('starts each model at its release and keeps later sets in date order', () => {
    for (const model of dataset.models) {
      const entries = opennessComponentCuration[model.id] ?? [];
      expect(entries[0]?.from, model.id).toEqual(model.release);
      for (let i = 1; i < entries.length; i++) {
        const prev = entries[i - 1];
        const cur = entries[i];
        if (prev && cur) expect(comparePrecise(prev.from, cur.from), model.id).toBeLessThan(0);
      }
    }
  });

  it('dates a later change as a new set: Grok 2 and Phi-4 move from closed to open weights', () => {
    for (const id of ['grok-2', 'phi-4']) {
      const entries = opennessComponentCuration[id] ?? [];
      expect(entries).toHaveLength(2);
      expect(entries[0]?.components.endWeights.grade).toBe('closed');
      expect(entries[1]?.components.endWeights.grade).toBe('open');
    }
  });

  it('dates a later opening as a new set: DeepSeek-R1 gains its peer-reviewed paper in Nature, and its score rises', () => {
    const entries = opennessComponentCuration['deepseek-r1'] ?? [];
    expect(entries.map((e) => e.from.date)).toEqual(['2025-01-20', '2025-09-17']);
    const [before, after] = entries.map((e) => e.components);
    expect(before?.peerReviewedPaper.grade).toBe('closed');
    expect(after?.peerReviewedPaper.grade).toBe('open');
    const score = (set: typeof before) => (set ? (opennessScore(gradesOf(set)).score ?? 0) : 0);
    expect(score(after)).toBeGreaterThan(score(before));
  });

  it('never grades released weights for a model whose record has closed weights', () => {
    for (const model of dataset.models) {
      const current = model.opennessHistory[model.opennessHistory.length - 1];
      if (current?.weights !== 'closed') continue;
      const g = gradesNow(model.id);
      expect([g.baseWeights, g.endWeights, g.package], model.id).toEqual([
        'closed',
        'closed',
        'closed',
      ]);
    }
  });

  it('agrees with the license tier of the record: open only if permissive, closed only if proprietary or non-commercial', () => {
    for (const model of dataset.models) {
      const current = model.opennessHistory[model.opennessHistory.length - 1];
      if (!current || current.license === null) continue;
      const tier = licenseTier(current);
      const grade = gradesNow(model.id).license;
      if (grade === 'open') expect(tier, model.id).toBe('permissive');
      if (grade === 'closed') expect(['proprietary', 'non-commercial'], model.id).toContain(tier);
      if (grade === 'partial')
        expect(['restricted-commercial', 'permissive'], model.id).toContain(tier);
    }
  });
});

describe('derived values on the graded data', () => {
  it('places models on the G7 ladder only by their rule', () => {
    const order = [
      'none',
      'weights-available',
      'open-weights',
      'open-source',
      'open-source-open-data',
    ];
    const rank = (g: string) => (g === 'open' ? 2 : g === 'partial' ? 1 : 0);
    for (const id of Object.keys(opennessComponentCuration)) {
      const g = gradesNow(id);
      const step = order.indexOf(g7Tier(g).tier);
      const weights = Math.max(rank(g.baseWeights), rank(g.endWeights));
      if (step >= 1) {
        expect(weights, id).toBeGreaterThanOrEqual(1);
        expect(rank(g.inferenceCode), id).toBeGreaterThanOrEqual(1);
      } else {
        expect(weights >= 1 && rank(g.inferenceCode) >= 1, id).toBe(false);
      }
      if (step >= 2) expect([g.license, g.inferenceCode, weights], id).toEqual(['open', 'open', 2]);
      if (step >= 3) expect(g.trainingCode, id).toBe('open');
      if (step >= 4)
        expect([g.trainingDataBase, g.trainingDataFineTuning], id).toEqual(['open', 'open']);
    }
  });

  it('classifies under the MOF only models whose Class III components are all open', () => {
    for (const id of Object.keys(opennessComponentCuration)) {
      const g = gradesNow(id);
      const c = mofClass(g).mofClass;
      const classIII =
        g.license === 'open' &&
        (g.endWeights === 'open' || g.baseWeights === 'open') &&
        g.inferenceCode === 'open' &&
        (g.technicalReport === 'open' || g.peerReviewedPaper === 'open') &&
        g.modelCard === 'open' &&
        g.dataSheet === 'open';
      expect(c !== 'not-classified', id).toBe(classIII);
      if (c === 'class-ii' || c === 'class-i') expect(g.trainingCode, id).toBe('open');
    }
  });

  it('gives the hand-checked placements of a few well-known releases', () => {
    // OLMo: every component open but the peer-reviewed paper (unknown) → Class II; open data.
    expect(mofClass(gradesNow('olmo-1')).mofClass).toBe('class-ii');
    expect(g7Tier(gradesNow('olmo-1')).tier).toBe('open-source-open-data');
    // OLMo 2: open data and code, but its data sheet is unknown → not classified, and says so.
    expect(g7Tier(gradesNow('olmo-2')).tier).toBe('open-source-open-data');
    expect(mofClass(gradesNow('olmo-2')).reason).toContain('data sheet or data card unknown');
    // Grok-1: base weights and code under Apache-2.0, no training code → Open Weights.
    expect(g7Tier(gradesNow('grok-1')).tier).toBe('open-weights');
    // Llama 3.1: gated weights under a community license → Weights Available.
    expect(g7Tier(gradesNow('llama-3.1')).tier).toBe('weights-available');
    // Nemotron 3 Nano: recipes and part of the data open, but no deployment code found, so it
    // stays off the ladder, and the reason names the unknown component.
    const nano = g7Tier(gradesNow('nemotron-3-nano'));
    expect(nano.tier).toBe('none');
    expect(nano.reason).toContain('inference source code unknown, counted as closed');
    // GPT-5: no weights → off the ladder, not classified.
    expect(g7Tier(gradesNow('gpt-5')).tier).toBe('none');
    expect(mofClass(gradesNow('gpt-5')).mofClass).toBe('not-classified');
  });

  it('scores every model within 0-100 and counts its unknown components', () => {
    for (const [id, entries] of Object.entries(opennessComponentCuration)) {
      const s = opennessScore(gradesOf(latest(entries).components));
      expect(s.score, id).not.toBeNull();
      expect(s.score ?? -1, id).toBeGreaterThanOrEqual(0);
      expect(s.score ?? 101, id).toBeLessThanOrEqual(100);
      const unknowns = OPENNESS_COMPONENT_KEYS.filter(
        (k) => latest(entries).components[k].grade === 'unknown',
      );
      expect(s.unknown, id).toEqual(unknowns);
    }
  });
});

describe('grades joined into the served models', () => {
  it('gives every model the curated sets, and the values at the compile date of the set then in force', () => {
    for (const model of dataset.models) {
      const curated = opennessComponentCuration[model.id] ?? [];
      expect(gradeSetsOf(model), model.id).toEqual(curated);
      const o = model.openness;
      if (!o) throw new Error(`${model.id} is not graded`);
      expect(o.asOf).toBe(dataset.compiledOn);
      // Every curated set starts on or before the compile date, so the last one is in force.
      const inForce = latest(curated).components;
      expect(o.components, model.id).toEqual(inForce);
      const g = gradesOf(inForce);
      expect(o.score, model.id).toBe(opennessScore(g).score);
      expect(o.mofClass, model.id).toBe(mofClass(g).mofClass);
      expect(o.g7Tier, model.id).toBe(g7Tier(g).tier);
    }
  });

  it('dates Phi-4 as opening its weights, download and license in January 2025, with its API kept', () => {
    const phi4 = dataset.models.find((m) => m.id === 'phi-4');
    const changes = gradeChanges(phi4 ? gradeSetsOf(phi4) : []);
    expect(changes.map((c) => [c.from.date, c.key, c.before, c.after, c.direction])).toEqual([
      ['2025-01-08', 'endWeights', 'closed', 'open', 'toward-open'],
      ['2025-01-08', 'package', 'closed', 'open', 'toward-open'],
      ['2025-01-08', 'license', 'unknown', 'open', 'toward-open'],
    ]);
  });
});

describe('grade codes', () => {
  it('packs every grade set of the data the same from its grades and from the served set, and unpacks it', () => {
    const codes = new Set<number>();
    for (const model of dataset.models) {
      for (const set of gradeSetsOf(model)) {
        const grades = gradesOf(set.components);
        const code = componentSetCode(set.components);
        expect(code).toBe(gradeCode(grades));
        OPENNESS_COMPONENT_KEYS.forEach((key, i) => expect(gradeInCode(code, i)).toBe(grades[key]));
        codes.add(code);
      }
    }
    // Sets of different grades get different codes: the data has many distinct sets.
    expect(codes.size).toBeGreaterThan(20);
    expect(GRADES_BY_CODE).toHaveLength(4);
  });
});
