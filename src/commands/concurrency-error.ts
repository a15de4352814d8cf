/** The stream kept changing under the command: every bounded retry lost the race. */
export class ConcurrencyConflictError extends Error {
  readonly code = 'CONCURRENCY_CONFLICT';
  constructor(
    readonly stream: string,
    readonly attempts: number,
  ) {
    super(`Dữ liệu "${stream}" đang được người khác cập nhật liên tục; đã thử ${attempts} lần, hãy gửi lại sau ít phút.`);
    this.name = 'ConcurrencyConflictError';
  }
}
