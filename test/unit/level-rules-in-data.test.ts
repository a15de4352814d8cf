import path from 'node:path';
import { parseShape } from '../../bench/national/store-file';
import { planNationalData } from '../../bench/national/plan';
import { DEMO_DIR, readDemoFiles } from '../../src/demo/load-demo';
import { readIllustrativeYears } from '../../src/demo/illustrative-year';
import { lifespan } from '../../src/unit/domain/lifespan';
import { requireFitsParent } from '../../src/unit/domain/parent-level';
import type { UnitLevel } from '../../src/unit/domain/unit-level';

interface Entered {
  unitId: string;
  level: UnitLevel;
  parentUnitId: string | null;
  establishedOn?: string | null;
}

/** Every unit fits its parent as the registration rule judges it (the parent looked up among the same units). */
function misfits(units: Entered[]): string[] {
  const byId = new Map(units.map((u) => [u.unitId, u]));
  return units.flatMap((unit) => {
    const parent = unit.parentUnitId ? byId.get(unit.parentUnitId) : undefined;
    try {
      requireFitsParent(
        lifespan(unit.level, unit.establishedOn ?? null, null),
        unit.parentUnitId,
        parent ? lifespan(parent.level, parent.establishedOn ?? null, null) : null,
      );
      return [];
    } catch (error) {
      return [`${unit.unitId}: ${(error as Error).message}`];
    }
  });
}

describe('the data the project ships meets the level rules', () => {
  it('the demo reports: every unit under a parent of the right level', () => {
    const units = readDemoFiles().flatMap((demo) => demo.units);
    expect(units.filter((u) => u.parentUnitId !== null).length).toBeGreaterThan(10);
    expect(misfits(units)).toEqual([]);
  });

  it('the illustrative year: every unit under a parent of the right level', () => {
    const units = readIllustrativeYears(path.join(DEMO_DIR, 'minh-hoa')).flatMap(({ scenario }) =>
      scenario.steps.filter((step) => step.command === 'registerUnit').map((step) => step.input as unknown as Entered),
    );
    expect(units.length).toBeGreaterThan(1);
    expect(misfits(units)).toEqual([]);
  });

  it('the national bench: every unit under a parent of the right level', () => {
    const { units } = planNationalData(parseShape([]).shape);
    expect(units.length).toBeGreaterThanOrEqual(1000);
    expect(misfits(units)).toEqual([]);
  });
});
