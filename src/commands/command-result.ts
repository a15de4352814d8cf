/** What the caller learns about its command's effect. */
export interface CommandResult {
  commandId: string;
  stream: string;
  /** Global position of the last event written: read models answer the caller once they reach it. */
  position: number;
  /** Revision of the stream's last event. */
  revision: number;
  /** Types of the events the command appended (the first time it ran). */
  eventTypes: string[];
  /** True when the command had already run and this answer repeats its first result. */
  duplicate: boolean;
}
