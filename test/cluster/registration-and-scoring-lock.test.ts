import { clusterYearDecider } from '../../src/cluster/domain/year/decider';
import type { ClusterYearEvent } from '../../src/cluster/domain/year/events';
import { StandardTitle } from '../../src/catalogue/domain/title/standard-titles';
import { specification } from '../support/decider-specification';
import { criteriaSet, opened, y } from '../support/domain-fixtures';

const given = specification(clusterYearDecider);
const register = { type: 'RegisterTitle' as const, ...y, unitId: 'tan-chau', titleId: StandardTitle.SECTOR_FLAG, titleKnown: true };
const registered: ClusterYearEvent = { type: 'TitleRegistered', data: { ...y, unitId: 'tan-chau', titleId: StandardTitle.SECTOR_FLAG } };
const adopted: ClusterYearEvent = { type: 'CriteriaSetAdopted', data: { ...y, criteriaSetId: 'qd-424', version: 1 } };
const finalized: ClusterYearEvent = { type: 'ScoresFinalized', data: { ...y } };

describe('registration: RegisterTitle / WithdrawRegistration', () => {
  const withdraw = { type: 'WithdrawRegistration' as const, ...y, unitId: 'tan-chau' };
  it('registers the title a member strives for', () => given([opened]).when(register).then([registered]));
  it('lets members register only: REGISTRANT_NOT_MEMBER', () =>
    given([opened])
      .when({ ...register, unitId: 'x' })
      .thenThrows('REGISTRANT_NOT_MEMBER'));
  it('takes titles of the catalogue: TITLE_NOT_FOUND', () =>
    given([opened])
      .when({ ...register, titleKnown: false })
      .thenThrows('TITLE_NOT_FOUND'));
  it('takes one registration per unit: ALREADY_REGISTERED', () =>
    given([opened, registered])
      .when({ ...register, titleId: StandardTitle.EXCELLENT })
      .thenThrows('ALREADY_REGISTERED'));
  it('closes once scores are finalized: REGISTRATION_CLOSED', () =>
    given([opened, adopted, finalized]).when(register).thenThrows('REGISTRATION_CLOSED'));
  it('withdraws a registration', () =>
    given([opened, registered])
      .when(withdraw)
      .then([{ type: 'RegistrationWithdrawn', data: { ...y, unitId: 'tan-chau', titleId: StandardTitle.SECTOR_FLAG } }]));
  it('withdraws only what was registered: NOT_REGISTERED', () => given([opened]).when(withdraw).thenThrows('NOT_REGISTERED'));
});

describe('scoring lock: AdoptCriteriaSet / FinalizeScores / ReopenScores', () => {
  const adopt = { type: 'AdoptCriteriaSet' as const, ...y, criteriaSetId: 'qd-424', criteriaSet };
  it('adopts a criteria set version for the year', () => given([opened]).when(adopt).then([adopted]));
  it('adopts one set: CRITERIA_SET_ALREADY_ADOPTED', () => given([opened, adopted]).when(adopt).thenThrows('CRITERIA_SET_ALREADY_ADOPTED'));
  it('needs an existing set: CRITERIA_SET_NOT_FOUND', () =>
    given([opened])
      .when({ ...adopt, criteriaSet: null })
      .thenThrows('CRITERIA_SET_NOT_FOUND'));
  it('needs a set in force that year: CRITERIA_SET_NOT_IN_FORCE', () =>
    given([opened])
      .when({ ...adopt, criteriaSet: { ...criteriaSet, effectiveFrom: '2023-01-01' } })
      .thenThrows('CRITERIA_SET_NOT_IN_FORCE'));

  const finalize = { type: 'FinalizeScores' as const, ...y };
  const reopen = { type: 'ReopenScores' as const, ...y, reason: 'Phát hiện sai sót khi thẩm định' };
  it('finalizes the scores', () => given([opened, adopted]).when(finalize).then([finalized]));
  it('needs a criteria set: NO_CRITERIA_SET', () => given([opened]).when(finalize).thenThrows('NO_CRITERIA_SET'));
  it('finalizes once: ALREADY_FINALIZED', () => given([opened, adopted, finalized]).when(finalize).thenThrows('ALREADY_FINALIZED'));
  it('reopens with a reason', () =>
    given([opened, adopted, finalized])
      .when(reopen)
      .then([{ type: 'ScoresReopened', data: { ...y, reason: reopen.reason } }]));
  it('reopens a finalized year only: NOT_FINALIZED', () => given([opened, adopted]).when(reopen).thenThrows('NOT_FINALIZED'));
  it('reopens with a reason only: REASON_REQUIRED', () =>
    given([opened, adopted, finalized])
      .when({ ...reopen, reason: ' ' })
      .thenThrows('REASON_REQUIRED'));
});
