// Processes the runners start, and stopping every one of them, pass or fail: process groups,
// processes found by an environment marker (Chromium's helpers), a last-resort exit hook, and
// clean stops on Ctrl-C and termination.
'use strict';

const fs = require('node:fs');
const { waitFor } = require('./poll');
const { log } = require('./common');

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Waits until `condition()` holds or `timeoutMs` passes; tells whether it held. */
function settled(what, condition, timeoutMs, intervalMs) {
  return waitFor(what, condition, timeoutMs, intervalMs).then(() => true, () => false);
}

/** Stops a process group: TERM, then KILL after 5 s; resolves once it has gone (or 3 s more). */
async function stopGroup(pid) {
  killGroup(pid, 'SIGTERM');
  if (await settled(`process group ${pid} to stop`, () => !groupAlive(pid), 5000, 100)) return;
  killGroup(pid, 'SIGKILL');
  await settled(`process group ${pid} to die`, () => !groupAlive(pid), 3000, 50);
}

/** The environment variable that marks the processes of one launch. */
const MARKER_VARIABLE = 'ONEONONE_PROCESS_MARKER';

function newMarker() {
  return `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/** Processes (other than us) whose environment holds `marker`: a launched browser and its helpers. */
function processesWithMarker(marker) {
  const needle = Buffer.from(`${MARKER_VARIABLE}=${marker}\0`);
  const pids = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    try {
      if (fs.readFileSync(`/proc/${name}/environ`).includes(needle)) pids.push(Number(name));
    } catch {
      // gone, or not ours
    }
  }
  return pids;
}

function processGroupOf(pid) {
  try {
    // /proc/PID/stat: "pid (comm) state ppid pgrp ..."; comm may contain spaces or parentheses.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
  } catch {
    return undefined;
  }
}

/** Synchronous last-resort cleanups, run when the process exits however it exits. */
const exitCleanups = new Set();
let exitHookInstalled = false;

/**
 * Registers `cleanup` (synchronous: `exit` handlers cannot wait, so kill hard and remove temp
 * folders) to run at exit; returns the function that unregisters it once stopped properly.
 */
function onExit(cleanup) {
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on('exit', () => {
      for (const fn of exitCleanups) {
        try { fn(); } catch { /* keep going: the others still need to run */ }
      }
    });
  }
  exitCleanups.add(cleanup);
  return () => exitCleanups.delete(cleanup);
}

/**
 * Stops cleanly on Ctrl-C and termination: runs `cleanup`, then exits 130. Returns a function
 * that tells whether that has begun.
 */
function cleanupOnSignals(cleanup) {
  let interrupted = false;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      interrupted = true;
      log(`${signal}: stopping`);
      cleanup().finally(() => process.exit(130));
    });
  }
  return () => interrupted;
}

module.exports = {
  killGroup,
  groupAlive,
  stopGroup,
  settled,
  processesWithMarker,
  processGroupOf,
  MARKER_VARIABLE,
  newMarker,
  onExit,
  cleanupOnSignals,
};
