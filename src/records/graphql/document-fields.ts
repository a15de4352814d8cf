import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { readAt } from '../../graphql/models-at';
import { Document, DocumentRelationGql } from './document-types';
import { documentAt, documentRelationsAt } from './records-reads';

/** The chain of amendments, replacements and implementations, read both ways at the document's own position. */
@Resolver(() => Document)
export class DocumentChainFields {
  @FieldResolver(() => [DocumentRelationGql], { description: 'Các văn bản mà văn bản này sửa đổi, thay thế hoặc thực hiện.' })
  relations(@Root() document: Document, @Ctx() context: GraphQLContext): DocumentRelationGql[] {
    return document.documentId ? documentRelationsAt(readAt(context, document), document.documentId, 'from') : [];
  }

  @FieldResolver(() => [DocumentRelationGql], { description: 'Các văn bản sửa đổi, thay thế hoặc thực hiện văn bản này.' })
  relatedBy(@Root() document: Document, @Ctx() context: GraphQLContext): DocumentRelationGql[] {
    return document.documentId ? documentRelationsAt(readAt(context, document), document.documentId, 'to') : [];
  }
}

@Resolver(() => DocumentRelationGql)
export class DocumentRelationFields {
  @FieldResolver(() => Document, { nullable: true, description: 'Văn bản ở đầu kia của quan hệ' })
  document(@Root() relation: DocumentRelationGql, @Ctx() context: GraphQLContext): Document | null {
    return documentAt(readAt(context, relation), relation.documentId);
  }
}
