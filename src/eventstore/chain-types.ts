/** The chain's shapes that the port names too: here, apart from chain.ts, so that the port needs none of its code. */

/** The last link of the chain: where the next append continues from. */
export interface ChainHead {
  position: number;
  hash: string;
}

export interface ChainBreak {
  position: number;
  problem: 'MISSING_EVENT' | 'HASH_MISMATCH' | 'PREVIOUS_HASH_MISMATCH' | 'OUT_OF_ORDER';
  message: string;
}

/** What a store's own chain scan is asked: from a trusted link (or the start) to the head it sees. */
export interface ChainScanRequest {
  start?: ChainHead;
  /** Events of this type come back parsed (the signed checkpoints, which the verifier checks). */
  checkpointType: string;
  /** Positions whose links come back (the checkpoints an auditor kept). */
  keptPositions: number[];
  /** Worker threads to share the scan; 0 scans on the calling thread. */
  workers: number;
}

/** A scan's outcome: as `ChainVerifier` over the same events in order would leave it, with what the verifier needs beyond links. */
export interface ChainScan {
  firstBreak: ChainBreak | null;
  checked: number;
  head: ChainHead;
  /** The checkpoint events verified, in order, with their own link. */
  checkpoints: { position: number; hash: string; data: unknown }[];
  /** The links at the kept positions verified. */
  links: [position: number, hash: string][];
}
