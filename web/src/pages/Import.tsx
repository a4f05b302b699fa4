// Import page (issue 8 §5): choose or drop report/fact files, upload them one by one to
// POST /api/v1/import (seller and product files first), with upload progress, then each file's
// summary (kind, rows, added, updated, duplicates) and its rejected rows and warnings.
import { useState, type DragEvent } from 'react';
import { invalidate, useApi, type ApiError } from '../api/client.js';
import type { FactCounts, ImportFileSummary } from '../api/types.js';
import { importRank, uploadFile } from '../api/upload.js';
import { pickMessage, useLang, useT } from '../i18n.js';
import { Loader } from '../components/Status.js';

const MARKETPLACES = ['US', 'CA', 'MX', 'UK', 'DE', 'FR', 'IT', 'ES', 'JP'];

type Job =
  | { readonly name: string; readonly state: 'waiting' }
  | { readonly name: string; readonly state: 'uploading'; readonly fraction: number }
  | { readonly name: string; readonly state: 'importing' }
  | { readonly name: string; readonly state: 'done'; readonly summary: ImportFileSummary }
  | { readonly name: string; readonly state: 'failed'; readonly error: ApiError };

function FileResult({ job }: { job: Job }) {
  const t = useT();
  const lang = useLang();
  if (job.state === 'waiting') return <span className="muted">{t('importWaiting')}</span>;
  if (job.state === 'uploading')
    return (
      <span className="progress">
        <progress max={1} value={job.fraction} /> {t('importUploading', { pct: Math.round(job.fraction * 100) })}
      </span>
    );
  if (job.state === 'importing') return <span className="muted">{t('importImporting')}</span>;
  if (job.state === 'failed')
    return (
      <span className="bad" role="alert">
        {pickMessage(lang, job.error)}
      </span>
    );
  const s = job.summary;
  const rejected = s.rejected.length + s.rejectedMore;
  return rejected > 0 ? (
    <span className="bad">{t('importRejectedFile', { count: rejected })}</span>
  ) : (
    <span className="good">{t('importStored')}</span>
  );
}

function Issues({ summary }: { summary: ImportFileSummary }) {
  const t = useT();
  if (summary.rejected.length === 0 && summary.warnings.length === 0) return null;
  return (
    <div className="issues">
      {summary.rejected.length > 0 && (
        <>
          <h4>{t('importRejectedRows')}</h4>
          <ul className="rejected">
            {summary.rejected.map((r, i) => (
              <li key={i}>
                {r.line !== null && <code>{t('importLine', { line: r.line })}</code>}{' '}
                {r.column !== null && <code>{r.column}</code>} {r.reason}
              </li>
            ))}
            {summary.rejectedMore > 0 && <li>{t('importMore', { count: summary.rejectedMore })}</li>}
          </ul>
        </>
      )}
      {summary.warnings.length > 0 && (
        <>
          <h4>{t('importWarnings')}</h4>
          <ul className="warnings">
            {summary.warnings.map((w, i) => (
              <li key={i}>
                {w.line !== null && <code>{t('importLine', { line: w.line })}</code>}{' '}
                {w.column !== null && <code>{w.column}</code>} {w.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

export function ImportPage() {
  const t = useT();
  const lang = useLang();
  const [files, setFiles] = useState<File[]>([]);
  const [marketplace, setMarketplace] = useState('');
  const [jobs, setJobs] = useState<Job[]>([]);
  const [busy, setBusy] = useState(false);
  const counts = useApi<FactCounts>('/facts');

  const choose = (list: FileList | null) => setFiles(list ? [...list] : []);
  const drop = (event: DragEvent) => {
    event.preventDefault();
    choose(event.dataTransfer.files);
  };

  const run = async () => {
    if (files.length === 0) return;
    setBusy(true);
    const ranked = await Promise.all(files.map(async (file, index) => ({ file, index, rank: await importRank(file) })));
    const ordered = ranked.sort((a, b) => a.rank - b.rank || a.index - b.index).map((r) => r.file);
    const update = (i: number, job: Job) => setJobs((all) => all.map((j, k) => (k === i ? job : j)));
    setJobs(ordered.map((f) => ({ name: f.name, state: 'waiting' })));
    for (const [i, file] of ordered.entries()) {
      update(i, { name: file.name, state: 'uploading', fraction: 0 });
      try {
        const summary = await uploadFile(file, {
          marketplace: marketplace || null,
          lang,
          onProgress: (fraction) =>
            update(
              i,
              fraction >= 1
                ? { name: file.name, state: 'importing' }
                : { name: file.name, state: 'uploading', fraction },
            ),
        });
        const first = summary.files[0];
        if (first) update(i, { name: file.name, state: 'done', summary: first });
      } catch (error) {
        update(i, { name: file.name, state: 'failed', error: error as ApiError });
      }
    }
    setBusy(false);
    invalidate();
  };

  return (
    <section className="page import-page">
      <h1>{t('importTitle')}</h1>
      <p className="lead">{t('importLead')}</p>
      <div className="card">
        <div className="dropzone" onDragOver={(e) => e.preventDefault()} onDrop={drop}>
          <label htmlFor="import-files">{t('importChoose')}</label>
          <input id="import-files" type="file" multiple onChange={(e) => choose(e.target.files)} />
          <p className="hint">{t('importDropHint')}</p>
        </div>
        <div className="row">
          <label>
            {t('marketplace')}{' '}
            <select value={marketplace} onChange={(e) => setMarketplace(e.target.value)} id="import-marketplace">
              <option value="">{t('importFromFile')}</option>
              {MARKETPLACES.map((m) => (
                <option key={m} value={m}>
                  {m}
                </option>
              ))}
            </select>
          </label>
          <button type="button" id="import-run" disabled={busy || files.length === 0} onClick={() => void run()}>
            {busy ? t('importRunning') : t('importButton', { count: files.length })}
          </button>
        </div>
      </div>
      {jobs.length > 0 && (
        <div className="card">
          <h2>{t('importResults')}</h2>
          <div className="table-scroll">
            <table className="data" id="import-results">
              <thead>
                <tr>
                  <th>{t('importFile')}</th>
                  <th>{t('importStatus')}</th>
                  <th>{t('importKind')}</th>
                  <th className="n">{t('importRows')}</th>
                  <th className="n">{t('importAdded')}</th>
                  <th className="n">{t('importUpdated')}</th>
                  <th className="n">{t('importDuplicates')}</th>
                </tr>
              </thead>
              <tbody>
                {jobs.map((job, i) => {
                  const s = job.state === 'done' ? job.summary : null;
                  return (
                    <tr key={i} data-file={job.name} data-state={job.state}>
                      <td>
                        <code>{job.name}</code>
                        {s && <Issues summary={s} />}
                      </td>
                      <td>
                        <FileResult job={job} />
                      </td>
                      <td>{s?.kind ?? '—'}</td>
                      <td className="n">{s?.rows ?? ''}</td>
                      <td className="n">{s?.added ?? ''}</td>
                      <td className="n">{s?.updated ?? ''}</td>
                      <td className="n">{s?.duplicates ?? ''}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </div>
      )}
      <div className="card">
        <h2>{t('importCounts')}</h2>
        <Loader loaded={counts} what={t('importCounts')} path="/facts">
          {(doc) => (
            <table className="data compact" id="fact-counts">
              <tbody>
                {Object.entries(doc.counts).map(([kind, n]) => (
                  <tr key={kind} data-kind={kind}>
                    <td>
                      <code>{kind}</code>
                    </td>
                    <td className="n">{n.toLocaleString(lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Loader>
      </div>
    </section>
  );
}
