import type { ClusterKind } from '../cluster/domain/cluster-kind';
import type { AgreementTerms } from '../cluster/domain/year/events';
import type {
  AddCeremonyParticipantInput,
  RecordAttendanceInput,
  RecordCeremonyInput,
  RegisterDocumentInput,
  RegisterPersonInput,
} from '../records/handlers';
import type { RegisterCouncilInput } from '../records/council-handlers';
import type { YearOffice } from '../cluster/domain/year/commands';
import type { UnitLevel } from '../unit/domain/unit-level';

/** One ceremony report turned into data: what the report says, and nothing it does not. */
export interface DemoFile {
  source: string;
  title: string;
  units: { unitId: string; name: string; shortName: string | null; level: UnitLevel; parentUnitId: string | null }[];
  cluster: { clusterId: string; name: string; kind: ClusterKind; organizerUnitId: string };
  year: number;
  members: string[];
  /** False when the report names the units it saw without saying they are the whole cluster. */
  membershipComplete?: boolean;
  chairUnitId: string | null;
  viceChairUnitId: string | null;
  /** Its signatures are dated with the ceremony, so the report must give the ceremony's date. */
  agreement: AgreementTerms & { ceremonyDate: string };
  regulation: { summary: string; articles: string[] } | null;
  /** Only what the report states: a signatory's name or position it does not give stays null. */
  signatures: { unitId: string; signatoryName: string | null; signatoryPosition: string | null }[];
  /** In force as the report says, for a membership known in part (signatures cannot tell). */
  inForce?: { inForceOn: string | null; source: string } | null;
  registrations: { unitId: string; titleId: string }[];
  /** Registrations the report states only in numbers ("03 đơn vị đăng ký …"), with its words. */
  registrationCounts?: { counts: { titleId: string; units: number }[]; source: string } | null;
  records: DemoRecords;
  /** What the report leaves out or says only in passing. */
  notes: string[];
}

type DemoDocument = Pick<RegisterDocumentInput, 'documentId'> &
  Partial<
    Pick<
      RegisterDocumentInput,
      'citation' | 'kind' | 'number' | 'issuedOn' | 'title' | 'issuerUnitId' | 'issuerClusterId' | 'issuerCouncilId'
    >
  >;

/** The report's records: the documents it cites (as written), its ceremony, and the people it names in their roles. */
export interface DemoRecords {
  /** Councils the report names as issuers, registered before their documents. */
  councils?: RegisterCouncilInput[];
  documents: DemoDocument[];
  ceremony: Omit<RecordCeremonyInput, 'clusterId'>;
  people: RegisterPersonInput[];
  participants: Omit<AddCeremonyParticipantInput, 'ceremonyId' | 'clusterId'>[];
  /** Those the report says attended without naming them: a unit, or a group as the report describes it. */
  attendance?: Omit<RecordAttendanceInput, 'ceremonyId' | 'clusterId'>[];
  /** Who represented the chair or vice-chair unit that year, where the report names them. */
  representatives: { office: YearOffice; personId: string; position: string | null }[];
}
