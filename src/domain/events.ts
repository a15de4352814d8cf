import type { DossierEvent } from '../awards/domain/dossier/events';
import type { PersonTitleEvent } from '../awards/domain/person-titles/person-titles';
import type { CeremonyEvent } from '../records/domain/ceremony/events';
import type { CouncilEvent } from '../records/domain/council/events';
import type { ClusterEvent } from '../cluster/domain/events';
import type { ClusterYearEvent } from '../cluster/domain/year/events';
import type { CriteriaEvent } from '../catalogue/domain/criteria/decider';
import type { DocumentEvent } from '../records/domain/document/document';
import type { DocumentIdentityRecorded } from '../records/domain/document/document-identity';
import type { PersonEvent } from '../records/domain/person/person';
import type { SourceEvent } from '../records/domain/source/events';
import type { ScorecardEvent } from '../scorecard/domain/events';
import type { TitleEvent } from '../catalogue/domain/title/title';
import type { UnitEvent } from '../unit/domain/events';

/** Every event the domain writes: what projections switch on. */
export type AnyDomainEvent =
  | UnitEvent
  | ClusterEvent
  | ClusterYearEvent
  | CriteriaEvent
  | TitleEvent
  | ScorecardEvent
  | DocumentEvent
  | DocumentIdentityRecorded
  | PersonEvent
  | CeremonyEvent
  | CouncilEvent
  | SourceEvent
  | DossierEvent
  | PersonTitleEvent;
