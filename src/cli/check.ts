/** `oneonone check <dir> [--json]`: the journal's diagnostics; exit 1 on errors. */
import type { JournalDiagnostic } from '../core/model';
import { EXIT, type CliCommand } from './command';
import { plural } from './output';

/** The JSON shape of one diagnostic. */
export interface DiagnosticJson {
  file: string;
  line: number;
  severity: string;
  code: string;
  message: string;
}

export const check: CliCommand = {
  name: 'check',
  summary: 'every problem in the journal (exit 1 on errors)',
  options: { json: 'flag' },
  run({ loaded, json, out }) {
    const diagnostics = loaded.journal.diagnostics().filter((d) => d.severity !== 'hint');
    const file = (d: JournalDiagnostic): string => loaded.relativePaths.get(d.uri) ?? d.uri;
    if (json) {
      out.json(diagnostics.map((d): DiagnosticJson => ({ file: file(d), line: d.line, severity: d.severity, code: d.code, message: d.message })));
    } else {
      for (const d of diagnostics) out.line(`${file(d)}:${d.line}: ${d.severity}: ${d.message} [${d.code}]`);
      const errors = diagnostics.filter((d) => d.severity === 'error').length;
      out.line(`${plural(errors, 'error')}, ${plural(diagnostics.length - errors, 'other problem')} in ${plural(loaded.relativePaths.size, 'file')}`);
    }
    return diagnostics.some((d) => d.severity === 'error') ? EXIT.problems : EXIT.ok;
  },
};
