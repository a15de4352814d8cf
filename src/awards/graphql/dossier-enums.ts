import { registerEnumType } from 'type-graphql';

export enum ProposerKindGql {
  CLUSTER = 'CLUSTER',
  UNIT = 'UNIT',
  COUNCIL = 'COUNCIL',
}
registerEnumType(ProposerKindGql, {
  name: 'DossierProposerKind',
  description: 'Bên đề nghị: Cụm/Khối thi đua, đơn vị, hoặc Hội đồng đề nghị lên cấp trên.',
});

export enum AddresseeKindGql {
  COUNCIL = 'COUNCIL',
  UNIT_HEAD = 'UNIT_HEAD',
}
registerEnumType(AddresseeKindGql, {
  name: 'DossierAddresseeKind',
  description: 'Nơi nhận: Hội đồng Thi đua – Khen thưởng, hoặc thủ trưởng đơn vị nơi không có Hội đồng.',
});

export enum CandidateKindGql {
  UNIT = 'UNIT',
  PERSON = 'PERSON',
}
registerEnumType(CandidateKindGql, { name: 'DossierCandidateKind', description: 'Tập thể (đơn vị) hoặc cá nhân.' });

export enum VerdictGql {
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(VerdictGql, { name: 'DossierVerdict', description: 'Kết quả thẩm định một mục: đồng ý, hoặc không đồng ý (kèm lý do).' });
