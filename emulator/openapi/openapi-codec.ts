// The protobuf envelope of `wx.openApi` calls, as defined inside wx-server-sdk:
// request CommApiData { apiType = 1; openapiData = 2 { repeated pairs = 1 { key = 1; value = 2 } }; appid = 6 }
// reply   CommOpenApiResp { respData = 1; contentType = 2; errorCode = 3; httpCode = 4 }
import protobuf from 'protobufjs';
import { parseBoundedJson } from '../json/bounded-json';

const root = protobuf.Root.fromJSON({
  nested: {
    KeyValuePair: { fields: { key: { type: 'string', id: 1 }, value: { type: 'bytes', id: 2 } } },
    OpenApiData: { fields: { pairs: { rule: 'repeated', type: 'KeyValuePair', id: 1 } } },
    CommApiData: {
      fields: {
        apiType: { type: 'int32', id: 1 },
        openapiData: { type: 'OpenApiData', id: 2 },
        appid: { type: 'string', id: 6 },
      },
    },
    CommOpenApiResp: {
      fields: {
        respData: { type: 'bytes', id: 1 },
        contentType: { type: 'string', id: 2 },
        errorCode: { type: 'int32', id: 3 },
        httpCode: { type: 'uint32', id: 4 },
      },
    },
  },
});
const CommApiData = root.lookupType('CommApiData');
const CommOpenApiResp = root.lookupType('CommOpenApiResp');

/** The call's parameters as the SDK sent them (snake_case keys, JSON values). */
export function decodeOpenApiRequest(bytes: Buffer): Record<string, unknown> {
  const message = CommApiData.toObject(CommApiData.decode(bytes), { bytes: Buffer }) as {
    openapiData?: { pairs?: { key: string; value: Buffer }[] };
  };
  const params: Record<string, unknown> = {};
  for (const pair of message.openapiData?.pairs ?? []) {
    const text = Buffer.from(pair.value).toString('utf8');
    try {
      params[pair.key] = parseBoundedJson(text);
    } catch {
      params[pair.key] = text;
    }
  }
  return params;
}

export function encodeOpenApiReply(body: Buffer, contentType: string): Buffer {
  const message = CommOpenApiResp.create({ respData: body, contentType, httpCode: 200 });
  return Buffer.from(CommOpenApiResp.encode(message).finish());
}
