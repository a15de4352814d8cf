import { ceremonyErrors, type CeremonyErrorCode } from './ceremony/errors';
import { clusterErrors, type ClusterErrorCode } from './cluster/errors';
import { clusterYearErrors, type ClusterYearErrorCode } from './cluster-year/errors';
import { criteriaErrors, type CriteriaErrorCode } from './criteria/errors';
import { documentErrors, type DocumentErrorCode } from './document/errors';
import { personErrors, type PersonErrorCode } from './person/errors';
import { scorecardErrors, type ScorecardErrorCode } from './scorecard/errors';
import { sharedErrors } from './shared/errors';
import { titleErrors, type TitleErrorCode } from './title/errors';
import { unitErrors, type UnitErrorCode } from './unit/errors';

/** Every code a DomainError can carry: a misspelt code fails the type check where it is thrown. */
export type DomainErrorCode =
  | UnitErrorCode
  | ClusterErrorCode
  | ClusterYearErrorCode
  | CeremonyErrorCode
  | CriteriaErrorCode
  | DocumentErrorCode
  | PersonErrorCode
  | ScorecardErrorCode
  | TitleErrorCode;

/** The domain's codes by the kind that answers them (shared: more than one kind). */
export const DOMAIN_ERRORS = {
  shared: sharedErrors,
  unit: unitErrors,
  cluster: clusterErrors,
  'cluster-year': clusterYearErrors,
  ceremony: ceremonyErrors,
  criteria: criteriaErrors,
  document: documentErrors,
  person: personErrors,
  scorecard: scorecardErrors,
  title: titleErrors,
} as const;
