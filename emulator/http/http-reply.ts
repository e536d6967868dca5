// What every route answers with, and the error a route throws to answer a caller's mistake (never a 500).

export interface HttpReply {
  status: number;
  contentType: string;
  body: Buffer | string;
  headers?: Record<string, string>;
}

export const jsonReply = (status: number, value: unknown, headers?: Record<string, string>): HttpReply => ({
  status,
  contentType: 'application/json; charset=utf-8',
  body: JSON.stringify(value),
  headers,
});

/** WeChat's errCode for a bad parameter, which the gateway answers every malformed request with. */
export const INVALID_PARAM_ERRCODE = -501007;

/** A caller's mistake, answered with `status` and a JSON body; the message is what a person may read. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
  ) {
    super(String(body.errMsg ?? body.message ?? status));
  }

  reply(): HttpReply {
    // The connection may still hold an unread body: close it rather than read on.
    return jsonReply(this.status, this.body, { connection: 'close' });
  }
}

/** A malformed request to the gateway, with the Chinese message a person may see. */
export const badRequest = (errMsg: string, status = 400): HttpError => new HttpError(status, { errCode: INVALID_PARAM_ERRCODE, errMsg });
