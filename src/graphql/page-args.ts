import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';

export const MAX_PAGE_SIZE = 200;
const SIZE = { message: `$property phải là số nguyên từ 0 đến ${MAX_PAGE_SIZE}` };

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Lấy n phần tử đầu (sau "after"); tối đa ${MAX_PAGE_SIZE}, mặc định 50` })
  @IsOptional()
  @IsInt(SIZE)
  @Min(0, SIZE)
  @Max(MAX_PAGE_SIZE, SIZE)
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Con trỏ: lấy các phần tử sau nó (endCursor của trang trước)' })
  @IsOptional()
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Lấy n phần tử cuối (trước "before"); tối đa ${MAX_PAGE_SIZE}` })
  @IsOptional()
  @IsInt(SIZE)
  @Min(0, SIZE)
  @Max(MAX_PAGE_SIZE, SIZE)
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Con trỏ: lấy các phần tử trước nó (startCursor của trang sau)' })
  @IsOptional()
  before?: string | null;
}
