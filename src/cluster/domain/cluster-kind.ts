/** Cụm thi đua (by geography) or Khối thi đua (by function): the same thing to the rules. */
export enum ClusterKind {
  /** Cụm thi đua */
  CLUSTER = 'CLUSTER',
  /** Khối thi đua */
  BLOC = 'BLOC',
}

/** The words for a group and its offices, as officers write them: Cụm, Cụm trưởng, Cụm phó; Khối, Khối trưởng, Khối phó. */
export interface KindWords {
  group: string;
  chair: string;
  viceChair: string;
}

export function wordsFor(kind: ClusterKind | null | undefined): KindWords {
  const group = kind === ClusterKind.BLOC ? 'Khối' : 'Cụm';
  return { group, chair: `${group} trưởng`, viceChair: `${group} phó` };
}

/**
 * A message about a group in the words of its kind: the rules write "Cụm", "Cụm trưởng", "Cụm phó";
 * for a bloc an officer reads "Khối", "Khối trưởng", "Khối phó" ("Cụm/Khối" stays as it is).
 */
export function inWordsOf(kind: ClusterKind | null | undefined, message: string): string {
  return kind === ClusterKind.BLOC ? message.replace(/Cụm(?!\/Khối)/g, 'Khối') : message;
}
