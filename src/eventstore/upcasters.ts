import type { EventMetadata, EventToAppend, RecordedEvent } from './port';

/** Turns an event's data from one schema version of its type into the next. */
export interface Upcaster {
  type: string;
  fromVersion: number;
  upcast(data: unknown): unknown;
}

/** The version of an event's shape, kept in its metadata; events written before a type had upcasters are version 1. */
const versionOf = (metadata: EventMetadata): number => (typeof metadata.schemaVersion === 'number' ? metadata.schemaVersion : 1);

/**
 * Every upcaster the service knows, registered in one place by the composition root: the store
 * knows no domain. Reads bring each event to its type's current version; writes stamp it.
 */
export class Upcasters {
  private readonly byType = new Map<string, Map<number, Upcaster>>();

  constructor(upcasters: readonly Upcaster[]) {
    for (const upcaster of upcasters) {
      let chain = this.byType.get(upcaster.type);
      if (!chain) {
        chain = new Map();
        this.byType.set(upcaster.type, chain);
      }
      chain.set(upcaster.fromVersion, upcaster);
    }
  }

  /** The version new events of this type are written in: one past its last upcaster. */
  currentVersion(type: string): number {
    const chain = this.byType.get(type);
    return chain ? Math.max(...chain.keys()) + 1 : 1;
  }

  /** An event to append with its schema version stamped when its type has ever changed shape. */
  stamp(event: EventToAppend): EventToAppend {
    const version = this.currentVersion(event.type);
    return version === 1 ? event : { ...event, metadata: { ...event.metadata, schemaVersion: version } };
  }

  /**
   * The event in its type's current shape. What the store holds stays in `stored`, because the
   * audit chain covers those bytes: upcasting changes what readers see, never what is verified.
   */
  upcast(event: RecordedEvent): RecordedEvent {
    const chain = this.byType.get(event.type);
    if (!chain) return event;
    let data = event.data;
    for (let version = versionOf(event.metadata); chain.has(version); version += 1) data = chain.get(version)!.upcast(data);
    return data === event.data ? event : { ...event, data, stored: { data: event.stored?.data ?? event.data } };
  }
}
