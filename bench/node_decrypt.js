#!/usr/bin/env node
// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Reference for the batch benchmark: Node.js decrypting one Port-managed
// envelope per line with the documented procedure, writing one JSON line per
// value (the same work secretbench-cli decrypt --batch does).
//   node node_decrypt.js batch SECRET_FILE < envelopes > results
//   node node_decrypt.js large SECONDS SECRET_FILE      (MiB/s for one 1 MiB value)
'use strict';
const crypto = require('crypto');
const fs = require('fs');

function decrypt(key, b64) {
  const data = Buffer.from(b64, 'base64');
  const decipher = crypto.createDecipheriv('aes-256-gcm', key, data.subarray(0, 16));
  decipher.setAuthTag(data.subarray(data.length - 16));
  return Buffer.concat([decipher.update(data.subarray(16, data.length - 16)), decipher.final()]).toString('utf8');
}

const [mode, ...args] = process.argv.slice(2);
if (mode === 'batch') {
  const secret = fs.readFileSync(args[0], 'utf8').replace(/\n$/, '');
  const key = Buffer.from(secret.substring(0, 32), 'utf8');
  const lines = fs.readFileSync(0, 'utf8').split('\n');
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]) continue;
    try {
      out.push(JSON.stringify({ line: i + 1, ok: true, value: decrypt(key, lines[i]) }));
    } catch (e) {
      out.push(JSON.stringify({ line: i + 1, ok: false, error: 'authentication-failed', message: String(e) }));
    }
  }
  fs.writeFileSync(1, out.join('\n') + '\n');
} else if (mode === 'large') {
  const seconds = Number(args[0]);
  const secret = fs.readFileSync(args[1], 'utf8').replace(/\n$/, '');
  const key = Buffer.from(secret.substring(0, 32), 'utf8');
  const iv = crypto.randomBytes(16);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  const ct = Buffer.concat([cipher.update(Buffer.alloc(1 << 20, 'x')), cipher.final()]);
  const b64 = Buffer.concat([iv, ct, cipher.getAuthTag()]).toString('base64');
  const start = process.hrtime.bigint();
  let rounds = 0;
  while (Number(process.hrtime.bigint() - start) < seconds * 1e9) {
    decrypt(key, b64);
    rounds++;
  }
  console.log((rounds / (Number(process.hrtime.bigint() - start) / 1e9)).toFixed(1));
}
