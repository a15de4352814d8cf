/** A store's address with any password taken out (`//user:***@host`), for messages and logs. */
export function redacted(address: string): string {
  return address.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
