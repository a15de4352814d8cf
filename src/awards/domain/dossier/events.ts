import type { DomainEvent } from '../../../kernel/decider';
import type { VoteResult } from './parties';
import type { Addressee, Candidate, Memo, Proposer } from './parties';

/**
 * What a rule found when its step was taken: checked and met, or not checkable because the record
 * lacks the step it needs (a decision known without its history). A rule that is not met refuses
 * the step, so "not met" is never recorded.
 */
export type RuleCheck = 'MET' | 'NOT_ON_RECORD' | 'NOT_APPLICABLE';

interface OfDossier {
  dossierId: string;
}

export type DossierDrafted = DomainEvent<
  'DossierDrafted',
  OfDossier & { year: number; proposer: Proposer; addressee: Addressee; memo: Memo; forwardedFrom: string | null }
>;
export type DossierMemoAmended = DomainEvent<'DossierMemoAmended', OfDossier & { memo: Memo }>;
/** An item as proposed: a named candidate (count 1) or a count, with what the registration check found. */
export interface ProposedItem {
  itemId: string;
  entryId: string;
  candidate: Candidate | null;
  count: number;
  achievements: string | null;
  registration: RuleCheck;
}
export type DossierItemAdded = DomainEvent<'DossierItemAdded', OfDossier & ProposedItem>;
export type DossierItemRemoved = DomainEvent<'DossierItemRemoved', OfDossier & { itemId: string }>;
/** Candidates named for a count-only item: each a new named item; the count-only item keeps what is left. */
export type DossierCountItemResolved = DomainEvent<
  'DossierCountItemResolved',
  OfDossier & {
    itemId: string;
    named: { itemId: string; candidate: Candidate; achievements: string | null; registration: RuleCheck }[];
  }
>;
export type DossierDocumentAttached = DomainEvent<'DossierDocumentAttached', OfDossier & { documentId: string }>;
export type DossierSubmitted = DomainEvent<'DossierSubmitted', OfDossier>;
export type DossierReceived = DomainEvent<'DossierReceived', OfDossier>;
export type DossierReturned = DomainEvent<'DossierReturned', OfDossier & { reason: string }>;
export type DossierResubmitted = DomainEvent<'DossierResubmitted', OfDossier>;
export type DossierItemAppraised = DomainEvent<
  'DossierItemAppraised',
  OfDossier & {
    itemId: string;
    verdict: 'APPROVED' | 'REJECTED';
    reason: string | null;
    vote: VoteResult | null;
    prerequisites: RuleCheck;
  }
>;
/** Proposed on to the next level as `forwardedAs`, with the items approved here. */
export type DossierForwarded = DomainEvent<
  'DossierForwarded',
  OfDossier & { forwardedAs: string; addressee: Addressee; itemIds: string[] }
>;
export type DossierDecisionDrafted = DomainEvent<
  'DossierDecisionDrafted',
  OfDossier & { decisionNumber: string | null; itemIds: string[] }
>;
/** The decision: one award per item named, each with the outcome of the cap check. */
export type DossierDecided = DomainEvent<
  'DossierDecided',
  OfDossier & {
    decisionNumber: string;
    decisionDate: string;
    signer: string | null;
    authority: string;
    awards: { itemId: string; cap: RuleCheck }[];
  }
>;
/** Hủy bỏ, thu hồi: `withItemId` when it falls because the award it required did. */
export type DossierAwardRevoked = DomainEvent<
  'DossierAwardRevoked',
  OfDossier & { itemId: string; grounds: string; revokedOn: string; withItemId?: string }
>;

/** A decision entered from a source that tells only its outcome: no proposal, steps or checks on record. */
export type DossierDecisionRecorded = DomainEvent<
  'DossierDecisionRecorded',
  OfDossier & {
    year: number;
    decidedBy: Addressee | null;
    authority: string | null;
    decisionNumber: string | null;
    decisionDate: string | null;
    signer: string | null;
    source: string;
    awards: { itemId: string; entryId: string; candidate: Candidate | null; count: number }[];
  }
>;

export type DossierEvent =
  | DossierDrafted
  | DossierMemoAmended
  | DossierItemAdded
  | DossierItemRemoved
  | DossierCountItemResolved
  | DossierDocumentAttached
  | DossierSubmitted
  | DossierReceived
  | DossierReturned
  | DossierResubmitted
  | DossierItemAppraised
  | DossierForwarded
  | DossierDecisionDrafted
  | DossierDecided
  | DossierAwardRevoked
  | DossierDecisionRecorded;
