import { DocumentChainFields, DocumentRelationFields } from './document-fields';
import { RecordsMutations } from './records-mutations';
import { ClusterYearDesignationFields, OfficeDesignationFields, OfficeDesignationMutations } from './office-designation';
import { CouncilMutations } from './council-mutations';
import { SourceMutations } from './source-mutations';
import { ClusterOversightFields, ClusterYearOversightFields, OversightMutations } from './oversight';
import { SourceQueries, sourceFields } from './source-fields';
import {
  CeremonyAttendancePersonCouncilFields,
  CeremonyParticipantCouncilFields,
  CouncilBodyFields,
  CouncilMembershipFields,
  CouncilQueries,
  DocumentIssuerCouncilFields,
  PersonCouncilFields,
} from './council-queries';
import {
  AgreementDocumentFields,
  AwardDecisionDocumentFields,
  CeremonyAttendanceFields,
  CeremonyAttendancePersonFields,
  CeremonyFields,
  CeremonyParticipantFields,
  CeremonyReviewFields,
  ClusterYearRecordsFields,
  CriteriaSetDocumentFields,
  OfficeRepresentativeFields,
  PersonFields,
  RecordsQueries,
} from './records-queries';

/** The records slice's part of the schema: documents, people, ceremonies, councils, and the documents other records cite. */
export const recordsResolvers = [
  RecordsQueries,
  RecordsMutations,
  PersonFields,
  CeremonyFields,
  CeremonyParticipantFields,
  CeremonyReviewFields,
  CeremonyAttendanceFields,
  CeremonyAttendancePersonFields,
  OfficeRepresentativeFields,
  OfficeDesignationFields,
  OfficeDesignationMutations,
  ClusterYearDesignationFields,
  ClusterYearRecordsFields,
  AgreementDocumentFields,
  AwardDecisionDocumentFields,
  CriteriaSetDocumentFields,
  DocumentChainFields,
  DocumentRelationFields,
  CouncilQueries,
  CouncilMutations,
  CouncilBodyFields,
  CouncilMembershipFields,
  PersonCouncilFields,
  CeremonyParticipantCouncilFields,
  CeremonyAttendancePersonCouncilFields,
  DocumentIssuerCouncilFields,
  SourceQueries,
  SourceMutations,
  ...sourceFields,
  OversightMutations,
  ClusterOversightFields,
  ClusterYearOversightFields,
] as const;
