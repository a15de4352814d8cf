import type { AnyDomainEvent } from '../../src/domain/events';
import type { EventMetadata, RecordedEvent } from '../../src/eventstore/port';
import type { Projection } from '../../projections/projection';

/** A domain event as the spec gives it, optionally with the metadata the pipeline would have written and its commit time. */
export type Given = AnyDomainEvent & { metadata?: EventMetadata; recordedAt?: string };

const ACTOR = { id: 'can-bo-1', name: 'Nguyễn Văn An', role: 'UNIT_OFFICER', unitId: 'tan-chau' };

/**
 * The given events as the store would deliver them: position n for the n-th event (counting from
 * 1, as the log does), one second apart from 1/1/2023 unless given a time, with the pipeline's metadata.
 */
export function recorded(given: Given[]): RecordedEvent[] {
  return given.map(({ type, data, metadata, recordedAt }, index) => ({
    id: `00000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`,
    type,
    data,
    metadata: { actor: ACTOR, commandId: `lenh-${index + 1}`, correlationId: `tuong-quan-${index + 1}`, ...metadata },
    stream: `spec-${index + 1}`,
    revision: 0,
    position: index + 1,
    recordedAt: recordedAt ?? new Date(Date.UTC(2023, 0, 1, 0, 0, index + 1)).toISOString(),
  }));
}

/**
 * Given events / then the read model's answers, in the style of Emmett's projection
 * specifications: a fresh model is fed the given events through `apply`, as the runner feeds it,
 * and the assertion reads it only through its query methods.
 */
export function projectionSpecification<M>(create: () => { model: M; projections: Projection[] }) {
  return (...given: Given[]) => ({
    then: (assert: (model: M) => void) => {
      const { model, projections } = create();
      for (const event of recorded(given)) for (const projection of projections) projection.apply(event);
      assert(model);
    },
  });
}

/** The specification of one projection that is its own read model. */
export const specificationOf = <P extends Projection>(create: () => P) =>
  projectionSpecification(() => {
    const projection = create();
    return { model: projection, projections: [projection] };
  });
