import type { AnyDomainEvent } from '../../src/domain/events';
import type { RecordedEvent } from '../../src/eventstore/port';
import { changeCurrent, historyOf, read, setOf, type At, type History } from '../history';
import type { Projection } from '../projection';
import type { CouncilView, MembershipView } from './views';

/**
 * The councils (Hội đồng Thi đua – Khen thưởng) and their members by period, each council with its
 * history so reads answer `asOf`; indexed by unit and by person.
 */
export class CouncilsProjection implements Projection {
  readonly name = 'councils';
  private readonly councils = new Map<string, History<CouncilView>>();
  /** Council ids by the unit they belong to; the sector council with no unit under ''. */
  private readonly byUnit = new Map<string, Set<string>>();
  /** Council ids by every person ever appointed to them. */
  private readonly byPerson = new Map<string, Set<string>>();

  apply(recorded: RecordedEvent): void {
    const event = { type: recorded.type, data: recorded.data } as AnyDomainEvent;
    const at = recorded.position;
    switch (event.type) {
      case 'CouncilRegistered':
        historyOf(this.councils, event.data.councilId).set(at, { ...event.data, members: [] });
        setOf(this.byUnit, event.data.unitId ?? '').add(event.data.councilId);
        return;
      case 'CouncilMemberAppointed': {
        const { councilId, ...member } = event.data;
        setOf(this.byPerson, member.personId).add(councilId);
        return changeCurrent(this.councils.get(councilId), at, (c) => ({ ...c, members: [...c.members, { ...member, endReason: null }] }));
      }
      case 'CouncilMembershipEnded': {
        const { councilId, membershipId, endedOn, reason } = event.data;
        return this.changeMember(councilId, membershipId, at, (m) => ({ ...m, to: endedOn, endReason: reason }));
      }
      case 'CouncilMemberCorrected': {
        const { councilId, membershipId, changes } = event.data;
        // An end cleared by a correction takes its reason with it.
        return this.changeMember(councilId, membershipId, at, (m) => ({
          ...m,
          ...changes,
          endReason: changes.to === null ? null : m.endReason,
        }));
      }
      default:
        return;
    }
  }

  private changeMember(councilId: string, membershipId: string, at: number, change: (m: MembershipView) => MembershipView): void {
    changeCurrent(this.councils.get(councilId), at, (c) => ({
      ...c,
      members: c.members.map((m) => (m.membershipId === membershipId ? change(m) : m)),
    }));
  }

  council(id: string, at: At = 'current'): CouncilView | undefined {
    return read(this.councils.get(id), at);
  }

  /** The councils of a unit, or every council when no unit is named, by id. */
  councilsOf(unitId: string | null, at: At = 'current'): CouncilView[] {
    const ids = unitId === null ? [...this.councils.keys()] : [...(this.byUnit.get(unitId) ?? [])];
    return ids.sort().flatMap((id) => this.council(id, at) ?? []);
  }

  /** A person's memberships in every council, each with its council, oldest appointment first. */
  membershipsOf(personId: string, at: At = 'current'): { council: CouncilView; member: MembershipView }[] {
    return [...(this.byPerson.get(personId) ?? [])]
      .flatMap((id) => this.council(id, at) ?? [])
      .flatMap((council) => council.members.filter((m) => m.personId === personId).map((member) => ({ council, member })))
      .sort((a, b) => a.member.from.localeCompare(b.member.from) || a.council.councilId.localeCompare(b.council.councilId));
  }
}
