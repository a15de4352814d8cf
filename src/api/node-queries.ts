import { GraphQLError } from 'graphql';
import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context';
import { nodeOf } from './node-lookup';
import { Node } from '../graphql/node';

/** As many ids as a page holds at most. */
const MAX_IDS = 200;

/** Relay's Global Object Identification: any object with an id, read again by it. */
@Resolver()
export class NodeQueries {
  @Authorized()
  @Query(() => Node, {
    nullable: true,
    description:
      'Đối tượng có mã toàn cục này (Relay), như truy vấn của kiểu đó trả lời: mã có @<vị trí> đọc như asOf vị trí đó. Null khi không có đối tượng nào mang mã này; cùng quyền như truy vấn của kiểu.',
  })
  node(@Arg('id', () => ID) id: string, @Ctx() context: GraphQLContext): Promise<Node | null> {
    return nodeOf(context, id);
  }

  @Authorized()
  @Query(() => [Node], {
    nullable: 'items',
    description: `Các đối tượng có các mã toàn cục này, cùng thứ tự (null cho mã không có đối tượng); tối đa ${MAX_IDS} mã.`,
  })
  nodes(@Arg('ids', () => [ID]) ids: string[], @Ctx() context: GraphQLContext): Promise<Node | null>[] {
    if (ids.length > MAX_IDS)
      throw new GraphQLError(`"ids" có tối đa ${MAX_IDS} mã; nhận được ${ids.length}: chia thành nhiều lần hỏi.`, {
        extensions: { code: 'BAD_USER_INPUT' },
      });
    return ids.map((id) => nodeOf(context, id));
  }
}
