import { unitIssuer } from '../records/domain/document/document-issuer';

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
  {
    // Version 1 was written when only units issued documents and every document had a number:
    // its issuer is its issuer unit, or unknown.
    type: 'DocumentRegistered',
    fromVersion: 1,
    upcast: (data: unknown) => {
      const document = data as Record<string, unknown>;
      if ('issuer' in document) return document;
      const unitId = typeof document.issuerUnitId === 'string' ? document.issuerUnitId : null;
      return { ...document, issuer: unitIssuer(unitId) };
    },
  },
];
