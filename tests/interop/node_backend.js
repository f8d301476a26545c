#!/usr/bin/env node
// SPDX-FileCopyrightText: 2026 The SecretBench authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A backend we did not write: Port's documented decryption procedures
// (formats.md sections 2 and 3) with Node.js's crypto module.
//
//   node node_backend.js decrypt-port SECRET_FILE [--object] < envelope > value
//   node node_backend.js encrypt-port SECRET_FILE             < value    > envelope
//   node node_backend.js decrypt-client PRIVATE_PEM [--object] < envelope > value
//   node node_backend.js encrypt-client PUBLIC_PEM            < value    > envelope
//   node node_backend.js stringify                            < json     > JSON.stringify(JSON.parse(json))
'use strict';
const crypto = require('crypto');
const fs = require('fs');

function readStdin() {
  return fs.readFileSync(0);
}

function decryptPort(secret, envelope) {
  const key = Buffer.from(secret.substring(0, 32), 'utf8');
  const data = Buffer.from(envelope.toString('utf8'), 'base64');
  const iv = data.subarray(0, 16);
  const tag = data.subarray(data.length - 16);
  const ciphertext = data.subarray(16, data.length - 16);
  const decipher = crypto.createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
}

function encryptPort(secret, value) {
  const key = Buffer.from(secret.substring(0, 32), 'utf8');
  const iv = crypto.randomBytes(16);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  const ciphertext = Buffer.concat([cipher.update(value), cipher.final()]);
  return Buffer.concat([iv, ciphertext, cipher.getAuthTag()]).toString('base64');
}

function decryptClient(privatePem, envelope) {
  const key = crypto.createPrivateKey(privatePem);
  const k = key.asymmetricKeyDetails.modulusLength / 8;
  const data = Buffer.from(envelope.toString('utf8'), 'base64');
  const iv = data.subarray(0, 12);
  const wrapped = data.subarray(12, 12 + k);
  const rest = data.subarray(12 + k);
  const aesKey = crypto.privateDecrypt(
    { key, padding: crypto.constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' }, wrapped);
  const decipher = crypto.createDecipheriv('aes-256-gcm', aesKey, iv);
  decipher.setAuthTag(rest.subarray(rest.length - 16));
  return Buffer.concat([decipher.update(rest.subarray(0, rest.length - 16)), decipher.final()]);
}

function encryptClient(publicPem, value) {
  const aesKey = crypto.randomBytes(32);
  const iv = crypto.randomBytes(12);
  const wrapped = crypto.publicEncrypt(
    { key: publicPem, padding: crypto.constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' }, aesKey);
  const cipher = crypto.createCipheriv('aes-256-gcm', aesKey, iv);
  const ciphertext = Buffer.concat([cipher.update(value), cipher.final()]);
  return Buffer.concat([iv, wrapped, ciphertext, cipher.getAuthTag()]).toString('base64');
}

function main(argv) {
  const [command, path] = argv;
  const asObject = argv.includes('--object');
  const input = readStdin();
  let out;
  if (command === 'decrypt-port') {
    out = decryptPort(fs.readFileSync(path, 'utf8').replace(/\n$/, ''), input);
  } else if (command === 'encrypt-port') {
    out = Buffer.from(encryptPort(fs.readFileSync(path, 'utf8').replace(/\n$/, ''), input) + '\n');
  } else if (command === 'decrypt-client') {
    out = decryptClient(fs.readFileSync(path), input);
  } else if (command === 'encrypt-client') {
    out = Buffer.from(encryptClient(fs.readFileSync(path), input) + '\n');
  } else if (command === 'stringify') {
    out = Buffer.from(JSON.stringify(JSON.parse(input.toString('utf8'))), 'utf8');
  } else {
    process.stderr.write('unknown command ' + command + '\n');
    return 2;
  }
  if (asObject) {
    out = Buffer.from(JSON.stringify(JSON.parse(out.toString('utf8'))), 'utf8');
  }
  process.stdout.write(out);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
