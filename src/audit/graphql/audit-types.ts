import { DateTimeResolver, JSONResolver, SafeIntResolver } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ScoreStage } from '../../scorecard/domain/score-stage';
import { idDescription } from '../../graphql/global-id';
import { AuditActor } from './audit-actor';
import { PageInfo } from '../../graphql/connection';
import { Node } from '../../graphql/node';

export enum AuditOrder {
  NEWEST_FIRST = 'NEWEST_FIRST',
  OLDEST_FIRST = 'OLDEST_FIRST',
}
registerEnumType(AuditOrder, { name: 'AuditOrder' });

@ObjectType('ScoreChange', { description: 'Một lần thay đổi điểm: ai, khi nào, giai đoạn, từ bao nhiêu thành bao nhiêu, vì sao.' })
export class ScoreChangeGql {
  @Field(() => SafeIntResolver) position!: number;
  @Field(() => DateTimeResolver) recordedAt!: Date;
  @Field(() => ScoreStage) stage!: ScoreStage;
  @Field(() => Float, { nullable: true, description: 'Điểm trước (null: lần ghi đầu tiên)' }) from!: number | null;
  @Field(() => Float) to!: number;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => String, { nullable: true }) evidence!: string | null;
  @Field(() => ID) criteriaSetId!: string;
  @Field(() => Int) criteriaSetVersion!: number;
  @Field(() => AuditActor) actor!: AuditActor;
  @Field(() => ID) commandId!: string;
  @Field(() => ID) correlationId!: string;
  @Field(() => ID) unitId!: string;
  @Field(() => ID) criterionId!: string;
}

@ObjectType({ description: 'Vị trí của đơn vị trong bảng xếp hạng tại một thời điểm.' })
export class UnitStanding {
  @Field(() => Float, { description: 'Tổng điểm được tính' }) effectiveTotal!: number;
  @Field(() => Int, { nullable: true, description: 'Thứ hạng (null khi chưa có điểm)' }) rank!: number | null;
  @Field(() => ScoreStage, { nullable: true }) effectiveStage!: ScoreStage | null;
  @Field(() => String, { nullable: true }) classification!: string | null;
}

@ObjectType({ description: 'Một lần thay đổi điểm, với tổng điểm và thứ hạng của đơn vị ngay trước và ngay sau nó.' })
export class ScoreChangeInRanking extends ScoreChangeGql {
  @Field(() => UnitStanding, { nullable: true, description: 'Ngay trước thay đổi (null khi đơn vị chưa có trong bảng xếp hạng)' })
  before!: UnitStanding | null;
  @Field(() => UnitStanding, { nullable: true, description: 'Ngay sau thay đổi' }) after!: UnitStanding | null;
}

@ObjectType({ description: 'Các thay đổi điểm của một người trong một năm của Cụm.' })
export class ActorChanges {
  @Field(() => AuditActor, {
    description: 'Người thực hiện như ở thay đổi đầu tiên (actor.person: như hiện biết); mỗi thay đổi mang người thực hiện của lúc đó.',
  })
  actor!: AuditActor;
  @Field(() => Int, { description: 'Số lần ghi điểm lần đầu' }) recorded!: number;
  @Field(() => Int, { description: 'Số lần sửa điểm' }) corrected!: number;
  @Field(() => [ID], { description: 'Các đơn vị có điểm được thay đổi' }) unitIds!: string[];
  @Field(() => DateTimeResolver) firstAt!: Date;
  @Field(() => DateTimeResolver) lastAt!: Date;
  @Field(() => [ScoreChangeGql]) changes!: ScoreChangeGql[];
}

@ObjectType({ implements: Node, description: 'Một sự kiện đã ghi, với siêu dữ liệu kiểm toán.' })
export class AuditEvent {
  @Field(() => ID, { name: 'id', description: idDescription('AuditEvent', { position: 1234 }, false) }) globalId!: string;
  @Field(() => SafeIntResolver) position!: number;
  @Field(() => ID, { description: 'Mã (UUID) mà người ghi đặt cho sự kiện' }) eventId!: string;
  @Field() stream!: string;
  @Field(() => Int) revision!: number;
  @Field() type!: string;
  @Field(() => DateTimeResolver) recordedAt!: Date;
  @Field(() => AuditActor, { nullable: true }) actor!: AuditActor | null;
  @Field(() => String, { nullable: true }) commandType!: string | null;
  @Field(() => ID, { nullable: true }) commandId!: string | null;
  @Field(() => ID, { nullable: true }) correlationId!: string | null;
  @Field(() => ID, { nullable: true }) causationId!: string | null;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => JSONResolver, { description: 'Dữ liệu của sự kiện; điểm là số thập phân (44, không phải 4400)' }) data!: unknown;
  @Field() prevHash!: string;
  @Field() hash!: string;
}

@ObjectType()
export class AuditEventEdge {
  @Field() cursor!: string;
  @Field(() => AuditEvent) node!: AuditEvent;
}

@ObjectType()
export class AuditEventConnection {
  @Field(() => [AuditEventEdge]) edges!: AuditEventEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType()
export class ChainBreakInfo {
  @Field(() => SafeIntResolver) position!: number;
  @Field() problem!: string;
  @Field() message!: string;
}

@ObjectType({ description: 'Kết quả kiểm tra chuỗi băm và các điểm kiểm tra đã ký.' })
export class AuditChainReport {
  @Field() ok!: boolean;
  @Field(() => SafeIntResolver) checkedEvents!: number;
  @Field(() => SafeIntResolver) headPosition!: number;
  @Field() headHash!: string;
  @Field(() => ChainBreakInfo, { nullable: true, description: 'Vị trí hỏng đầu tiên, nếu có' }) firstBreak!: ChainBreakInfo | null;
  @Field(() => Int) checkpointsVerified!: number;
  @Field(() => SafeIntResolver, { nullable: true }) lastSignedPosition!: number | null;
  @Field(() => String, { nullable: true }) checkpointProblem!: string | null;
}

@ObjectType({ description: 'Khóa công khai Ed25519 dùng để kiểm tra các điểm kiểm tra đã ký.' })
export class AuditPublicKey {
  @Field() keyId!: string;
  @Field({ description: 'SPKI PEM' }) pem!: string;
}
