import type { CorrectUnitLevel, RegisterUnit } from '../../src/unit/domain/commands';
import { unitDecider } from '../../src/unit/domain/decider';
import type { UnitLevelCorrected, UnitRegistered } from '../../src/unit/domain/events';
import { lifespan } from '../../src/unit/domain/lifespan';
import { UnitLevel } from '../../src/unit/domain/unit-level';
import { specification } from '../support/decider-specification';

const given = specification(unitDecider);
const { SUPREME, SUPREME_DEPARTMENT, HIGH, PROVINCIAL, PROVINCIAL_DEPARTMENT, DISTRICT, REGIONAL } = UnitLevel;

/** A parent of that level, registered with those dates (establishment, end). */
const parentOf = (level: UnitLevel, establishedOn: string | null = null, endedOn: string | null = null) =>
  lifespan(level, establishedOn, endedOn);

const register = (level: UnitLevel, parent: UnitLevel | null, establishedOn: string | null = null): RegisterUnit => ({
  type: 'RegisterUnit',
  unitId: 'don-vi',
  name: 'Đơn vị thử',
  shortName: null,
  level,
  parentUnitId: parent ? 'cap-tren' : null,
  establishedOn,
  parentRegistered: parent !== null,
  parentSpan: parent ? parentOf(parent) : null,
  nameTakenBy: null,
});

const registered = (command: RegisterUnit): UnitRegistered => {
  const { unitId, name, shortName, level, parentUnitId, establishedOn } = command;
  return { type: 'UnitRegistered', data: { unitId, name, shortName, level, parentUnitId, establishedOn } };
};

const accepts = (command: RegisterUnit) =>
  given([])
    .when(command)
    .then([registered(command)]);

describe('unit levels against the parent: RegisterUnit', () => {
  describe('each level under the level it sits under', () => {
    it('a Supreme Procuracy department (Vụ, Cục) under the Supreme Procuracy', () => accepts(register(SUPREME_DEPARTMENT, SUPREME)));
    it('a provincial procuracy under the Supreme Procuracy', () => accepts(register(PROVINCIAL, SUPREME)));
    it('a department of a provincial procuracy (Phòng 9, Văn phòng) under the province', () =>
      accepts(register(PROVINCIAL_DEPARTMENT, PROVINCIAL)));
    it('the Supreme Procuracy with no parent', () => accepts(register(SUPREME, null)));
    it('any level with its parent not stated (a report that does not say it)', () => accepts(register(DISTRICT, null)));
  });

  describe('the reform of 1/7/2025 decides by the day the unit starts', () => {
    it('a district procuracy under its province, established 30/6/2025', () => accepts(register(DISTRICT, PROVINCIAL, '2025-06-30')));
    it('a district procuracy with no date: it belongs before the reform', () => accepts(register(DISTRICT, PROVINCIAL)));
    it('no district procuracy established 1/7/2025, whatever its parent: LEVEL_NOT_IN_FORCE', () =>
      given([])
        .when(register(DISTRICT, PROVINCIAL, '2025-07-01'))
        .thenThrows('LEVEL_NOT_IN_FORCE', /VKSND cấp huyện đã bãi bỏ từ 01\/07\/2025/));
    it('a regional procuracy under its province, established 1/7/2025', () => accepts(register(REGIONAL, PROVINCIAL, '2025-07-01')));
    it('a regional procuracy with no date starts on 1/7/2025', () => accepts(register(REGIONAL, PROVINCIAL)));
    it('no regional procuracy established 30/6/2025: LEVEL_NOT_IN_FORCE', () =>
      given([])
        .when(register(REGIONAL, PROVINCIAL, '2025-06-30'))
        .thenThrows('LEVEL_NOT_IN_FORCE'));
    it('a high-level procuracy under the Supreme Procuracy, established before 1/7/2025', () =>
      accepts(register(HIGH, SUPREME, '2015-06-01')));
    it('no high-level procuracy established 1/7/2025: LEVEL_NOT_IN_FORCE', () =>
      given([])
        .when(register(HIGH, SUPREME, '2025-07-01'))
        .thenThrows('LEVEL_NOT_IN_FORCE'));
  });

  describe('a wrong combination: UNIT_LEVEL_PARENT_MISMATCH, naming both levels and what to do', () => {
    const refused: [UnitLevel, UnitLevel, RegExp][] = [
      [SUPREME_DEPARTMENT, PROVINCIAL, /Đơn vị cấp đơn vị thuộc VKSND tối cao không thể trực thuộc "cap-tren" \(cấp VKSND cấp tỉnh\)/],
      [PROVINCIAL_DEPARTMENT, SUPREME, /cấp phòng, Văn phòng thuộc VKSND cấp tỉnh không thể trực thuộc .*\(cấp VKSND tối cao\)/],
      [DISTRICT, DISTRICT, /cấp VKSND cấp huyện không thể trực thuộc .*\(cấp VKSND cấp huyện\).*chỉ trực thuộc đơn vị cấp VKSND cấp tỉnh/],
      [DISTRICT, SUPREME, /\(cấp VKSND tối cao\)/],
      [REGIONAL, SUPREME, /cấp VKSND khu vực không thể trực thuộc .*\(cấp VKSND tối cao\)/],
      [HIGH, PROVINCIAL, /cấp VKSND cấp cao không thể trực thuộc .*\(cấp VKSND cấp tỉnh\)/],
      [PROVINCIAL, PROVINCIAL, /chỉ trực thuộc đơn vị cấp VKSND tối cao/],
      [SUPREME, SUPREME, /không có đơn vị cấp trên: hãy bỏ đơn vị cấp trên/],
    ];
    it.each(refused)('%s under %s', (level, parent, message) =>
      given([])
        .when(register(level, parent, level === REGIONAL ? '2025-07-01' : null))
        .thenThrows('UNIT_LEVEL_PARENT_MISMATCH', message),
    );
    it('asks what to do', () =>
      given([])
        .when(register(DISTRICT, DISTRICT))
        .thenThrows('UNIT_LEVEL_PARENT_MISMATCH', /hãy chọn đúng đơn vị cấp trên, hoặc đúng cấp của đơn vị\.$/));
  });

  describe('the parent must exist on the day the unit starts: PARENT_UNIT_NOT_IN_FORCE', () => {
    const under = (command: RegisterUnit, parentSpan: ReturnType<typeof parentOf>): RegisterUnit => ({ ...command, parentSpan });
    it('a regional procuracy (from 1/7/2025) under a province merged on 1/7/2025 is refused, naming both', () =>
      given([])
        .when(under(register(REGIONAL, PROVINCIAL), parentOf(PROVINCIAL, null, '2025-07-01')))
        .thenThrows(
          'PARENT_UNIT_NOT_IN_FORCE',
          /"cap-tren" \(cấp VKSND cấp tỉnh\) chỉ tồn tại đến trước 01\/07\/2025, còn đơn vị cấp VKSND khu vực bắt đầu từ 01\/07\/2025: hãy chọn/,
        ));
    it('a regional procuracy under the merged province that starts 1/7/2025 is accepted', () =>
      accepts(under(register(REGIONAL, PROVINCIAL), parentOf(PROVINCIAL, '2025-07-01'))));
    it('a district procuracy established 30/6/2025 under a province established 1/7/2025 is refused', () =>
      given([])
        .when(under(register(DISTRICT, PROVINCIAL, '2025-06-30'), parentOf(PROVINCIAL, '2025-07-01')))
        .thenThrows('PARENT_UNIT_NOT_IN_FORCE', /chỉ tồn tại từ 01\/07\/2025.*bắt đầu từ 30\/06\/2025/));
    it('a district procuracy with no date under a province established 1/7/2025 is refused: they never met', () =>
      given([])
        .when(under(register(DISTRICT, PROVINCIAL), parentOf(PROVINCIAL, '2025-07-01')))
        .thenThrows('PARENT_UNIT_NOT_IN_FORCE', /chỉ có đến trước 01\/07\/2025/));
    it('a district procuracy with no date under a province established 30/6/2025 is accepted', () =>
      accepts(under(register(DISTRICT, PROVINCIAL), parentOf(PROVINCIAL, '2025-06-30'))));
  });
});

describe('unit levels: CorrectUnitLevel', () => {
  // Stored before levels were checked: a provincial department recorded as a Supreme Procuracy department.
  const wrong = registered({ ...register(SUPREME_DEPARTMENT, PROVINCIAL), name: 'Phòng 9' });
  const correct: CorrectUnitLevel = {
    type: 'CorrectUnitLevel',
    unitId: 'don-vi',
    level: PROVINCIAL_DEPARTMENT,
    reason: 'Phòng 9 thuộc VKSND TP Hải Phòng, ghi nhầm cấp',
    parentSpan: parentOf(PROVINCIAL),
  };
  const corrected: UnitLevelCorrected = {
    type: 'UnitLevelCorrected',
    data: { unitId: 'don-vi', level: PROVINCIAL_DEPARTMENT, previousLevel: SUPREME_DEPARTMENT, reason: correct.reason },
  };

  it('corrects a level stored wrongly, keeping the previous one and the reason', () => given([wrong]).when(correct).then([corrected]));
  it('leaves the corrected state at the new level: a second correction to it is LEVEL_UNCHANGED', () =>
    given([wrong, corrected])
      .when(correct)
      .thenThrows('LEVEL_UNCHANGED', /đã ở cấp phòng, Văn phòng thuộc VKSND cấp tỉnh/));
  it('needs a reason: REASON_REQUIRED', () =>
    given([wrong])
      .when({ ...correct, reason: '  ' })
      .thenThrows('REASON_REQUIRED'));
  it('corrects registered units only: UNIT_NOT_FOUND', () => given([]).when(correct).thenThrows('UNIT_NOT_FOUND'));
  it('refuses a correction that is itself wrong for the parent: UNIT_LEVEL_PARENT_MISMATCH', () =>
    given([wrong])
      .when({ ...correct, level: HIGH })
      .thenThrows('UNIT_LEVEL_PARENT_MISMATCH', /cấp VKSND cấp cao không thể trực thuộc "cap-tren" \(cấp VKSND cấp tỉnh\)/));
  it('refuses a level not in force on the day the unit was established: LEVEL_NOT_IN_FORCE', () =>
    given([registered({ ...register(REGIONAL, PROVINCIAL, '2025-07-01') })])
      .when({ ...correct, level: DISTRICT })
      .thenThrows('LEVEL_NOT_IN_FORCE'));
  it('corrects a unit whose parent is not stated, with no parent rule to meet', () =>
    given([registered(register(SUPREME_DEPARTMENT, null))])
      .when({ ...correct, parentSpan: null })
      .then([corrected]));
});
