import { Field, Int, ObjectType, type ClassType } from 'type-graphql';

@ObjectType({ description: 'Relay: vị trí của trang trong danh sách.' })
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field() hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Page<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A Relay connection type of `node`s: edges with cursors, the nodes alone, page info, and the count of all matches. */
export function Connection<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field() cursor!: string;
    @Field(() => node) node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `Một trang ${name} (Relay: first/after hoặc last/before).` })
  class ConnectionType implements Page<T> {
    @Field(() => [EdgeType]) edges!: Edge<T>[];
    @Field(() => [node], { description: 'Các phần tử của trang, không kèm con trỏ' }) nodes!: T[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int, { description: 'Số phần tử khớp bộ lọc, trên mọi trang' }) totalCount!: number;
  }
  return ConnectionType;
}
