import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { At } from '../../../projections/history';
import type { DocumentRelationView, DocumentView } from '../../../projections/records/views';
import { parsePartialDate, vietnamesePartialDate } from '../../kernel/partial-date';
import { fullDate, PartialDateGql } from '../../graphql/partial-date';
import { formatCitation, parseCitation, type Citation } from '../domain/document/citation';
import { DocumentKind } from '../domain/document/document-kind';
import { CouncilLevel, IssuerKind, type DocumentIssuer } from '../domain/document/document-issuer';
import { DocumentRelationKind } from '../domain/document/document-relation';

/** How a citation read as a document was matched against the register. */
export enum CitationResolution {
  REGISTERED = 'REGISTERED',
  UNRESOLVED = 'UNRESOLVED',
  AMBIGUOUS = 'AMBIGUOUS',
}

registerEnumType(CitationResolution, {
  name: 'CitationResolution',
  description: 'Văn bản trong sổ (REGISTERED), chỉ biết qua trích dẫn (UNRESOLVED), hay khớp nhiều văn bản (AMBIGUOUS, xem candidates).',
});
registerEnumType(IssuerKind, { name: 'IssuerKind', description: 'Cơ quan ban hành: đơn vị, Cụm/Khối thi đua, hoặc Hội đồng.' });
registerEnumType(CouncilLevel, {
  name: 'CouncilLevel',
  description: 'Hội đồng Thi đua – Khen thưởng ngành, cấp tỉnh, hoặc của một đơn vị.',
});
registerEnumType(DocumentRelationKind, {
  name: 'DocumentRelationKind',
  description: 'Sửa đổi, bổ sung (AMENDS); thay thế (REPLACES); thực hiện (IMPLEMENTS).',
});

@ObjectType('DocumentIssuer', {
  description: 'Cơ quan ban hành: một đơn vị, một Cụm/Khối thi đua, hoặc một Hội đồng Thi đua – Khen thưởng.',
})
export class DocumentIssuerGql {
  @Field(() => IssuerKind) kind!: IssuerKind;
  @Field(() => ID, { description: 'Mã đơn vị, mã Cụm/Khối, hoặc mã Hội đồng do người nhập đặt' }) id!: string;
  @Field(() => String, { nullable: true, description: 'Tên Hội đồng như văn bản ghi' }) name!: string | null;
  @Field(() => CouncilLevel, { nullable: true }) level!: CouncilLevel | null;
  @Field(() => ID, { nullable: true, description: 'Đơn vị của Hội đồng' }) unitId!: string | null;
  at!: At;

  static from(issuer: DocumentIssuer, at: At): DocumentIssuerGql {
    return issuer.kind === IssuerKind.COUNCIL ? { ...issuer, at } : { ...issuer, name: null, level: null, unitId: null, at };
  }
}

@ObjectType({ description: 'Văn bản: loại, số/ký hiệu, ngày, cơ quan ban hành, trích yếu.' })
export class Document {
  @Field(() => ID, { nullable: true, description: 'Mã trong sổ văn bản; null khi chỉ đọc được từ trích dẫn, chưa vào sổ' })
  documentId!: string | null;
  @Field(() => DocumentKind, { nullable: true, description: 'Loại văn bản (null khi trích dẫn không cho biết)' })
  kind!: DocumentKind | null;
  @Field({ description: 'Số, ký hiệu, e.g. "12/KH-VKS"; chuỗi rỗng khi văn bản không có số (xem numbered)' }) number!: string;
  @Field({ description: 'Văn bản có số, ký hiệu hay không (kế hoạch, báo cáo của Cụm thường không có số)' }) numbered!: boolean;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Ngày ban hành, khi biết đến ngày (xem issued)' }) issuedOn!:
    string | null;
  @Field(() => PartialDateGql, { nullable: true, description: 'Ngày ban hành với độ chính xác như hồ sơ nêu (null: chưa biết)' })
  issued!: PartialDateGql | null;
  @Field(() => ID, { nullable: true, description: 'Đơn vị ban hành, khi đã ghi nhận' }) issuerUnitId!: string | null;
  @Field(() => DocumentIssuerGql, { nullable: true, description: 'Cơ quan ban hành, khi đã ghi nhận' }) issuer!: DocumentIssuerGql | null;
  @Field(() => String, { nullable: true, description: 'Mã cơ quan ban hành trong ký hiệu, e.g. "VKSTC"' }) issuerCode!: string | null;
  @Field(() => String, { nullable: true, description: 'Trích yếu' }) title!: string | null;
  @Field(() => String, { nullable: true, description: 'Người ký' }) signer!: string | null;
  @Field(() => Int, { nullable: true, description: 'Số trang' }) pages!: number | null;
  @Field({ description: 'Trích dẫn đầy đủ, e.g. "Kế hoạch số 12/KH-VKS ngày 10/01/2022"' }) citation!: string;
  @Field(() => CitationResolution, { description: 'Văn bản trong sổ, hay chỉ là những gì một trích dẫn nêu' })
  resolution!: CitationResolution;
  @Field(() => String, { nullable: true, description: 'Trích dẫn như hồ sơ đã viết, khi văn bản được đọc từ trích dẫn' })
  citedAs!: string | null;
  @Field(() => [Document], { description: 'Các văn bản trong sổ cùng khớp trích dẫn (khi resolution là AMBIGUOUS)' })
  candidates!: Document[];
  at!: At;

  static from(view: DocumentView, at: At, citedAs: string | null = null): Document {
    const full = fullDate(view.issuedOn);
    const citation = view.number
      ? formatCitation(view.kind, view.number, full) +
        (view.issuedOn && !full ? ` ${vietnamesePartialDate(parsePartialDate(view.issuedOn)!)}` : '')
      : [view.title, view.issuedOn ? vietnamesePartialDate(parsePartialDate(view.issuedOn)!) : null].filter(Boolean).join(', ');
    return {
      ...view,
      number: view.number ?? '',
      numbered: view.number !== null,
      issuedOn: full,
      issued: PartialDateGql.of(view.issuedOn),
      issuer: view.issuer ? DocumentIssuerGql.from(view.issuer, at) : null,
      issuerCode: view.number ? (parseCitation(view.number)?.issuerCode ?? null) : null,
      citation,
      resolution: CitationResolution.REGISTERED,
      citedAs,
      candidates: [],
      at,
    };
  }

  /** A document known only by a citation: what its text says, unresolved, or ambiguous between `candidates`. */
  static cited(cited: Citation, citedAs: string, at: At, candidates: Document[] = []): Document {
    return {
      documentId: null,
      ...cited,
      numbered: true,
      issued: PartialDateGql.of(cited.issuedOn),
      issuerUnitId: null,
      issuer: null,
      title: null,
      signer: null,
      pages: null,
      citation: formatCitation(cited.kind, cited.number, cited.issuedOn),
      resolution: candidates.length ? CitationResolution.AMBIGUOUS : CitationResolution.UNRESOLVED,
      citedAs,
      candidates,
      at,
    };
  }
}

@ObjectType('DocumentRelation', { description: 'Một văn bản sửa đổi, thay thế hoặc thực hiện văn bản khác, từ ngày nêu (nếu có).' })
export class DocumentRelationGql {
  @Field(() => DocumentRelationKind) relation!: DocumentRelationKind;
  @Field(() => ID, { description: 'Văn bản ở đầu kia của quan hệ' }) documentId!: string;
  @Field(() => PartialDateGql, { nullable: true, description: 'Ngày quan hệ có hiệu lực, khi hồ sơ nêu' })
  relatedOn!: PartialDateGql | null;
  at!: At;

  static from(view: DocumentRelationView, at: At): DocumentRelationGql {
    return { ...view, relatedOn: PartialDateGql.of(view.relatedOn), at };
  }
}
