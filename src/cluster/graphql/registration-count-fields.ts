import { Ctx, Field, FieldResolver, ID, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { titleAt } from '../../catalogue/graphql/catalogue-reads';
import { Title } from '../../catalogue/graphql/catalogue-types';
import type { GraphQLContext } from '../../graphql/context';
import { readAt } from '../../graphql/models-at';
import { yearRecordsAt } from './cluster-reads';
import { ClusterYear } from './cluster-types';

@ObjectType('RegistrationCount', { description: 'Số đơn vị đăng ký một danh hiệu, như báo cáo nêu, không nêu tên đơn vị.' })
export class RegistrationCountGql {
  @Field(() => ID) titleId!: string;
  @Field(() => Title, { nullable: true }) title!: Title | null;
  @Field(() => Int, { description: 'Số đơn vị đăng ký theo báo cáo' }) units!: number;
  @Field(() => Int, { description: 'Số đăng ký có tên đơn vị đã ghi nhận cho danh hiệu này (registerTitle)' }) namedUnits!: number;
}

/** Registrations stated as counts: beside each count, how many of them are on record by name, so "3 stated, 0 named" shows. */
@Resolver(() => ClusterYear)
export class RegistrationCountFields {
  @FieldResolver(() => [RegistrationCountGql], {
    description: 'Đăng ký danh hiệu theo số lượng báo cáo nêu (stateRegistrationCounts); rỗng khi chưa ghi nhận.',
  })
  registrationCounts(@Root() year: ClusterYear, @Ctx() context: GraphQLContext): RegistrationCountGql[] {
    const read = readAt(context, year);
    const records = yearRecordsAt(read, year.clusterId, year.year);
    if (!records?.registrationCounts) return [];
    return records.registrationCounts.counts.map(({ titleId, units }) => ({
      titleId,
      title: titleAt(read, titleId) ?? null,
      units,
      namedUnits: records.registrations.filter((r) => r.titleId === titleId).length,
    }));
  }

  @FieldResolver(() => String, { nullable: true, description: 'Nguồn và lời báo cáo của số lượng đăng ký; null khi chưa ghi nhận.' })
  registrationCountsSource(@Root() year: ClusterYear, @Ctx() context: GraphQLContext): string | null {
    return yearRecordsAt(readAt(context, year), year.clusterId, year.year)?.registrationCounts?.source ?? null;
  }
}
