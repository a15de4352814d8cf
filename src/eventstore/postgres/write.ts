import type pg from 'pg';
import { storedText, type ChainedEvent, type ChainHead } from '../chain';
import type { Tables } from './schema';

/** What the one-statement append assumed: the head and each stream's last revision (-1: no event), checked under the head lock. */
export interface Assumed {
  head: ChainHead;
  streams: string[];
  revisions: number[];
}

/**
 * The group's rows as one JSON document for `json_to_recordset`, with data and metadata spliced in
 * as the very text the link covers: a `json` column keeps that text verbatim, so the store holds
 * the bytes its chain scan hashes. One native JSON.stringify per row replaces the client's escaping
 * of nine array parameters, which took more of an append's time than the server's insert.
 */
function rowsDocument(events: ChainedEvent[]): string {
  return `[${events
    .map((event) => {
      const text = event.text ?? storedText(event);
      const { position, id, stream, revision, type, recordedAt, metadata } = event;
      const fields = JSON.stringify({ position, id, stream, revision, type, recorded_at: recordedAt, hash: metadata.hash });
      return `${fields.slice(0, -1)},"data":${text.data},"metadata":${text.metadata}}`;
    })
    .join(',')}]`;
}

/**
 * Opens the write transaction: lock the head, read the streams' last revisions (one simple query;
 * stream names go in as escaped literals, since a simple query may hold several statements but no
 * parameters). Nobody else can number events until this transaction ends.
 */
export async function lockHead(
  client: pg.ClientBase,
  tables: Tables,
  streams: string[],
): Promise<{ head: ChainHead; last: Map<string, number> }> {
  const names = [...new Set(streams)].map((stream) => client.escapeLiteral(stream)).join(', ');
  const [, locked, revisions] = (await client.query(
    `BEGIN;
     SELECT position, hash FROM ${tables.head} FOR UPDATE;
     SELECT s.stream, (SELECT revision FROM ${tables.events} e WHERE e.stream = s.stream ORDER BY revision DESC LIMIT 1) AS revision
     FROM unnest(ARRAY[${names}]::text[]) AS s(stream);`,
  )) as unknown as [unknown, pg.QueryResult<ChainHead>, pg.QueryResult<{ stream: string; revision: number | null }>];
  return { head: locked.rows[0], last: new Map(revisions.rows.map((row) => [row.stream, row.revision ?? -1])) };
}

/** The part of the write statement that checks an assumption under the head lock (see `write`). */
const assumptionHolds = (tables: Tables) => `(SELECT position = $6 AND hash = $7 FROM ${tables.head} FOR UPDATE)
         AND NOT EXISTS (
           SELECT 1 FROM json_to_recordset($8::json) AS s(stream text, revision integer)
           WHERE s.revision <> coalesce((SELECT revision FROM ${tables.events} e WHERE e.stream = s.stream ORDER BY revision DESC LIMIT 1), -1))`;

const assumedValues = (assumed: Assumed) => [
  assumed.head.position,
  assumed.head.hash,
  JSON.stringify(assumed.streams.map((stream, i) => ({ stream, revision: assumed.revisions[i] }))),
];

/**
 * One statement for the whole group: insert, move the head, notify (delivered on commit). With
 * `assumed`, the statement itself takes the head lock and writes only if the head and the
 * streams' last revisions are what the group was numbered against; outside a transaction it then
 * commits on its own. Says whether it wrote.
 */
export async function write(client: pg.ClientBase, tables: Tables, events: ChainedEvent[], assumed?: Assumed): Promise<boolean> {
  const tip = events.at(-1);
  const moved = tip ? { position: tip.position, hash: tip.metadata.hash as string } : assumed!.head;
  const { rowCount } = await client.query({
    name: assumed ? 'thidua-append-assumed' : 'thidua-append',
    text: `WITH assumed AS (SELECT ${assumed ? assumptionHolds(tables) : 'true'} AS holds),
       inserted AS (
         INSERT INTO ${tables.events} (position, id, stream, revision, type, data, metadata, recorded_at, hash)
         SELECT position, id, stream, revision, type, data, metadata, recorded_at, hash
         FROM json_to_recordset($1::json)
           AS t(position bigint, id text, stream text, revision integer, type text, data json, metadata json, recorded_at text, hash text)
         WHERE (SELECT holds FROM assumed)
       ), moved AS (
         UPDATE ${tables.head} SET position = $2, hash = $3 WHERE (SELECT holds FROM assumed)
       )
       SELECT pg_notify($4, $5) FROM assumed WHERE holds`,
    values: [
      rowsDocument(events),
      moved.position,
      moved.hash,
      tables.channel,
      String(moved.position),
      ...(assumed ? assumedValues(assumed) : []),
    ],
  });
  return rowCount === 1;
}
