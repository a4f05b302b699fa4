// Uploads one file to POST /api/v1/import (the raw file as the body) with upload progress, which
// fetch() cannot report; XMLHttpRequest can.
import { API, ApiError, authHeaders } from './client.js';
import type { ImportSummary } from './types.js';

export interface UploadOptions {
  readonly marketplace: string | null;
  readonly lang: string;
  readonly onProgress: (fraction: number) => void;
}

export function uploadFile(file: File, options: UploadOptions): Promise<ImportSummary> {
  const query = new URLSearchParams({ filename: file.name, lang: options.lang });
  if (options.marketplace) query.set('marketplace', options.marketplace);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${API}/import?${query.toString()}`);
    for (const [name, value] of Object.entries(authHeaders())) xhr.setRequestHeader(name, value);
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress(event.loaded / event.total);
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK', 'network error', '网络错误'));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // not JSON
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(body as ImportSummary);
        return;
      }
      const error = (body as { error?: { code: string; message: string; messageZh: string } } | null)?.error;
      reject(
        new ApiError(
          xhr.status,
          error?.code ?? `HTTP_${xhr.status}`,
          error?.message ?? xhr.statusText,
          error?.messageZh ?? xhr.statusText,
          body,
        ),
      );
    };
    xhr.send(file);
  });
}

/**
 * Import order of several files, as `clearway import` orders a folder: seller facts first, then
 * products (later files look their SKUs up in them), then everything else; judged from the header.
 */
export async function importRank(file: File): Promise<number> {
  const head = (await file.slice(0, 4096).text()).split(/\r?\n/, 1)[0]?.toLowerCase() ?? '';
  const columns = head.split(/[,\t]/).map((c) => c.trim().replace(/^"|"$/g, ''));
  if (columns.includes('selling_plan')) return 0;
  if (columns[0] === 'sku' && columns.includes('asin') && columns.includes('unit_cost')) return 1;
  return 2;
}
