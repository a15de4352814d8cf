/**
 * How events written in an older shape are read in today's: per event type, from a schema
 * version to the next. The composition root hands these to the store (src/eventstore/upcasters.ts),
 * so the deciders and projections only ever see the current shapes.
 */
export const domainUpcasters = [
  {
    // Version 1 was written before units carried their founding date; unknown reads as null.
    type: 'UnitRegistered',
    fromVersion: 1,
    upcast: (data: unknown) => {
      const unit = data as Record<string, unknown>;
      return 'establishedOn' in unit ? unit : { ...unit, establishedOn: null };
    },
  },
];
