import net from 'node:net';

/** The address cannot be listened on; the message says why in one line an operator can act on. */
export class CannotListenError extends Error {
  constructor(host: string, port: number, code: string | undefined) {
    super(
      code === 'EADDRINUSE'
        ? `Cổng ${port} trên ${host} đang được một tiến trình khác dùng: dừng tiến trình đó hoặc đặt PORT khác.`
        : code === 'EACCES'
          ? `Không được phép mở cổng ${port} trên ${host}: chọn cổng từ 1024 trở lên hoặc chạy với quyền phù hợp.`
          : code === 'EADDRNOTAVAIL'
            ? `Máy này không có địa chỉ ${host}: đặt HOST là một địa chỉ của máy (127.0.0.1, 0.0.0.0, ...).`
            : `Không mở được cổng ${port} trên ${host} (${code ?? 'lỗi không rõ'}).`,
    );
    this.name = 'CannotListenError';
  }
}

/** Turns a listen error into CannotListenError; anything else is passed on. */
export function asListenError(error: unknown, host: string, port: number): Error {
  const code = (error as NodeJS.ErrnoException).code;
  return code && ['EADDRINUSE', 'EACCES', 'EADDRNOTAVAIL'].includes(code) ? new CannotListenError(host, port, code) : (error as Error);
}

/**
 * Tries the address before anything else is opened: a port taken by another process is said in
 * one line, without touching the store. (Another process can still take the port in between;
 * the real listen reports that the same way.)
 */
export async function checkCanListen(host: string, port: number): Promise<void> {
  if (port === 0) return;
  const probe = net.createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', (error) => reject(asListenError(error, host, port)));
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve()));
  });
}
