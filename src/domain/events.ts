import type { CeremonyEvent } from './ceremony/events';
import type { ClusterEvent } from './cluster/events';
import type { ClusterYearEvent } from './cluster-year/events';
import type { CriteriaEvent } from './criteria/decider';
import type { DocumentEvent } from './document/document';
import type { PersonEvent } from './person/person';
import type { ScorecardEvent } from './scorecard/events';
import type { TitleEvent } from './title/title';
import type { UnitEvent } from './unit/events';

/** Every event the domain writes: what projections switch on. */
export type AnyDomainEvent =
  UnitEvent | ClusterEvent | ClusterYearEvent | CriteriaEvent | TitleEvent | ScorecardEvent | DocumentEvent | PersonEvent | CeremonyEvent;
