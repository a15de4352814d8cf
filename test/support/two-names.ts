import { Role } from '../../src/kernel/actor';
import { ok } from './mutations';
import type { TestService } from './service';

/** One person (one token subject) who acts under two names: say, before and after a promotion. */
export const PERSON = 'nguyen-van-a';
export const NAMES = ['Nguyễn Văn A', 'Nguyễn Văn A (Phó Viện trưởng)'];
const UNITS = ['tan-chau', 'vks-an-giang'];

/** The audit trail of the person, a page (one event) at a time; the actor with only the fields it always had. */
export const TRAIL = `
  query Trail($after: String) {
    auditTrail(filter: { actorId: "${PERSON}", eventType: "UnitRegistered" }, order: OLDEST_FIRST, first: 1, after: $after) {
      __typename
      edges {
        __typename
        cursor
        node {
          __typename
          id
          position
          actor {
            __typename
            id
            name
            role
            unitId
          }
        }
      }
      pageInfo {
        __typename
        hasNextPage
        endCursor
      }
    }
  }
`;
/** The same pages with the person as known now beside each actor. */
export const PERSON_NOW = `
  query Person($after: String) {
    auditTrail(filter: { actorId: "${PERSON}", eventType: "UnitRegistered" }, order: OLDEST_FIRST, first: 1, after: $after) {
      __typename
      edges {
        __typename
        node {
          __typename
          id
          actor {
            __typename
            id
            personId
            name
            person {
              __typename
              id
              personId
              name
            }
          }
        }
      }
    }
  }
`;

/**
 * Two tokens with the same subject and different names (and units) each register a unit under
 * vks-an-giang (which must exist): nothing a ranking or a cluster year reads. Answers the
 * positions of the two UnitRegistered events (each command's last), in order.
 */
export async function actUnderTwoNames(service: TestService): Promise<number[]> {
  const positions: number[] = [];
  for (const [i, name] of NAMES.entries()) {
    const token = await service.token(PERSON, { role: Role.ADMIN, name, unit: UNITS[i] });
    const unit = { unitId: `vks-kv-hai-ten-${i + 1}`, name: `Viện kiểm sát nhân dân khu vực ${i + 1} (hai tên)`, level: 'REGIONAL' };
    positions.push((await ok(service, 'registerUnit', { ...unit, parentUnitId: 'vks-an-giang' }, token)).position);
  }
  return positions;
}

/** What the audit trail must say of the two events: each actor as its token was, the person as now. */
export function actorsAsTheyWere(positions: number[]) {
  return positions.map((position, i) => ({
    id: `AuditActor:${PERSON}/${position}`,
    personId: PERSON,
    name: NAMES[i],
    unitId: UNITS[i],
  }));
}
