import type { ClusterEvent } from './cluster/events';
import type { ClusterYearEvent } from './cluster-year/events';
import type { UnitEvent } from './unit/events';

/** Every event the domain writes: what projections switch on. */
export type AnyDomainEvent = UnitEvent | ClusterEvent | ClusterYearEvent;
