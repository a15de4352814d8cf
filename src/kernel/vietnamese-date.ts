/** ISO 2025-07-01 → 01/07/2025, as dates are written in messages to officers. */
export function viDate(iso: string): string {
  const [year, month, day] = iso.slice(0, 10).split('-');
  return `${day}/${month}/${year}`;
}
