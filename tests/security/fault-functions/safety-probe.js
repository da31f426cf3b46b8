// Probe function for tests/security/safety.test.ts (copied into a suite's functions folder, never deployed).
// event.mode:
//   env     what the function's environment holds, and a real database read through the SDK
//   tamper  set (or delete) TCB_CONTEXT_CNFG / TENCENTCLOUD_RUNENV, or init another env, then read; restores after
//   egress  try to reach the outside in many ways; reports how each attempt ended and how long it took
const cloud = require('wx-server-sdk');
const net = require('net');
const tls = require('tls');
const http = require('http');
const https = require('https');
const http2 = require('http2');
const dns = require('dns');
const dgram = require('dgram');
const { Worker } = require('worker_threads');

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });

const PUBLIC_IP = '203.0.113.1'; // TEST-NET-3: documentation range, never a real service
const toPublic = (_host, opts, cb) => (opts && opts.all ? cb(null, [{ address: PUBLIC_IP, family: 4 }]) : cb(null, PUBLIC_IP, 4));

function outcome(err) {
  const blocked =
    !!err &&
    (err.code === 'EGRESS_BLOCKED' ||
      /blocks egress/.test(String(err.message)) ||
      /blocks egress/.test(String(err.cause && err.cause.message)));
  return {
    blocked,
    code: err ? String(err.code || (err.cause && err.cause.code) || err.name) : 'none',
    message: err ? String(err.message).slice(0, 160) : '',
  };
}

/** Runs one attempt: `start(done)` calls done(err) on failure or done(null, 'connected'); 2 s at most. */
function attempt(name, start) {
  const t0 = Date.now();
  return new Promise((resolve) => {
    let settled = false;
    const done = (err, how) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ name, ms: Date.now() - t0, ...(err ? outcome(err) : { blocked: false, code: how || 'connected', message: '' }) });
    };
    const timer = setTimeout(() => done(null, 'timeout (the attempt went out)'), 2000);
    try {
      start(done);
    } catch (err) {
      done(err);
    }
  });
}

const socketAttempt = (s, done) => {
  s.on('connect', () => {
    s.destroy();
    done(null, 'connected');
  });
  s.on('secureConnect', () => {
    s.destroy();
    done(null, 'connected');
  });
  s.on('error', (e) => done(e));
};

const EGRESS = {
  'net.connect to an IPv4 address': (done) => socketAttempt(net.connect(443, PUBLIC_IP), done),
  'net.connect to an IPv6 address': (done) => socketAttempt(net.connect(443, '2001:db8::1'), done),
  'net.connect to an IPv4-mapped IPv6 address': (done) => socketAttempt(net.connect({ port: 443, host: `::ffff:${PUBLIC_IP}` }), done),
  'tls.connect to an IPv4 address': (done) => socketAttempt(tls.connect({ port: 443, host: PUBLIC_IP, rejectUnauthorized: false }), done),
  'https.get of the real CloudBase host': (done) =>
    https.get('https://local-dev.tcb-api.tencentcloudapi.com/admin', () => done(null, 'answered')).on('error', done),
  'https.get of api.weixin.qq.com': (done) =>
    https.get('https://api.weixin.qq.com/cgi-bin/token', () => done(null, 'answered')).on('error', done),
  'fetch of the real CloudBase host': (done) => fetch('https://tcb-api.tencentcloudapi.com/admin').then(() => done(null, 'answered'), done),
  'http2.connect to an IPv4 address': (done) => {
    const s = http2.connect(`https://${PUBLIC_IP}`, { rejectUnauthorized: false });
    s.on('connect', () => {
      s.destroy();
      done(null, 'connected');
    });
    s.on('error', done);
  },
  'dns.promises.lookup of a public name': (done) =>
    dns.promises.lookup('tcb-api.tencentcloudapi.com').then(() => done(null, 'resolved'), done),
  'dns.promises.resolve4 of a public name': (done) =>
    dns.promises.resolve4('tcb-api.tencentcloudapi.com').then(() => done(null, 'resolved'), done),
  'metadata service (SCF runtime probe)': (done) =>
    http.get('http://metadata.tencentyun.com/latest/meta-data/app-id', () => done(null, 'answered')).on('error', done),
  'udp send to a public DNS server': (done) => {
    const s = dgram.createSocket('udp4');
    s.send(Buffer.from('x'), 53, PUBLIC_IP, (e) => {
      s.close();
      done(e || null, 'sent');
    });
  },
};

const BYPASSES = {
  // The guard checks the host *name*; a custom lookup decides the *address* the socket connects to.
  'net.connect to "localhost" with a lookup returning a public address': (done) =>
    socketAttempt(net.connect({ port: 443, host: 'localhost', lookup: toPublic }), done),
  'tls.connect to "localhost" with a lookup returning a public address': (done) =>
    socketAttempt(tls.connect({ port: 443, host: 'localhost', lookup: toPublic, rejectUnauthorized: false }), done),
};

const KNOWN_GAPS = {
  // The guard is patched per thread: a worker started by function code has plain net/dns again.
  'a worker thread started by the function': (done) => {
    const w = new Worker(
      `const s = require('net').connect(443, '${PUBLIC_IP}');
       s.on('connect', () => { s.destroy(); require('worker_threads').parentPort.postMessage('connected'); });
       s.on('error', (e) => require('worker_threads').parentPort.postMessage('error ' + e.code + ' ' + e.message));`,
      { eval: true },
    );
    w.on('message', (m) => {
      void w.terminate();
      if (m === 'connected') done(null, 'connected');
      else done(Object.assign(new Error(m.replace(/^error \S+ /, '')), { code: m.split(' ')[1] }));
    });
    w.on('error', done);
  },
};

async function dbRead() {
  const t0 = Date.now();
  try {
    const r = await cloud.database().collection('teams').count();
    return { ok: true, total: r.total, ms: Date.now() - t0 };
  } catch (err) {
    return { ok: false, ms: Date.now() - t0, ...outcome(err), errMsg: String(err.errMsg || err.message).slice(0, 200) };
  }
}

exports.main = async (event) => {
  if (event.mode === 'env') {
    const e = process.env;
    return {
      cnfg: e.TCB_CONTEXT_CNFG,
      secretId: e.TENCENTCLOUD_SECRETID,
      secretKey: e.TENCENTCLOUD_SECRETKEY,
      sessionToken: e.TENCENTCLOUD_SESSIONTOKEN === undefined ? null : 'present',
      proxies: ['HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy', 'ALL_PROXY', 'NO_PROXY'].filter((k) => e[k] !== undefined),
      keys: Object.keys(e).sort(),
      context: cloud.getWXContext(),
      token: e.WX_API_TOKEN,
      read: await dbRead(),
    };
  }
  if (event.mode === 'tamper') {
    const saved = { cnfg: process.env.TCB_CONTEXT_CNFG, runenv: process.env.TENCENTCLOUD_RUNENV };
    try {
      if ('cnfg' in event) {
        if (event.cnfg === null) delete process.env.TCB_CONTEXT_CNFG;
        else process.env.TCB_CONTEXT_CNFG = event.cnfg;
      }
      if (event.dropRunenv) delete process.env.TENCENTCLOUD_RUNENV;
      if (event.initEnv) cloud.init({ env: event.initEnv });
      return await dbRead();
    } finally {
      process.env.TCB_CONTEXT_CNFG = saved.cnfg;
      process.env.TENCENTCLOUD_RUNENV = saved.runenv;
      if (event.initEnv) cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });
    }
  }
  if (event.mode === 'egress') {
    const table = { egress: EGRESS, bypasses: BYPASSES, gaps: KNOWN_GAPS }[event.set];
    const out = [];
    for (const [name, start] of Object.entries(table)) out.push(await attempt(name, start));
    return out;
  }
  throw new Error(`unknown mode ${event.mode}`);
};
