// bench-write-good.js — write-good's time on the strings of a resume, for bench-check
//
// Copyright 2026 The Resume Coach developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Usage: node bench-write-good.js MODULE_DIR STRINGS.json RUNS
// Prints "median-us N": the median CPU time of one pass of write-good over every string.
// With "once" for RUNS: one pass, as a command-line linter runs, and prints "suggestions N"
// (bench-check times the whole process).
'use strict';

const fs = require('fs');
const path = require('path');
const writeGood = require(path.resolve(process.argv[2], 'write-good'));
const strings = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));

if (process.argv[4] === 'once') {
  let found = 0;
  for (const text of strings)
    found += writeGood(text).length;
  console.log(`suggestions ${found}`);
  process.exit(0);
}
const runs = Math.max(parseInt(process.argv[4], 10) || 51, 5);
const samples = [];
let suggestions = 0;

for (let i = 0; i < runs + 2; i++) {
  const start = process.cpuUsage();
  let found = 0;
  for (const text of strings)
    found += writeGood(text).length;
  const used = process.cpuUsage(start);
  // the first two passes warm the JIT, as bench-check's warm its caches
  if (i >= 2)
    samples.push(used.user + used.system);
  suggestions = found;
}
samples.sort((a, b) => a - b);
console.log(`median-us ${samples[samples.length >> 1]} suggestions ${suggestions}`);
