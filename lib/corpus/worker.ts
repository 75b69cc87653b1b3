/** A corpus worker thread: writes one range of agencies and reports progress, then its summary. */
import { parentPort, workerData } from "node:worker_threads";
import { writeRange, type RangeJob } from "./generate";

const job = workerData as RangeJob;
const summary = writeRange(job, (documents, agencies) => parentPort?.postMessage({ documents, agencies }));
parentPort?.postMessage({ documents: summary.documents, agencies: summary.agencies, summary });
