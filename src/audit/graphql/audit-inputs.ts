import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ID_MESSAGE, ID_PATTERN, MAX_YEAR, MIN_YEAR } from '../../graphql/validation';

const EVENT_TYPE = /^[A-Za-z]{1,100}$/;

@InputType({ description: 'Lọc nhật ký kiểm toán; các điều kiện được kết hợp (và).' })
export class AuditTrailFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @Matches(/^[\w.:@-]{1,200}$/) actorId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @Matches(ID_PATTERN, { message: ID_MESSAGE }) unitId?: string;
  @Field(() => ID, {
    nullable: true,
    description:
      'Mọi sự kiện liên quan đến Cụm: của Cụm và các năm của Cụm (cả khen thưởng các đơn vị), các buổi lễ của Cụm với người tham dự, thành phần tham dự, kết quả tổng kết, và các văn bản, con người mà hồ sơ của Cụm nêu.',
  })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  clusterId?: string;
  @Field(() => ID, {
    nullable: true,
    description:
      'Người trong hồ sơ (personId của registerPerson, khác actorId là sub của token): mọi sự kiện nêu người này (ghi nhận, tham dự buổi lễ, đại diện Cụm trưởng/Cụm phó…).',
  })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  personId?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(MIN_YEAR) @Max(MAX_YEAR) year?: number;
  @Field({ nullable: true, description: 'Loại sự kiện, ví dụ ScoreCorrected' }) @IsOptional() @Matches(EVENT_TYPE) eventType?: string;
  @Field(() => DateTimeResolver, { nullable: true, description: 'Ghi nhận từ (bao gồm)' }) @IsOptional() recordedFrom?: Date;
  @Field(() => DateTimeResolver, { nullable: true, description: 'Ghi nhận đến (bao gồm)' }) @IsOptional() recordedTo?: Date;
}
