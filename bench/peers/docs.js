// Shared by the peer scripts: reads the documents corpus_bench reads and
// times one pass over them in process CPU time.
//
//   node <peer>.js [--max-mb N] [--repeat N] [--pipeline NAME] FILE.jsonl...
//
// FILE.jsonl: one {"id","text"} object a line (the corpus_bench input).
// --max-mb N keeps the first documents, in file order, up to N * 10^6 bytes
// of UTF-8 text (0: all). Each pass is timed with process.cpuUsage() (user +
// system CPU of the whole node process, so the garbage collector's threads
// count too); the figure printed is the median of --repeat passes.
'use strict';

const fs = require('fs');

function parseArgs(argv, pipelines) {
  const a = {maxMb: 0, repeat: 1, pipeline: pipelines[0], paths: []};
  for (let i = 0; i < argv.length; ++i) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) usage(pipelines, `${arg} needs a value`);
      return argv[++i];
    };
    if (arg === '--max-mb') {
      a.maxMb = Number(value());
    } else if (arg === '--repeat') {
      a.repeat = Math.max(1, Math.floor(Number(value())));
    } else if (arg === '--pipeline') {
      a.pipeline = value();
      if (!pipelines.includes(a.pipeline)) usage(pipelines, 'bad --pipeline');
    } else if (arg.startsWith('-')) {
      usage(pipelines, `unknown option ${arg}`);
    } else {
      a.paths.push(arg);
    }
  }
  if (!(a.maxMb >= 0) || a.paths.length === 0) usage(pipelines, 'no input');
  return a;
}

function usage(pipelines, why) {
  process.stderr.write(
      `${why}\nusage: node ${process.argv[1]} [--max-mb N] [--repeat N] ` +
      `[--pipeline ${pipelines.join('|')}] FILE.jsonl...\n`);
  process.exit(2);
}

// The texts of every JSONL line, in order, up to maxMb (0: no cap).
function readDocs(paths, maxMb) {
  const cap = maxMb > 0 ? maxMb * 1e6 : Infinity;
  const texts = [];
  let bytes = 0;
  for (const path of paths) {
    const lines = fs.readFileSync(path, 'utf8').split('\n');
    for (const line of lines) {
      if (line.trim() === '') continue;
      let text;
      try {
        text = JSON.parse(line).text;
      } catch (e) {
        continue;  // corpus_bench skips bad lines too
      }
      if (typeof text !== 'string') continue;
      const n = Buffer.byteLength(text, 'utf8');
      if (texts.length > 0 && bytes + n > cap) return {texts, bytes};
      texts.push(text);
      bytes += n;
    }
  }
  return {texts, bytes};
}

function median(v) {
  const s = v.slice().sort((x, y) => x - y);
  const n = s.length;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

// Runs processDoc(text) -> {count: n, ...} over every document `repeat`
// times and prints one JSON line: bytes, CPU seconds (median), counts of the
// last pass.
function run(peer, pipeline, args, processDoc) {
  const {texts, bytes} = readDocs(args.paths, args.maxMb);
  const cpu = [];
  const wall = [];
  let counts = {};
  for (let r = 0; r < args.repeat; ++r) {
    const pass = {};
    const w0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    for (const text of texts) {
      const c = processDoc(text);
      for (const k in c) pass[k] = (pass[k] || 0) + c[k];
    }
    const c = process.cpuUsage(c0);
    wall.push(Number(process.hrtime.bigint() - w0) / 1e9);
    cpu.push((c.user + c.system) / 1e6);
    counts = pass;
  }
  const cpuS = median(cpu);
  process.stdout.write(JSON.stringify({
    peer,
    pipeline,
    node: process.version,
    docs: texts.length,
    bytes,
    repeat: args.repeat,
    cpu_s: cpuS,
    wall_s: median(wall),
    cpu_s_runs: cpu,
    mb_per_s: bytes / 1e6 / cpuS,
    counts,
  }) + '\n');
}

module.exports = {parseArgs, run};
