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

export enum DecidingAuthorityGql {
  UNIT_HEAD = 'UNIT_HEAD',
  PROVINCIAL_CHIEF = 'PROVINCIAL_CHIEF',
  PROSECUTOR_GENERAL = 'PROSECUTOR_GENERAL',
  PRIME_MINISTER = 'PRIME_MINISTER',
  PRESIDENT = 'PRESIDENT',
}
registerEnumType(DecidingAuthorityGql, {
  name: 'DecidingAuthority',
  description: 'Thẩm quyền quyết định khen thưởng.',
  valuesConfig: {
    UNIT_HEAD: { description: 'Thủ trưởng đơn vị' },
    PROVINCIAL_CHIEF: { description: 'Viện trưởng VKSND cấp tỉnh' },
    PROSECUTOR_GENERAL: { description: 'Viện trưởng VKSND tối cao' },
    PRIME_MINISTER: { description: 'Thủ tướng Chính phủ' },
    PRESIDENT: { description: 'Chủ tịch nước' },
  },
});
