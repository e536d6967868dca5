// multipart/form-data bodies (how the SDK sends `wx.openApi` calls), read by busboy. The SDK sends its
// protobuf payload as a Buffer part (application/octet-stream), which busboy hands over as bytes.
import busboy from 'busboy';

const MAX_PARTS = 16;

export class MultipartError extends Error {}

/** Every part by name, as bytes; rejects a malformed body, or one with too many or too large parts. */
export function parseMultipart(body: Buffer, contentType: string): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: { 'content-type': contentType }, limits: { parts: MAX_PARTS, fieldSize: body.length, fileSize: body.length } });
    } catch (error) {
      return reject(new MultipartError(error instanceof Error ? error.message : String(error)));
    }
    const fields = new Map<string, Buffer>();
    const fail = (message: string) => () => reject(new MultipartError(message));
    parser.on('field', (name, value) => fields.set(name, Buffer.from(value, 'utf8')));
    parser.on('file', (name, stream) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => fields.set(name, Buffer.concat(chunks)));
    });
    parser.on('partsLimit', fail('too many parts'));
    parser.on('error', (error: unknown) => reject(new MultipartError(error instanceof Error ? error.message : String(error))));
    parser.on('close', () => resolve(fields));
    parser.end(body);
  });
}
