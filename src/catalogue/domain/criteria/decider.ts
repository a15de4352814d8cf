import type { Decider, DomainEvent } from '../../../kernel/decider';
import { DomainError } from '../../../kernel/domain-error';
import { viDate } from '../../../kernel/vietnamese-date';
import { criteriaOf, type CriteriaSetVersion } from './criteria-set';
import type { CriteriaErrorCode } from './errors';

/** Một phiên bản bộ tiêu chí được ban hành. */
export type CriteriaSetPublished = DomainEvent<'CriteriaSetPublished', CriteriaSetVersion>;
export type CriteriaEvent = CriteriaSetPublished;

export interface PublishCriteriaSet extends Omit<CriteriaSetVersion, 'version'> {
  type: 'PublishCriteriaSet';
}
export type CriteriaCommand = PublishCriteriaSet;

export interface CriteriaState {
  versions: CriteriaSetVersion[];
}

function duplicateIn(ids: string[]): string | undefined {
  return ids.find((id, i) => ids.indexOf(id) !== i);
}

function validate(command: PublishCriteriaSet): void {
  const criteria = criteriaOf({ ...command, version: 0 });
  if (criteria.length === 0) throw new DomainError<CriteriaErrorCode>('CRITERIA_SET_EMPTY', 'Bộ tiêu chí cần ít nhất một tiêu chí.');
  const duplicateSection = duplicateIn(command.sections.map((s) => s.sectionId));
  if (duplicateSection)
    throw new DomainError<CriteriaErrorCode>('DUPLICATE_SECTION', `Mục "${duplicateSection}" xuất hiện hai lần trong bộ tiêu chí.`);
  const duplicateCriterion = duplicateIn(criteria.map((c) => c.criterionId));
  if (duplicateCriterion)
    throw new DomainError<CriteriaErrorCode>(
      'DUPLICATE_CRITERION',
      `Tiêu chí "${duplicateCriterion}" xuất hiện hai lần trong bộ tiêu chí.`,
    );
  const zero = criteria.find((c) => !Number.isInteger(c.maxPoints) || c.maxPoints <= 0);
  if (zero)
    throw new DomainError<CriteriaErrorCode>('INVALID_MAX_POINTS', `Điểm tối đa của tiêu chí "${zero.criterionId}" phải lớn hơn 0.`);
  const duplicateClass = duplicateIn(command.thresholds.map((t) => t.classification));
  if (duplicateClass)
    throw new DomainError<CriteriaErrorCode>('DUPLICATE_THRESHOLD', `Mức xếp loại "${duplicateClass}" xuất hiện hai lần.`);
  const negative = command.thresholds.find((t) => !Number.isInteger(t.minPoints) || t.minPoints < 0);
  if (negative)
    throw new DomainError<CriteriaErrorCode>('INVALID_THRESHOLD', `Ngưỡng điểm của mức "${negative.classification}" không hợp lệ.`);
}

export const criteriaDecider: Decider<CriteriaCommand, CriteriaState, CriteriaEvent> = {
  initialState: () => ({ versions: [] }),
  evolve: (state, event) => (event.type === 'CriteriaSetPublished' ? { versions: [...state.versions, event.data] } : state),
  decide: (command, state) => {
    validate(command);
    const previous = state.versions[state.versions.length - 1];
    if (previous && command.effectiveFrom <= previous.effectiveFrom)
      throw new DomainError<CriteriaErrorCode>(
        'EFFECTIVE_DATE_NOT_LATER',
        `Phiên bản mới phải có hiệu lực sau phiên bản ${previous.version} (từ ${viDate(previous.effectiveFrom)}).`,
      );
    const { type: _type, ...content } = command;
    return [{ type: 'CriteriaSetPublished', data: { ...content, version: state.versions.length + 1 } }];
  },
};
