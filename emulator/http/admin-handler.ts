// The `/admin` endpoint wx-server-sdk posts every call to (see TCB_CONTEXT_CNFG): database,
// function, storage actions as JSON, and `wx.openApi` as multipart with a protobuf payload.
import { randomUUID } from 'node:crypto';
import type { DatabaseService } from '../database/database-service';
import { FunctionError, type FunctionRunner } from '../functions/function-runner';
import { decodeOpenApiRequest, encodeOpenApiReply } from '../openapi/openapi-codec';
import type { OpenApiService } from '../openapi/openapi-service';
import type { StorageService } from '../storage/storage-service';
import { parseMultipart } from './multipart';

export interface AdminServices {
  database: DatabaseService;
  runner: FunctionRunner;
  openapi: OpenApiService;
  storage: StorageService;
}

export interface HttpReply {
  status: number;
  contentType: string;
  body: Buffer | string;
}

const jsonReply = (value: unknown): HttpReply => ({
  status: 200,
  contentType: 'application/json; charset=utf-8',
  body: JSON.stringify(value),
});

export async function handleAdmin(services: AdminServices, body: Buffer, contentType: string): Promise<HttpReply> {
  const requestId = randomUUID();
  try {
    if (contentType.startsWith('multipart/form-data')) {
      const fields = parseMultipart(body, contentType);
      const action = fields.get('action')?.toString();
      if (action !== 'wx.openApi') throw Object.assign(new Error(`unsupported action ${action}`), { code: 'INVALID_PARAM' });
      const api = fields.get('apiName')?.toString() ?? '';
      const reply = await services.openapi.handle(api, decodeOpenApiRequest(fields.get('requestData') ?? Buffer.alloc(0)));
      return { status: 200, contentType: 'application/octet-stream', body: encodeOpenApiReply(reply.body, reply.contentType) };
    }
    const params = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
    const action = String(params.action ?? '');
    if (action.startsWith('database.')) {
      const data = services.database.handle(action, params);
      // startTransaction is the one reply the SDK reads at the top level ({ transactionId }).
      return jsonReply(action === 'database.startTransaction' ? { requestId, data, ...(data as object) } : { requestId, data });
    }
    if (action.startsWith('storage.')) return jsonReply({ requestId, data: services.storage.handle(action, params) });
    if (action === 'functions.invokeFunction') {
      const event = params.request_data ? JSON.parse(String(params.request_data)) : {};
      // A call from server code (another function, a script) carries no user: no OPENID.
      const result = await services.runner.invoke(String(params.function_name), event, { SOURCE: 'wx_server' });
      return jsonReply({ requestId, data: { response_data: JSON.stringify(result) } });
    }
    return jsonReply({ requestId, code: 'INVALID_PARAM', message: `unsupported action ${action}` });
  } catch (error) {
    const code = error instanceof FunctionError
      ? (error.code === 'FUNCTION_NOT_FOUND' ? 'FUNCTIONS_REQUEST_FAIL' : 'FUNCTIONS_EXECUTE_FAIL')
      : typeof (error as { code?: unknown }).code === 'string'
        ? String((error as { code: string }).code)
        : 'SYS_ERR';
    return jsonReply({ requestId, code, message: error instanceof Error ? error.message : String(error) });
  }
}
