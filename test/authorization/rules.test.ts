import { createReadModels, type ReadModels } from '../../projections/read-models';
import { describe as say, permitted, rules, SCORE_RULES, type Rule, type RuleInput } from '../../src/authorization/rules';
import { ClusterKind } from '../../src/cluster/domain/cluster-kind';
import { ScoreStage } from '../../src/scorecard/domain/score-stage';
import { Role, type Actor } from '../../src/kernel/actor';
import { UnitLevel } from '../../src/unit/domain/unit-level';
import { projectionSpecification, type Given } from '../support/projection-specification';

/**
 * The rules as a specification, in Emmett's style: given the read-model facts (built from events
 * by the projections), when an actor runs a field guarded by rules with this input, then the
 * actor is allowed or denied.
 */
const given = projectionSpecification(() => {
  const { models, projections } = createReadModels();
  return { model: models, projections };
});

const unit = (unitId: string): Given => ({
  type: 'UnitRegistered',
  data: { unitId, name: `Viện kiểm sát ${unitId}`, shortName: null, level: UnitLevel.DISTRICT, parentUnitId: null, establishedOn: null },
});
const y22 = { clusterId: 'ag-2', year: 2022 };

/** An Giang's cluster 2, organized by the province, chaired in 2022 by Tân Châu with Tri Tôn as vice-chair; 2023 has no chair yet. */
const FACTS: Given[] = [
  ...['vks-an-giang', 'vks-hai-phong', 'tan-chau', 'tri-ton', 'an-phu'].map(unit),
  {
    type: 'ClusterFormed',
    data: { clusterId: 'ag-2', name: 'Cụm thi đua số 2', kind: ClusterKind.CLUSTER, organizerUnitId: 'vks-an-giang' },
  },
  { type: 'ClusterFormed', data: { clusterId: 'khoi-1', name: 'Khối 1', kind: ClusterKind.BLOC, organizerUnitId: 'vks-an-giang' } },
  { type: 'ClusterYearOpened', data: { ...y22, memberUnitIds: ['tan-chau', 'tri-ton', 'an-phu'] } },
  { type: 'ChairRotated', data: { ...y22, chairUnitId: 'tan-chau', viceChairUnitId: 'tri-ton', previousChairUnitId: null } },
  { type: 'ClusterYearOpened', data: { clusterId: 'ag-2', year: 2023, memberUnitIds: ['tan-chau', 'tri-ton'] } },
];

const actor = (role: Role, unitId: string | null = null, clusterId: string | null = null): Actor => ({
  id: `${role}-${unitId ?? 'none'}`,
  name: null,
  role,
  unitId,
  clusterId,
});
const council = actor(Role.COUNCIL, 'vks-an-giang');
const otherCouncil = actor(Role.COUNCIL, 'vks-hai-phong');
const chairOffice = actor(Role.CLUSTER_OFFICER, 'tan-chau');
const viceChairOffice = actor(Role.CLUSTER_OFFICER, 'tri-ton');
const tanChau = actor(Role.UNIT_OFFICER, 'tan-chau');
const triTon = actor(Role.UNIT_OFFICER, 'tri-ton');
const auditor = actor(Role.AUDITOR);
const admin = actor(Role.ADMIN);

const when = (who: Actor, input: RuleInput) => ({
  under: (...candidates: Rule[]) => ({
    then: (expected: 'allowed' | 'denied') =>
      given(...FACTS).then((models: ReadModels) => expect(permitted(candidates, who, input, models) ? 'allowed' : 'denied').toBe(expected)),
  }),
});

describe('authorization rules, given the directory', () => {
  describe('COUNCIL of the organizer', () => {
    it('admits the council of the unit organizing the cluster', () => when(council, y22).under(rules.council).then('allowed'));
    it('refuses another unit’s council', () => when(otherCouncil, y22).under(rules.council).then('denied'));
    it('refuses for a cluster the directory does not know', () =>
      when(council, { clusterId: 'khong-co' }).under(rules.council).then('denied'));
    it('refuses an input that names no cluster', () => when(council, {}).under(rules.council).then('denied'));
    it('refuses another role of the organizer', () =>
      when(actor(Role.UNIT_OFFICER, 'vks-an-giang'), y22).under(rules.council).then('denied'));
  });

  describe('CLUSTER_OFFICER of the chair', () => {
    it('admits the office of the year’s chair', () => when(chairOffice, y22).under(rules.chairOffice).then('allowed'));
    it('refuses the vice-chair’s office', () => when(viceChairOffice, y22).under(rules.chairOffice).then('denied'));
    it('refuses the chair of 2022 in a year with no chair', () =>
      when(chairOffice, { clusterId: 'ag-2', year: 2023 }).under(rules.chairOffice).then('denied'));
    it('refuses a year the directory does not know', () =>
      when(chairOffice, { clusterId: 'ag-2', year: 2030 }).under(rules.chairOffice).then('denied'));
    it('refuses an input without a year', () => when(chairOffice, { clusterId: 'ag-2' }).under(rules.chairOffice).then('denied'));
    it('admits a token scoped to this cluster', () =>
      when(actor(Role.CLUSTER_OFFICER, 'tan-chau', 'ag-2'), y22)
        .under(rules.chairOffice)
        .then('allowed'));
    it('refuses a token scoped to another cluster', () =>
      when(actor(Role.CLUSTER_OFFICER, 'tan-chau', 'khoi-1'), y22)
        .under(rules.chairOffice)
        .then('denied'));
  });

  describe('UNIT_OFFICER of the unit the input names', () => {
    const own = rules.ownUnit((input) => input.unitId);
    const voter = rules.ownUnit((input) => input.voterUnitId);
    it('admits the officer of the named unit', () =>
      when(tanChau, { ...y22, unitId: 'tan-chau' })
        .under(own)
        .then('allowed'));
    it('refuses the officer of another unit', () =>
      when(triTon, { ...y22, unitId: 'tan-chau' })
        .under(own)
        .then('denied'));
    it('refuses an officer whose token names no unit', () =>
      when(actor(Role.UNIT_OFFICER), { ...y22, unitId: null })
        .under(own)
        .then('denied'));
    it('reads the field its accessor names (the voter, not the unit)', () =>
      when(tanChau, { ...y22, unitId: 'tri-ton', voterUnitId: 'tan-chau' })
        .under(voter)
        .then('allowed'));
    it('refuses when the accessor’s field is another unit', () =>
      when(tanChau, { ...y22, unitId: 'tan-chau', voterUnitId: 'tri-ton' })
        .under(voter)
        .then('denied'));
  });

  describe('score stages: each stage by its own office', () => {
    const score = (stage: ScoreStage) => ({ ...y22, unitId: 'tan-chau', stage });
    it.each([
      ['the unit itself', ScoreStage.SELF, 'allowed', tanChau],
      ['the unit itself', ScoreStage.CLUSTER, 'denied', tanChau],
      ['the unit itself', ScoreStage.COUNCIL, 'denied', tanChau],
      ['another unit', ScoreStage.SELF, 'denied', triTon],
      ['the chair’s office', ScoreStage.CLUSTER, 'allowed', chairOffice],
      ['the chair’s office', ScoreStage.SELF, 'denied', chairOffice],
      ['the vice-chair’s office', ScoreStage.CLUSTER, 'denied', viceChairOffice],
      ['the organizer’s council', ScoreStage.COUNCIL, 'allowed', council],
      ['the organizer’s council', ScoreStage.CLUSTER, 'denied', council],
      ['another council', ScoreStage.COUNCIL, 'denied', otherCouncil],
    ] as const)('%s scoring stage %s: %s', (_who, stage, expected, who) =>
      when(who, score(stage))
        .under(...SCORE_RULES)
        .then(expected),
    );
  });

  describe('roles without a scope', () => {
    it('admits any holder of the role', () => when(auditor, {}).under(rules.auditor, rules.council).then('allowed'));
    it('admits any council, wherever it sits', () => when(otherCouncil, {}).under(rules.anyCouncil).then('allowed'));
    it('admits any cluster office', () => when(viceChairOffice, {}).under(rules.anyClusterOffice).then('allowed'));
    it('refuses other roles', () => when(council, y22).under(rules.auditor).then('denied'));
    it('rules.admin admits nobody but ADMIN', () => when(council, y22).under(rules.admin).then('denied'));
  });

  describe('ADMIN bypasses every rule', () => {
    it.each([
      ['council', [rules.council]],
      ['chair', [rules.chairOffice]],
      ['own unit', [rules.ownUnit((input) => input.unitId)]],
      ['scores', SCORE_RULES],
      ['auditor', [rules.auditor]],
    ] as const)('%s, even for an input naming nothing the directory knows', (_name, candidates) =>
      when(admin, { clusterId: 'khong-co', year: 1999, unitId: 'khong-co' })
        .under(...candidates)
        .then('allowed'),
    );
  });

  describe('a refusal says, in Vietnamese, what each rule asks for', () => {
    it('names the organizer and the unit by their directory names, and the stage', () =>
      given(...FACTS).then((models) => {
        expect(say(rules.council, y22, models)).toBe(
          'COUNCIL của cơ quan tổ chức Cụm (đơn vị "Viện kiểm sát vks-an-giang" (vks-an-giang))',
        );
        expect(say(SCORE_RULES[0], { ...y22, unitId: 'tan-chau', stage: ScoreStage.SELF }, models)).toBe(
          'UNIT_OFFICER của chính đơn vị "Viện kiểm sát tan-chau" (tan-chau) (điểm giai đoạn SELF)',
        );
        expect(say(rules.chairOffice, { clusterId: 'khoi-1', year: 2022 }, models)).toBe('CLUSTER_OFFICER của đơn vị Khối trưởng năm đó');
        expect(say(rules.auditor, {}, models)).toBe('AUDITOR');
      }));
  });
});
