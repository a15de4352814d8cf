import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AwardKindGql } from './award-report-types';
import { DossierPartyGql } from './dossier-types';

@ObjectType('CouncilSessionPlace', {
  description:
    'Một mục đề nghị trong phiên xét của Hội đồng: người hoặc tập thể được nêu tên (tên như năm xét), hoặc số suất chưa nêu tên.',
})
export class CouncilSessionPlaceGql {
  @Field(() => ID) dossierId!: string;
  @Field(() => ID) itemId!: string;
  @Field(() => Int, { description: 'Số suất: 1 cho mục có tên, số lượng còn lại cho mục chưa nêu tên' }) count!: number;
  @Field(() => DossierPartyGql, { nullable: true, description: 'Null: mục chỉ có số lượng, chưa nêu tên' })
  candidate!: DossierPartyGql | null;
  @Field(() => String, { nullable: true, description: 'Tên đơn vị như cuối năm xét, họ tên người; mã khi sổ chưa ghi tên' })
  candidateName!: string | null;
  @Field(() => String, { nullable: true, description: 'Lý do thẩm định (bắt buộc khi không đồng ý)' }) reason!: string | null;
  @Field(() => String, { nullable: true, description: 'Số quyết định khen thưởng, khi đã quyết định' }) decisionNumber!: string | null;
  @Field(() => DossierPartyGql, { nullable: true, description: 'Nơi Hội đồng đề nghị tiếp lên, khi đã đề nghị lên cấp trên' })
  forwardedTo!: DossierPartyGql | null;
  @Field(() => ID, { nullable: true, description: 'Hồ sơ cấp trên mang mục này' }) forwardedAs!: string | null;
}

@ObjectType('CouncilSessionEntry', {
  description:
    'Một danh hiệu, hình thức trong phiên xét: số suất được đề nghị và kết quả; gap là số suất chưa có kết quả nào (được đề nghị trừ đã quyết định, đã đề nghị lên, không đồng ý và chưa thẩm định).',
})
export class CouncilSessionEntryGql {
  @Field(() => ID) entryId!: string;
  @Field() entryName!: string;
  @Field(() => AwardKindGql, { nullable: true }) kind!: AwardKindGql | null;
  @Field(() => Int, { description: 'Số suất được đề nghị: 1 cho mục có tên, số lượng cho mục chưa nêu tên' }) requested!: number;
  @Field(() => Int, { description: 'Được Hội đồng thẩm định đồng ý' }) approved!: number;
  @Field(() => Int, { description: 'Không được đồng ý' }) rejected!: number;
  @Field(() => Int, { description: 'Được khen thưởng theo quyết định trên hồ sơ gửi Hội đồng này (kể cả đã hủy bỏ sau đó)' })
  decided!: number;
  @Field(() => Int, { description: 'Được Hội đồng đề nghị tiếp lên cấp trên' }) forwarded!: number;
  @Field(() => Int, { description: 'Chưa thẩm định' }) pending!: number;
  @Field(() => Int, { description: 'Được đề nghị mà chưa có kết quả nào: đồng ý nhưng chưa quyết định, chưa đề nghị lên' })
  gap!: number;
  @Field(() => [CouncilSessionPlaceGql]) approvedPlaces!: CouncilSessionPlaceGql[];
  @Field(() => [CouncilSessionPlaceGql], { description: 'Kèm lý do' }) rejectedPlaces!: CouncilSessionPlaceGql[];
  @Field(() => [CouncilSessionPlaceGql]) decidedPlaces!: CouncilSessionPlaceGql[];
  @Field(() => [CouncilSessionPlaceGql], { description: 'Kèm nơi được đề nghị tiếp lên' }) forwardedPlaces!: CouncilSessionPlaceGql[];
  @Field(() => [CouncilSessionPlaceGql]) pendingPlaces!: CouncilSessionPlaceGql[];
  @Field(() => [CouncilSessionPlaceGql], { description: 'Đồng ý nhưng chưa quyết định, chưa đề nghị lên' })
  gapPlaces!: CouncilSessionPlaceGql[];
}

@ObjectType('CouncilAwardSession', {
  description:
    'Phiên xét khen thưởng của một Hội đồng Thi đua – Khen thưởng trong một năm: theo từng danh hiệu, hình thức, những gì được đề nghị và những gì được quyết định hoặc đề nghị lên, để thấy chênh lệch.',
})
export class CouncilAwardSessionGql {
  @Field(() => ID) councilId!: string;
  @Field() councilName!: string;
  @Field(() => Int) year!: number;
  @Field(() => [ID], { description: 'Các hồ sơ đã gửi đến Hội đồng trong năm (không kể hồ sơ còn đang lập)' })
  dossierIds!: string[];
  @Field(() => [CouncilSessionEntryGql], { description: 'Chỉ các danh hiệu, hình thức có được đề nghị, theo thứ tự danh mục' })
  entries!: CouncilSessionEntryGql[];
}
