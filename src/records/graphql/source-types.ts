import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { At } from '../../../projections/history';
import type { CitationView } from '../../../projections/records/sources-projection';
import { PartialDateGql } from '../../graphql/partial-date';
import { SourcedRecordKind } from '../domain/source/record-ref';

@ObjectType('SourcedRecord', { description: 'Hồ sơ được ghi nguồn.' })
export class SourcedRecordGql {
  @Field(() => SourcedRecordKind) kind!: SourcedRecordKind;
  @Field(() => ID) id!: string;
  @Field(() => Int, { nullable: true }) year!: number | null;
  @Field(() => ID, { nullable: true }) partId!: string | null;
}

@ObjectType('OutsideSource', { description: 'Nguồn bên ngoài sổ văn bản: cơ quan đăng tải, tiêu đề, địa chỉ, ngày xem.' })
export class OutsideSourceGql {
  @Field(() => String, { nullable: true }) publisher!: string | null;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) url!: string | null;
  @Field(() => PartialDateGql, { nullable: true, description: 'Ngày xem nguồn, như đã ghi' }) seen!: PartialDateGql | null;
}

@ObjectType('SourceCitation', { description: 'Nguồn của một hồ sơ: văn bản trong sổ (xem document) hoặc nguồn bên ngoài.' })
export class SourceCitationGql {
  @Field(() => ID) citationId!: string;
  @Field(() => SourcedRecordGql) record!: SourcedRecordGql;
  @Field(() => ID, { nullable: true, description: 'Văn bản trong sổ là nguồn' }) documentId!: string | null;
  @Field(() => OutsideSourceGql, { nullable: true }) outside!: OutsideSourceGql | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  at!: At;

  static from(view: CitationView, at: At): SourceCitationGql {
    const { outside } = view;
    return {
      ...view,
      outside: outside === null ? null : { ...outside, seen: PartialDateGql.of(outside.seenOn) },
      at,
    };
  }
}
