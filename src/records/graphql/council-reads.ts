import type { ModelsAt } from '../../graphql/models-at';
import { DomainError } from '../../kernel/domain-error';
import { parsePartialDate, partialDateText } from '../../kernel/partial-date';
import type { CouncilErrorCode } from '../domain/council/errors';
import { holdsOn } from '../domain/council/membership-period';
import { CouncilGql, CouncilMembershipGql } from './council-types';

/** The records slice's published reads of councils and their members. */
export function councilAt(read: ModelsAt, id: string | null): CouncilGql | null {
  const view = id ? read.models.councils.council(id, read.at) : undefined;
  return view ? CouncilGql.from(view, read.at) : null;
}

export function councilsAt(read: ModelsAt, unitId: string | null): CouncilGql[] {
  return read.models.councils.councilsOf(unitId, read.at).map((view) => CouncilGql.from(view, read.at));
}

/** A date a caller asks memberships on, as a partial date's text; refused with what to write instead. */
export function dateAsked(text: string | null): string | null {
  if (text === null) return null;
  const date = parsePartialDate(text);
  if (!date)
    throw new DomainError<CouncilErrorCode>(
      'COUNCIL_DATE_INVALID',
      `Ngày "${text}" không hợp lệ: ghi năm ("2020"), năm và tháng ("2020-02") hoặc ngày đầy đủ ("2020-02-14").`,
    );
  return partialDateText(date);
}

/** Whether a membership counts on `on`: every one when no date is asked, else those that certainly hold that day. */
const heldOn = (on: string | null) => (member: { from: string; to: string | null }) => on === null || holdsOn(member, on);

/** A council's members, oldest appointment first; on a date, those who were certainly members that day. */
export function membersOf(read: ModelsAt, council: CouncilGql, on: string | null): CouncilMembershipGql[] {
  return [...council.members]
    .filter(heldOn(on))
    .sort((a, b) => a.from.localeCompare(b.from) || a.membershipId.localeCompare(b.membershipId))
    .map((member) => CouncilMembershipGql.from(council.councilId, member, read.at));
}

/** A person's council memberships, oldest first; on a date, those that certainly hold that day. */
export function membershipsOfPerson(read: ModelsAt, personId: string, on: string | null): CouncilMembershipGql[] {
  return read.models.councils
    .membershipsOf(personId, read.at)
    .filter(({ member }) => heldOn(on)(member))
    .map(({ council, member }) => CouncilMembershipGql.from(council.councilId, member, read.at));
}
