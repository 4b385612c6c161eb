/**
 * The session a server export runs in: no statement limit (the statement lasts as long as the download does), no
 * parallel workers (the other core formats and sends the rows, and parallel plans of this statement build every hash
 * table once a worker), room to sort the parties, the sources and the deals in memory, and no JIT (compiling the
 * statement's expressions costs more than it saves).
 */
export const EXPORT_SESSION = `set statement_timeout = 0; set max_parallel_workers_per_gather = 0; set work_mem = '64MB'; set jit = off; set enable_nestloop = off`;
