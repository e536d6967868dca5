// The `/admin/<secret>` endpoint wx-server-sdk posts every call to (see TCB_CONTEXT_CNFG): database,
// function, storage actions as JSON, and `wx.openApi` as multipart with a protobuf payload. Replies
// follow the SDK's protocol: 200 with `{ code, message }` for a failure, which the SDK throws.
import { randomUUID } from 'node:crypto';
import type { DatabaseService } from '../database/database-service';
import { FunctionError, type FunctionRunner } from '../functions/function-runner';
import { JsonInputError, parseJsonObject } from '../json/bounded-json';
import { decodeOpenApiRequest, encodeOpenApiReply } from '../openapi/openapi-codec';
import type { OpenApiService } from '../openapi/openapi-service';
import type { StorageService } from '../storage/storage-service';
import { type HttpReply, jsonReply } from './http-reply';
import { MultipartError, parseMultipart } from './multipart';

export interface AdminServices {
  database: DatabaseService;
  runner: FunctionRunner;
  openapi: OpenApiService;
  storage: StorageService;
}

/** The largest body the SDK may post (a batch of documents, an import). */
export const MAX_ADMIN_BODY = 20 * 1024 * 1024;

const invalidParam = (message: string): Error => Object.assign(new Error(message), { code: 'INVALID_PARAM' });

/** A JSON object from the caller, or INVALID_PARAM. */
function jsonObject(text: string, what: string): Record<string, unknown> {
  try {
    return parseJsonObject(text);
  } catch (error) {
    if (error instanceof JsonInputError) throw invalidParam(`${what}: ${error.message}`);
    throw error;
  }
}

async function openApi(services: AdminServices, body: Buffer, contentType: string): Promise<HttpReply> {
  let fields: Map<string, Buffer>;
  try {
    fields = await parseMultipart(body, contentType);
  } catch (error) {
    if (error instanceof MultipartError) throw invalidParam(`malformed multipart body: ${error.message}`);
    throw error;
  }
  const action = fields.get('action')?.toString();
  if (action !== 'wx.openApi') throw invalidParam(`unsupported action ${action}`);
  const api = fields.get('apiName')?.toString() ?? '';
  const reply = await services.openapi.handle(api, decodeOpenApiRequest(fields.get('requestData') ?? Buffer.alloc(0)));
  return { status: 200, contentType: 'application/octet-stream', body: encodeOpenApiReply(reply.body, reply.contentType) };
}

export async function handleAdmin(services: AdminServices, body: Buffer, contentType: string): Promise<HttpReply> {
  const requestId = randomUUID();
  try {
    if (contentType.toLowerCase().startsWith('multipart/form-data')) return await openApi(services, body, contentType);
    const params = jsonObject(body.toString('utf8'), 'request body');
    const action = String(params.action ?? '');
    if (action.startsWith('database.')) {
      const data = services.database.handle(action, params);
      // startTransaction is the one reply the SDK reads at the top level ({ transactionId }).
      return jsonReply(200, action === 'database.startTransaction' ? { requestId, data, ...(data as object) } : { requestId, data });
    }
    if (action.startsWith('storage.')) return jsonReply(200, { requestId, data: services.storage.handle(action, params) });
    if (action === 'functions.invokeFunction') {
      const event = params.request_data ? jsonObject(String(params.request_data), 'request_data') : {};
      // A call from server code (another function, a script) carries no user: no OPENID.
      const result = await services.runner.invoke(String(params.function_name), event, { SOURCE: 'wx_server' });
      return jsonReply(200, { requestId, data: { response_data: JSON.stringify(result) } });
    }
    return jsonReply(200, { requestId, code: 'INVALID_PARAM', message: `unsupported action ${action}` });
  } catch (error) {
    const code = error instanceof FunctionError
      ? (error.code === 'FUNCTION_NOT_FOUND' ? 'FUNCTIONS_REQUEST_FAIL' : 'FUNCTIONS_EXECUTE_FAIL')
      : typeof (error as { code?: unknown })?.code === 'string'
        ? String((error as { code: string }).code)
        : 'SYS_ERR';
    return jsonReply(200, { requestId, code, message: error instanceof Error ? error.message : String(error) });
  }
}
