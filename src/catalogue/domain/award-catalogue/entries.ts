import type { CatalogueEntry, DecidingAuthority, LegalBasis } from './entry';

/*
 * Sources read (public copies of the texts, 2024–2025): Law 06/2022/QH15 Art. 21, 24(1), 33(2), 43, 77,
 * 78(1)(2), 80(1) (Công báo 571+572/2022 page 57 for Art. 80); Decree 98/2023 Art. 1 (the provisions of
 * the Law it details: 25(4), 42(7), 43(7), 44(7), 79(5)…) and Art. 3(2). Every other number below carries
 * an `unconfirmed` note saying how it was inferred.
 */

const law = (article: number, clause?: number, unconfirmed?: string): LegalBasis => ({
  instrument: 'LAW_06_2022',
  article,
  ...(clause !== undefined && { clause }),
  ...(unconfirmed !== undefined && { unconfirmed }),
});

const TITLE_ORDER_INFERRED =
  'Số điều suy ra từ thứ tự các điều đã đọc được (Điều 21, 24, 26); chưa đọc được nguyên văn điều này của Luật 2022.';
const FLAG_RULE_FROM_PROJECT = 'Quy tắc đã áp dụng trong dự án; chưa tìm thấy văn bản nào đã đọc quy định con số này.';
const SECTOR_AUTHORITY_INFERRED =
  'Điều 79 là điều thẩm quyền được Nghị định 98/2023 (Điều 1) hướng dẫn; chưa đọc được khoản giao thẩm quyền cho Viện trưởng VKSND tối cao.';
const FORMS_ARTICLE =
  'Điều 33 liệt kê các hình thức khen thưởng (khoản 2 của nó liệt kê các Huân chương); chưa đọc được khoản nêu hình thức này.';

/** Art. 80(1): the head of a unit with legal personality; a provincial chief is one for the units under it. */
const HEAD_OF_UNIT: readonly DecidingAuthority[] = ['UNIT_HEAD', 'PROVINCIAL_CHIEF'];
const HEAD_OF_UNIT_BASIS = law(80, 1);
const SECTOR_HEAD_BASIS = law(79, undefined, SECTOR_AUTHORITY_INFERRED);
const ORDERS_LIST = law(33, 2);
const PRESIDENT_BASIS = law(77);

function order(rank: 'Nhất' | 'Nhì' | 'Ba', id: string, article: LegalBasis): CatalogueEntry {
  return {
    id,
    name: `Huân chương Lao động hạng ${rank}`,
    kind: 'FORM',
    recipients: ['PERSON', 'COLLECTIVE'],
    decidedBy: ['PRESIDENT'],
    basis: [article, ORDERS_LIST, PRESIDENT_BASIS],
    prerequisites: [],
    cap: null,
    approvalPercent: null,
  };
}

const COLLECTIVE_TITLES: readonly CatalogueEntry[] = [
  {
    id: 'lao-dong-tien-tien',
    name: 'Tập thể Lao động tiên tiến',
    kind: 'TITLE',
    recipients: ['COLLECTIVE'],
    decidedBy: HEAD_OF_UNIT,
    basis: [law(28, undefined, TITLE_ORDER_INFERRED), HEAD_OF_UNIT_BASIS],
    prerequisites: [],
    cap: null,
    approvalPercent: null,
  },
  {
    id: 'lao-dong-xuat-sac',
    name: 'Tập thể Lao động xuất sắc',
    kind: 'TITLE',
    recipients: ['COLLECTIVE'],
    // Art. 80(1) does not list this title among what the head of a unit may decide.
    decidedBy: ['PROSECUTOR_GENERAL'],
    basis: [law(27, undefined, TITLE_ORDER_INFERRED), SECTOR_HEAD_BASIS],
    prerequisites: [],
    cap: { percent: 20, ofEntryId: 'lao-dong-tien-tien', minimum: 1, basis: law(27, undefined, FLAG_RULE_FROM_PROJECT) },
    approvalPercent: null,
  },
  {
    id: 'co-thi-dua-nganh',
    name: 'Cờ thi đua của ngành Kiểm sát nhân dân',
    kind: 'TITLE',
    recipients: ['COLLECTIVE'],
    decidedBy: ['PROSECUTOR_GENERAL'],
    // Thông tư 29/2023/TT-BGDĐT cites khoản 1, 2 Điều 26 for a ministry's flag, which is how the number was read.
    basis: [law(26, 1), SECTOR_HEAD_BASIS],
    prerequisites: [{ entryId: 'lao-dong-xuat-sac', basis: law(26, 1, FLAG_RULE_FROM_PROJECT) }],
    cap: null,
    approvalPercent: { percent: 80, basis: law(26, undefined, FLAG_RULE_FROM_PROJECT) },
  },
  {
    id: 'co-thi-dua-chinh-phu',
    name: 'Cờ thi đua của Chính phủ',
    kind: 'TITLE',
    recipients: ['COLLECTIVE'],
    // Art. 78(1) gives it to the Government; its decisions are signed by the Prime Minister (QĐ-TTg).
    decidedBy: ['PRIME_MINISTER'],
    basis: [law(25), law(78, 1), { instrument: 'DECREE_98_2023', article: 3, clause: 2 }],
    prerequisites: [],
    cap: null,
    approvalPercent: null,
  },
];

const PERSON_TITLES: readonly CatalogueEntry[] = [
  {
    id: 'ca-nhan-lao-dong-tien-tien',
    name: 'Lao động tiên tiến',
    kind: 'TITLE',
    recipients: ['PERSON'],
    decidedBy: HEAD_OF_UNIT,
    basis: [law(24, 1), HEAD_OF_UNIT_BASIS],
    prerequisites: [],
    cap: null,
    approvalPercent: null,
  },
  {
    id: 'chien-si-thi-dua-co-so',
    name: 'Chiến sĩ thi đua cơ sở',
    kind: 'TITLE',
    recipients: ['PERSON'],
    decidedBy: HEAD_OF_UNIT,
    basis: [law(23, undefined, TITLE_ORDER_INFERRED), HEAD_OF_UNIT_BASIS],
    prerequisites: [{ entryId: 'ca-nhan-lao-dong-tien-tien', basis: law(23, undefined, TITLE_ORDER_INFERRED) }],
    cap: {
      percent: 15,
      ofEntryId: 'ca-nhan-lao-dong-tien-tien',
      minimum: 0,
      basis: {
        instrument: 'DECREE_91_2017',
        article: 9,
        clause: 3,
        unconfirmed:
          'Tỷ lệ 15% chỉ tìm thấy ở Nghị định 91/2017 (đã hết hiệu lực từ 01/01/2024); Nghị định 98/2023 không hướng dẫn Điều 23 của Luật. Cần đối chiếu Thông tư 02/2024/TT-VKSTC.',
      },
    },
    approvalPercent: null,
  },
  {
    // Chosen among those holding "Chiến sĩ thi đua cơ sở" three times running, which a one-year prerequisite cannot express.
    id: 'chien-si-thi-dua-nganh',
    name: 'Chiến sĩ thi đua ngành Kiểm sát nhân dân',
    kind: 'TITLE',
    recipients: ['PERSON'],
    decidedBy: ['PROSECUTOR_GENERAL'],
    basis: [law(22, undefined, TITLE_ORDER_INFERRED), SECTOR_HEAD_BASIS],
    prerequisites: [],
    cap: null,
    approvalPercent: null,
  },
  {
    id: 'chien-si-thi-dua-toan-quoc',
    name: 'Chiến sĩ thi đua toàn quốc',
    kind: 'TITLE',
    recipients: ['PERSON'],
    decidedBy: ['PRIME_MINISTER'],
    basis: [law(21), law(78, 2), { instrument: 'DECREE_98_2023', article: 3, clause: 2 }],
    prerequisites: [],
    cap: null,
    approvalPercent: null,
  },
];

const FORMS: readonly CatalogueEntry[] = [
  {
    id: 'giay-khen',
    name: 'Giấy khen',
    kind: 'FORM',
    recipients: ['PERSON', 'COLLECTIVE'],
    decidedBy: HEAD_OF_UNIT,
    basis: [HEAD_OF_UNIT_BASIS],
    prerequisites: [],
    cap: null,
    approvalPercent: null,
  },
  {
    id: 'bang-khen-vien-truong-vksndtc',
    name: 'Bằng khen của Viện trưởng Viện kiểm sát nhân dân tối cao',
    kind: 'FORM',
    recipients: ['PERSON', 'COLLECTIVE'],
    decidedBy: ['PROSECUTOR_GENERAL'],
    basis: [law(33, undefined, FORMS_ARTICLE), SECTOR_HEAD_BASIS],
    prerequisites: [],
    cap: null,
    approvalPercent: null,
  },
  {
    id: 'bang-khen-thu-tuong',
    name: 'Bằng khen của Thủ tướng Chính phủ',
    kind: 'FORM',
    recipients: ['PERSON', 'COLLECTIVE'],
    decidedBy: ['PRIME_MINISTER'],
    basis: [law(33, undefined, FORMS_ARTICLE), law(78, 2)],
    prerequisites: [],
    cap: null,
    approvalPercent: null,
  },
  {
    // Thông tư 01/2019/TT-VKSTC made it a form of the Prosecutor General's; the Law's own article on kỷ niệm chương was not read.
    id: 'ky-niem-chuong-vi-su-nghiep-kiem-sat',
    name: 'Kỷ niệm chương “Vì sự nghiệp Kiểm sát”',
    kind: 'FORM',
    recipients: ['PERSON'],
    decidedBy: ['PROSECUTOR_GENERAL'],
    basis: [law(33, undefined, FORMS_ARTICLE), SECTOR_HEAD_BASIS],
    prerequisites: [],
    cap: null,
    approvalPercent: null,
  },
  order(
    'Nhất',
    'huan-chuong-lao-dong-hang-nhat',
    law(42, undefined, 'Suy ra: Điều 43 là hạng Nhì, Điều 44 là hạng Ba; Nghị định 98/2023 hướng dẫn khoản 7 của cả ba điều 42, 43, 44.'),
  ),
  order('Nhì', 'huan-chuong-lao-dong-hang-nhi', law(43)),
  order('Ba', 'huan-chuong-lao-dong-hang-ba', law(44, 1)),
];

export const AWARD_CATALOGUE: readonly CatalogueEntry[] = [...COLLECTIVE_TITLES, ...PERSON_TITLES, ...FORMS];
