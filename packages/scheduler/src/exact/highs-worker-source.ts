// The worker that runs HiGHS. It is JavaScript in a string, started with `eval: true`, because the
// same code must run under Jest (TypeScript sources, which a worker thread cannot load) and from
// dist. It loads HiGHS once, then solves one model per message, with plain arrays in and out.
export const HIGHS_WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const ready = require(workerData.highsPath)({ wasmModule: workerData.wasmModule });
parentPort.on('message', ({ model, timeLimitSeconds }) => {
  ready.then((highs) => {
    const values = new Float64Array(model.rowColumns.length).fill(1);
    const solver = highs.createModel({
      numCols: model.numCols,
      numRows: model.numRows,
      sense: highs.constants.objectiveSense.maximize,
      colCost: model.colCost,
      colLower: new Float64Array(model.numCols),
      colUpper: model.colUpper,
      rowLower: new Float64Array(model.numRows).fill(-highs.infinity),
      rowUpper: model.rowUpper,
      matrix: { format: 'csr', numRows: model.numRows, numCols: model.numCols, starts: model.rowStarts, indices: model.rowColumns, values },
      integrality: new Int32Array(model.numCols).fill(highs.constants.variableType.integer),
    });
    try {
      solver.options.set({ output_flag: false, time_limit: timeLimitSeconds, mip_rel_gap: 0, mip_abs_gap: 0.5 });
      solver.run();
      const status = solver.getModelStatus();
      const codes = highs.constants.modelStatus;
      const name = status === codes.optimal ? 'optimal' : status === codes.timeLimit ? 'time-limit' : 'failed';
      let columns = [];
      try { columns = Array.from(solver.getSolution().colValue); } catch (error) { columns = []; }
      parentPort.postMessage({ status: name, objective: solver.getObjectiveValue(), columns });
    } finally {
      solver.dispose();
    }
  }).catch((error) => parentPort.postMessage({ status: 'failed', error: String(error) }));
});
`;
