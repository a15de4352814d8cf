import { eligibleAwards, type CandidateYear, type ClusterYearFacts, type EligibilitySuggestion } from '../../src/awards/eligibility';

const ADVANCED = 'lao-dong-tien-tien';
const EXCELLENT = 'lao-dong-xuat-sac';
const FLAG = 'co-thi-dua-nganh';
const PERSON_ADVANCED = 'ca-nhan-lao-dong-tien-tien';
const GRASSROOTS_FIGHTER = 'chien-si-thi-dua-co-so';
const LAW = 'Luật Thi đua, khen thưởng số 06/2022/QH15';
const UNCHECKABLE = 'không có điều kiện tự động kiểm tra được; xem xét theo thành tích';

const THRESHOLDS = [
  { classification: 'Xuất sắc', minPoints: 90, titleId: EXCELLENT },
  { classification: 'Tiên tiến', minPoints: 70, titleId: ADVANCED },
  { classification: 'Hoàn thành', minPoints: 50, titleId: null },
];

/** Cluster 2 of An Giang in 2024: five members scored 95, the unit registered for the sector flag. */
const cluster2 = (overrides: Partial<ClusterYearFacts> = {}): ClusterYearFacts => ({
  clusterId: 'ag-2',
  registration: { onRecord: true, titleId: FLAG },
  rating: { classification: 'Xuất sắc', total: 95, qualifiesForTitleId: EXCELLENT, thresholds: THRESHOLDS, legalBasis: '424/QĐ-VKSTC' },
  votes: [{ titleId: FLAG, approvals: 5, eligibleVoters: 5 }],
  ratedAtLeast: { [EXCELLENT]: 5, [ADVANCED]: 5 },
  holders: {},
  ...overrides,
});

const unit = (facts: ClusterYearFacts[], held: string[] = []): CandidateYear => ({ kind: 'UNIT', year: 2024, clusters: facts, held });
const of = (suggestions: EligibilitySuggestion[], entryId: string) => {
  const found = suggestions.find((s) => s.entryId === entryId);
  if (!found) throw new Error(`no suggestion for ${entryId}`);
  return found;
};

describe('eligibility suggestions (hồ sơ gợi ý)', () => {
  it('given a unit registered for the sector flag, rated excellent, holding the excellent title, with 5/5 votes: the flag is eligible, each rule with its basis', () => {
    const suggestions = eligibleAwards(unit([cluster2({ holders: { [EXCELLENT]: 1 } })], [EXCELLENT]));

    const flag = of(suggestions, FLAG);
    expect(flag.eligible).toBe(true);
    expect(flag.reasons).toEqual([
      expect.objectContaining({ rule: expect.stringContaining('đơn vị đăng ký "Cờ thi đua của ngành Kiểm sát nhân dân"'), met: true }),
      { rule: expect.stringContaining('Đã đạt "Tập thể Lao động xuất sắc" năm 2024'), basis: `khoản 1 Điều 26 ${LAW}`, met: true },
      { rule: expect.stringContaining('5/5 (100%)'), basis: `Điều 26 ${LAW}`, met: true },
    ]);
    // The excellent title is already decided: proposing it again would be refused.
    const excellent = of(suggestions, EXCELLENT);
    expect(excellent.eligible).toBe(false);
    expect(excellent.reasons[0]).toEqual({ rule: expect.stringContaining('đã có quyết định tặng'), basis: null, met: false });
    expect(of(suggestions, ADVANCED).eligible).toBe(true);
    expect(suggestions.map((s) => s.entryId)).not.toContain(GRASSROOTS_FIGHTER);
  });

  it('given the same unit before the excellent title is decided: the flag waits on it, the excellent title is eligible and its cap is told', () => {
    const suggestions = eligibleAwards(unit([cluster2()]));

    expect(of(suggestions, FLAG).eligible).toBe(false);
    const excellent = of(suggestions, EXCELLENT);
    expect(excellent.eligible).toBe(true);
    expect(excellent.reasons).toContainEqual({
      rule: expect.stringMatching(/Xuất sắc.*từ 90 điểm.*95 điểm/),
      basis: '424/QĐ-VKSTC',
      met: true,
    });
    expect(excellent.reasons).toContainEqual(
      expect.objectContaining({ rule: expect.stringContaining('có 5 đạt, tối đa 1; đã có 0 được tặng'), met: true }),
    );
  });

  it('given a cap already reached: the cap is told as not met, and only informs the verdict', () => {
    const excellent = of(eligibleAwards(unit([cluster2({ holders: { [EXCELLENT]: 1 } })])), EXCELLENT);
    expect(excellent.reasons).toContainEqual(expect.objectContaining({ rule: expect.stringContaining('tối đa 1; đã có 1'), met: false }));
    expect(excellent.eligible).toBe(true);
  });

  it('given 3 of 5 members approving: the flag is not eligible; 4 of 5 reaches the 80%', () => {
    const flagWith = (approvals: number) =>
      of(eligibleAwards(unit([cluster2({ votes: [{ titleId: FLAG, approvals, eligibleVoters: 5 }] })], [EXCELLENT])), FLAG).eligible;
    expect(flagWith(3)).toBe(false);
    expect(flagWith(4)).toBe(true);
  });

  it('given a unit with no ranking and no registration on record: the titles cannot be checked, nothing is guessed', () => {
    const suggestions = eligibleAwards(unit([cluster2({ registration: { onRecord: false }, rating: null, votes: [], ratedAtLeast: {} })]));

    const advanced = of(suggestions, ADVANCED);
    expect(advanced.eligible).toBeNull();
    expect(advanced.reasons.map((r) => r.met)).toEqual([null, null]);
    expect(advanced.reasons[1].rule).toContain('chưa có bảng xếp hạng');
    expect(of(suggestions, FLAG).eligible).toBe(false);
    expect(of(suggestions, EXCELLENT).reasons).toContainEqual(
      expect.objectContaining({ rule: expect.stringContaining('chưa ghi nhận số đạt'), met: null }),
    );
  });

  it('given a unit rated below the threshold or registered for nothing: the title is not eligible', () => {
    const rating = { classification: 'Hoàn thành', total: 60, qualifiesForTitleId: null, thresholds: THRESHOLDS, legalBasis: null };
    expect(of(eligibleAwards(unit([cluster2({ rating })])), ADVANCED).eligible).toBe(false);
    expect(of(eligibleAwards(unit([cluster2({ registration: { onRecord: true, titleId: null } })])), ADVANCED).eligible).toBe(false);
  });

  it('given a unit in no cluster that year: every title is unchecked, forms are left to the achievements', () => {
    const suggestions = eligibleAwards(unit([]));
    expect(of(suggestions, ADVANCED).reasons[0]).toMatchObject({ met: null, rule: expect.stringContaining('không là thành viên Cụm nào') });
    expect(of(suggestions, 'giay-khen')).toEqual({
      entryId: 'giay-khen',
      eligible: null,
      reasons: [{ rule: `Giấy khen: ${UNCHECKABLE}`, basis: `khoản 1 Điều 80 ${LAW}`, met: null }],
    });
  });

  it('given a person holding Lao động tiên tiến: Chiến sĩ thi đua cơ sở is eligible with its basis, the cap told as information', () => {
    const suggestions = eligibleAwards({ kind: 'PERSON', year: 2024, held: [PERSON_ADVANCED] });

    const fighter = of(suggestions, GRASSROOTS_FIGHTER);
    expect(fighter.eligible).toBe(true);
    expect(fighter.reasons[0]).toEqual({
      rule: 'Đã đạt "Lao động tiên tiến" năm 2024: đã có quyết định',
      basis: `Điều 23 ${LAW}`,
      met: true,
    });
    expect(fighter.reasons[1]).toMatchObject({
      rule: expect.stringContaining('không quá 15%'),
      basis: `khoản 3 Điều 9 Nghị định số 91/2017/NĐ-CP`,
      met: null,
    });
    expect(suggestions.map((s) => s.entryId)).not.toContain(ADVANCED);
    expect(of(suggestions, PERSON_ADVANCED).eligible).toBe(false);
  });

  it('given a person holding nothing that year: Chiến sĩ thi đua cơ sở is not eligible', () => {
    expect(of(eligibleAwards({ kind: 'PERSON', year: 2024, held: [] }), GRASSROOTS_FIGHTER).eligible).toBe(false);
  });
});
