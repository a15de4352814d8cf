import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  ObjectType,
  Resolver,
  Root,
  Subscription,
  type SubscribeResolverData,
} from 'type-graphql';
import type { RecordedEvent } from '../../eventstore/port';
import type { GraphQLContext } from '../../graphql/context';
import { readAsOf, type ModelsAt } from '../../graphql/models-at';
import { dossierAt, inboxAt } from './dossier-reads';
import { DossierGql } from './dossier-types';

@ObjectType('DossierInboxChange', { description: 'Một bước của một hồ sơ gửi đến nơi nhận, khi nó được ghi.' })
export class DossierInboxChangeGql {
  @Field(() => Int) position!: number;
  @Field({ description: 'Submitted, Resubmitted, Received, Returned, ItemAppraised, Forwarded, Decided…' }) step!: string;
  @Field(() => ID) dossierId!: string;
  @Field() recordedAt!: Date;
  addresseeId!: string;
}

type Args = { addresseeId: string };
type Data = SubscribeResolverData<unknown, Args, GraphQLContext>;

/** The change a dossier event makes to the inbox asked for, or undefined: the dossier, as just applied, is addressed elsewhere or still with its proposer. */
function changeOf(event: RecordedEvent, { addresseeId }: Args, present: ModelsAt): DossierInboxChangeGql | undefined {
  if (!event.type.startsWith('Dossier')) return undefined;
  const { dossierId } = event.data as { dossierId: string };
  const dossier = dossierAt(present, dossierId);
  if (!dossier?.proposer || dossier.addressee?.id !== addresseeId) return undefined;
  const step = event.type.slice('Dossier'.length);
  // A dossier with its proposer (drafted, or returned and being mended) is the proposer's own work until it is sent.
  if (dossier.status === 'DRAFT' || (dossier.status === 'RETURNED' && step !== 'Returned')) return undefined;
  return {
    position: event.position,
    step,
    dossierId,
    recordedAt: new Date(event.recordedAt),
    addresseeId,
  };
}

/** An addressee's live inbox over graphql-ws: each step of a dossier sent to it, with the dossier and the inbox as they then stand. */
@Resolver(() => DossierInboxChangeGql)
export class DossierLive {
  @Authorized()
  @Subscription(() => DossierInboxChangeGql, {
    description: 'Hộp hồ sơ đến của một nơi nhận, trực tiếp: mỗi bước của một hồ sơ gửi đến nơi đó khi nó được ghi.',
    subscribe: (data: Data) => {
      const present = readAsOf(data.context, null);
      return data.context.live.subscribe((event) => changeOf(event, data.args, present));
    },
  })
  dossierInboxChanged(@Root() change: DossierInboxChangeGql, @Arg('addresseeId', () => ID) _addresseeId: string): DossierInboxChangeGql {
    return change;
  }

  @FieldResolver(() => DossierGql, { nullable: true, description: 'Hồ sơ khi thay đổi được gửi đi.' })
  dossier(@Root() change: DossierInboxChangeGql, @Ctx() context: GraphQLContext): DossierGql | null {
    return dossierAt(readAsOf(context, null), change.dossierId);
  }

  @FieldResolver(() => [DossierGql], { description: 'Các hồ sơ đang chờ tiếp nhận hoặc thẩm định ở nơi nhận, khi thay đổi được gửi đi.' })
  inbox(@Root() change: DossierInboxChangeGql, @Ctx() context: GraphQLContext): DossierGql[] {
    return inboxAt(readAsOf(context, null), change.addresseeId);
  }
}
