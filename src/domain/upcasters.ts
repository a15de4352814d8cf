import { kindOfYearCeremony } from '../records/domain/ceremony/meeting-kind';
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
  {
    // Version 1 was written when every ceremony was a year's, held on a full date, with at most one
    // organising document and no legal bases: its kind follows from the year it reviews, and
    // nothing else is added.
    type: 'CeremonyRecorded',
    fromVersion: 1,
    upcast: (data: unknown) => {
      const ceremony = data as Record<string, unknown>;
      if ('kind' in ceremony) return ceremony;
      const { organisingDocumentId, ...rest } = ceremony;
      const reviewsYear = typeof ceremony.reviewsYear === 'number' ? ceremony.reviewsYear : null;
      return {
        ...rest,
        kind: kindOfYearCeremony(reviewsYear),
        partOfDay: null,
        organisingDocumentIds: typeof organisingDocumentId === 'string' ? [organisingDocumentId] : [],
        legalBasisDocumentIds: [],
        reviewsHalf: null,
        launchesHalf: null,
      };
    },
  },
  {
    // Version 1 reviewed a whole year and recorded no basis, ranking or proposals.
    type: 'CeremonyReviewRecorded',
    fromVersion: 1,
    upcast: (data: unknown) => {
      const review = data as Record<string, unknown>;
      return 'ranking' in review ? review : { ...review, half: null, basisDocumentIds: [], ranking: [], proposals: [] };
    },
  },
];
