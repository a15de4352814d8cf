import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AWARD_CATALOGUE } from '../../src/catalogue/domain/award-catalogue/entries';
import { capFor, citation, entryById, mayDecide } from '../../src/catalogue/domain/award-catalogue/catalogue';
import type { CatalogueEntry, LegalBasis } from '../../src/catalogue/domain/award-catalogue/entry';

function entry(id: string): CatalogueEntry {
  const found = entryById(id);
  if (found === undefined) throw new Error(`missing catalogue entry ${id}`);
  return found;
}

function provisionsOf(e: CatalogueEntry): readonly LegalBasis[] {
  return [
    ...e.basis,
    ...e.prerequisites.map((p) => p.basis),
    ...(e.cap ? [e.cap.basis] : []),
    ...(e.approvalPercent ? [e.approvalPercent.basis] : []),
  ];
}

describe('award catalogue: entries', () => {
  it('given the catalogue, then ids are unique and kebab-case', () => {
    const ids = AWARD_CATALOGUE.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('given any entry, then it rests on at least one provision and names at least one decider', () => {
    for (const e of AWARD_CATALOGUE) {
      expect(e.basis.length).toBeGreaterThan(0);
      expect(e.decidedBy.length).toBeGreaterThan(0);
    }
  });

  it('given an entry that refers to another, then the other is in the catalogue', () => {
    for (const e of AWARD_CATALOGUE) {
      for (const p of e.prerequisites) expect(entryById(p.entryId)).toBeDefined();
      if (e.cap) expect(entryById(e.cap.ofEntryId)).toBeDefined();
    }
  });

  it.each([
    ['lao-dong-tien-tien', 'Tập thể Lao động tiên tiến'],
    ['lao-dong-xuat-sac', 'Tập thể Lao động xuất sắc'],
    ['co-thi-dua-nganh', 'Cờ thi đua của ngành Kiểm sát nhân dân'],
    ['co-thi-dua-chinh-phu', 'Cờ thi đua của Chính phủ'],
  ])('given the collective title %s, then it keeps its id and is named "%s"', (id, name) => {
    expect(entry(id)).toMatchObject({ name, kind: 'TITLE', recipients: ['COLLECTIVE'] });
  });

  it('given "Chiến sĩ thi đua cơ sở", then it needs "Lao động tiên tiến" that year and is capped at 15% of its holders', () => {
    const fighter = entry('chien-si-thi-dua-co-so');
    expect(fighter.prerequisites.map((p) => p.entryId)).toEqual(['ca-nhan-lao-dong-tien-tien']);
    expect(fighter.cap).toMatchObject({ percent: 15, ofEntryId: 'ca-nhan-lao-dong-tien-tien' });
    expect(capFor(fighter, 20)).toBe(3);
    expect(capFor(fighter, 6)).toBe(0);
  });

  it('given the sector flag, then it needs the excellent title that year and 80% approval', () => {
    const flag = entry('co-thi-dua-nganh');
    expect(flag.prerequisites.map((p) => p.entryId)).toEqual(['lao-dong-xuat-sac']);
    expect(flag.approvalPercent?.percent).toBe(80);
  });
});

describe('award catalogue: capFor', () => {
  const excellent = entry('lao-dong-xuat-sac');
  it('given 3 advanced units, when the excellent cap is computed, then it is the minimum 1', () => expect(capFor(excellent, 3)).toBe(1));
  it('given 10 advanced units, when the excellent cap is computed, then it is 2', () => expect(capFor(excellent, 10)).toBe(2));
  it('given 14 advanced units, when the excellent cap is computed, then it rounds down to 2', () => expect(capFor(excellent, 14)).toBe(2));
  it('given an uncapped entry, then any number may receive it', () =>
    expect(capFor(entry('lao-dong-tien-tien'), 5)).toBe(Number.POSITIVE_INFINITY));
});

describe('award catalogue: citation', () => {
  it('given point, clause and article, then it reads them in Vietnamese order', () =>
    expect(citation({ instrument: 'LAW_06_2022', article: 24, clause: 1, point: 'a' })).toBe(
      'điểm a khoản 1 Điều 24 Luật Thi đua, khen thưởng số 06/2022/QH15',
    ));
  it.each([
    ['ca-nhan-lao-dong-tien-tien', 'khoản 1 Điều 24 Luật Thi đua, khen thưởng số 06/2022/QH15'],
    ['chien-si-thi-dua-toan-quoc', 'Điều 21 Luật Thi đua, khen thưởng số 06/2022/QH15'],
    ['giay-khen', 'khoản 1 Điều 80 Luật Thi đua, khen thưởng số 06/2022/QH15'],
  ])('given %s, then its first provision is cited as "%s"', (id, text) => expect(citation(entry(id).basis[0])).toBe(text));
  it('given the Government flag, then the decree provision is cited with its own instrument', () =>
    expect(entry('co-thi-dua-chinh-phu').basis.map(citation)).toContain('khoản 2 Điều 3 Nghị định số 98/2023/NĐ-CP'));
});

describe('award catalogue: mayDecide', () => {
  it('given the sector flag, then a unit head may not decide it and the Prosecutor General may', () => {
    expect(mayDecide(entry('co-thi-dua-nganh'), 'UNIT_HEAD')).toBe(false);
    expect(mayDecide(entry('co-thi-dua-nganh'), 'PROSECUTOR_GENERAL')).toBe(true);
  });
  it('given "Lao động tiên tiến", then a unit head and a provincial chief may decide it, the President may not', () => {
    const advanced = entry('ca-nhan-lao-dong-tien-tien');
    expect(mayDecide(advanced, 'UNIT_HEAD')).toBe(true);
    expect(mayDecide(advanced, 'PROVINCIAL_CHIEF')).toBe(true);
    expect(mayDecide(advanced, 'PRESIDENT')).toBe(false);
  });
});

describe('award catalogue: docs/award-catalogue.md', () => {
  const page = readFileSync(join(__dirname, '../../docs/award-catalogue.md'), 'utf8');
  it.each(AWARD_CATALOGUE.map((e) => [e.id, e] as const))('given %s, then the page names it and cites every provision', (_id, e) => {
    expect(page).toContain(`| ${e.name} |`);
    for (const basis of provisionsOf(e)) expect(page).toContain(citation(basis));
  });
});
