/**
 * The extension's output channel. It logs file names, line numbers and counts — never a note's
 * text, which is confidential.
 */
import * as vscode from 'vscode';

export type Log = vscode.LogOutputChannel;

export function createLog(): Log {
  return vscode.window.createOutputChannel('1:1 Journal', { log: true });
}

/** A short, content-free description of an error for the log. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
