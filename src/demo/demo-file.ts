import type { ClusterKind } from '../domain/cluster/cluster-kind';
import type { AgreementTerms } from '../domain/cluster-year/events';
import type { UnitLevel } from '../domain/unit/unit-level';

/** One ceremony report turned into data: what the report says, and nothing it does not. */
export interface DemoFile {
  source: string;
  title: string;
  units: { unitId: string; name: string; shortName: string | null; level: UnitLevel; parentUnitId: string | null }[];
  cluster: { clusterId: string; name: string; kind: ClusterKind; organizerUnitId: string };
  year: number;
  members: string[];
  chairUnitId: string | null;
  viceChairUnitId: string | null;
  agreement: AgreementTerms;
  regulation: { summary: string; articles: string[] } | null;
  signatures: { unitId: string; signatoryName: string | null; signatoryPosition: string | null }[];
  registrations: { unitId: string; titleId: string }[];
  /** What the report leaves out or says only in passing. */
  notes: string[];
}
