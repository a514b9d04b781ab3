/**
 * VS Code's macOS default keybindings, read from the workbench bundle of the running VS Code:
 * the default keybindings file the extension host can open is the one of the OS it runs on
 * (Linux here), so the macOS variants of our keys are checked against the rules as the bundle
 * registers them — `primary`, `secondary` and `mac: { primary }` numbers in VS Code's key
 * encoding (KeyMod | KeyCode, a chord's second part shifted by 16). No `vscode` import.
 */

/** VS Code's KeyMod bits as macOS reads them: CtrlCmd is ⌘, WinCtrl is ⌃. */
const MODIFIERS: Readonly<Record<string, number>> = { cmd: 2048, shift: 1024, alt: 512, ctrl: 256 };

/** VS Code's KeyCode for the keys our bindings use. */
function keyCode(key: string): number | undefined {
  if (key === 'enter') return 3;
  if (/^[0-9]$/.test(key)) return 21 + Number(key);
  if (/^[a-z]$/.test(key)) return 31 + key.charCodeAt(0) - 97;
  return undefined;
}

/** The first part of a macOS key (`cmd+alt+1 n` → ⌘⌥1) in VS Code's encoding; undefined for keys it does not know. */
export function macFirstKey(key: string): number | undefined {
  const parts = key.trim().split(/\s+/)[0].toLowerCase().split('+');
  let code = 0;
  for (const modifier of parts.slice(0, -1)) {
    if (MODIFIERS[modifier] === undefined) return undefined;
    code |= MODIFIERS[modifier];
  }
  const base = keyCode(parts[parts.length - 1]);
  return base === undefined ? undefined : code | base;
}

/** A default rule that binds a key on macOS: the bundle's text around it (to tell which rule it is). */
export interface MacDefault {
  code: number;
  context: string;
}

/**
 * The rules in a workbench bundle whose macOS key starts with `first`: `mac: { primary: N }`
 * overrides, and `primary: N` / `secondary: [N]` of rules without a macOS override (a
 * `win: { primary }` or `linux: { primary }` is not a macOS key).
 */
export function macDefaultsStartingWith(bundle: string, first: number): MacDefault[] {
  const found: MacDefault[] = [];
  const re = /(mac:\{primary:|win:\{primary:|linux:\{primary:|primary:|secondary:\[)(\d+)/g;
  for (let m = re.exec(bundle); m; m = re.exec(bundle)) {
    const code = Number(m[2]);
    if ((code & 0xffff) !== first) continue;
    if (m[1].startsWith('win') || m[1].startsWith('linux')) continue;
    if (!m[1].startsWith('mac')) {
      // The same rule's macOS override, when it has one, is what macOS uses.
      const rest = bundle.slice(m.index, m.index + 300);
      const end = rest.indexOf('}');
      if (rest.slice(0, end < 0 ? rest.length : end).includes('mac:{')) continue;
    }
    found.push({ code, context: bundle.slice(Math.max(0, m.index - 300), m.index + 120) });
  }
  return found;
}
