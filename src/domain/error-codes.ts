import { dossierErrors, type DossierErrorCode } from '../awards/domain/dossier/errors';
import { personTitleErrors, type PersonTitleErrorCode } from '../awards/domain/person-titles/errors';
import { ceremonyErrors, type CeremonyErrorCode } from '../records/domain/ceremony/errors';
import { councilErrors, type CouncilErrorCode } from '../records/domain/council/errors';
import { clusterErrors, type ClusterErrorCode } from '../cluster/domain/errors';
import { clusterYearErrors, type ClusterYearErrorCode } from '../cluster/domain/year/errors';
import { registrationCountErrors } from '../cluster/domain/year/registration-count-errors';
import { criteriaErrors, type CriteriaErrorCode } from '../catalogue/domain/criteria/errors';
import { documentErrors, type DocumentErrorCode } from '../records/domain/document/errors';
import { personErrors, type PersonErrorCode } from '../records/domain/person/errors';
import { sourceErrors, type SourceErrorCode } from '../records/domain/source/errors';
import { scorecardErrors, type ScorecardErrorCode } from '../scorecard/domain/errors';
import { sharedErrors } from '../kernel/errors';
import { titleErrors, type TitleErrorCode } from '../catalogue/domain/title/errors';
import { unitErrors, type UnitErrorCode } from '../unit/domain/errors';

/** Every code a DomainError can carry: a misspelt code fails the type check where it is thrown. */
export type DomainErrorCode =
  | UnitErrorCode
  | ClusterErrorCode
  | ClusterYearErrorCode
  | CeremonyErrorCode
  | CouncilErrorCode
  | CriteriaErrorCode
  | DocumentErrorCode
  | PersonErrorCode
  | ScorecardErrorCode
  | SourceErrorCode
  | TitleErrorCode
  | DossierErrorCode
  | PersonTitleErrorCode;

/** The domain's codes by the kind that answers them (shared: more than one kind). */
export const DOMAIN_ERRORS = {
  shared: sharedErrors,
  unit: unitErrors,
  cluster: clusterErrors,
  'cluster-year': { ...clusterYearErrors, ...registrationCountErrors },
  ceremony: ceremonyErrors,
  council: councilErrors,
  criteria: criteriaErrors,
  document: documentErrors,
  person: personErrors,
  scorecard: scorecardErrors,
  source: sourceErrors,
  title: titleErrors,
  dossier: dossierErrors,
  'person-titles': personTitleErrors,
} as const;
