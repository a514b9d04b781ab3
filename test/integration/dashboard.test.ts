import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeApi, today, waitFor, workspaceFolder } from './lib/helpers';
import type { DashboardModel } from '../../src/features/dashboard/dashboardModel';

function dashboardTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('oneOnOne.dashboard'));
}

function lastWeek(model: DashboardModel, label: string): number | undefined {
  const row = model.heatmap.find((r) => r.label === label);
  return row?.cells[row.cells.length - 1].count;
}

describe('dashboard', () => {
  const note = (): vscode.Uri => vscode.Uri.joinPath(workspaceFolder(), 'zz-dashboard', 'carly-today.md');

  after(async () => {
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceFolder(), 'zz-dashboard'), { recursive: true }).then(undefined, () => undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens one reused panel with the heatmap, coverage, aging and drift of the journal', async () => {
    const api = await activeApi();
    await vscode.commands.executeCommand('oneOnOne.showDashboard');
    const model = await waitFor('the dashboard\'s first model', () => api.dashboard.current());
    assert.equal(model.weeks.length, 12, 'oneOnOne.dashboard.weeks defaults to 12');
    assert.ok(model.heatmap.some((r) => r.label === 'Carly Chen'), 'directs have rows');
    assert.ok(model.coverage.eligible > 0, 'the sample org has people two levels down');
    assert.deepEqual(model.drift.map((d) => d.label), ['Carly Chen'], 'the sample\'s status streak with Carly is flagged');
    await vscode.commands.executeCommand('oneOnOne.showDashboard');
    assert.equal(dashboardTabs().length, 1, 'showing it again reuses the panel');
    assert.equal(await api.dashboard.follow('not-a-token'), false, 'a link that is not on the page is refused');
  });

  it('updates when a note changes: a new 1:1 counts in this week and ends a status streak', async () => {
    const api = await activeApi();
    await vscode.commands.executeCommand('oneOnOne.showDashboard');
    const before = await waitFor('a model', () => api.dashboard.current());
    const count = lastWeek(before, 'Carly Chen')!;
    const text = `---\nperson: Carly Chen\ndate: ${today()}\n---\n## Growth & feedback\nWe talked about how she wants to grow into a tech lead role.\n`;
    await vscode.workspace.fs.writeFile(note(), new TextEncoder().encode(text));
    const after = await waitFor('the dashboard to follow the new note', () => {
      const m = api.dashboard.current();
      return m && lastWeek(m, 'Carly Chen') === count + 1 ? m : undefined;
    }, 15_000);
    assert.deepEqual(after.drift, [], 'a note about growth ends Carly\'s status streak');

    await vscode.workspace.fs.delete(note());
    await waitFor('the dashboard to follow the deletion', () => {
      const m = api.dashboard.current();
      return m && lastWeek(m, 'Carly Chen') === count && m.drift.length === 1;
    }, 15_000);
  });

  it('shows initials and counts only in privacy mode', async () => {
    const api = await activeApi();
    await vscode.commands.executeCommand('oneOnOne.showDashboard');
    await waitFor('a model', () => api.dashboard.current());
    await vscode.commands.executeCommand('oneOnOne.togglePrivacyMode');
    try {
      const model = await waitFor('the private model', () => api.dashboard.current()?.privacy ? api.dashboard.current() : undefined);
      const text = JSON.stringify(model);
      for (const name of api.journal.directory().people.map((p) => p.name).filter((n) => n.includes(' '))) {
        assert.ok(!text.includes(name), `the dashboard shows "${name}" in privacy mode`);
      }
      assert.ok(model.heatmap.some((r) => r.label === 'C.C.'));
    } finally {
      await vscode.commands.executeCommand('oneOnOne.togglePrivacyMode');
    }
    await waitFor('names back', () => api.dashboard.current()?.heatmap.some((r) => r.label === 'Carly Chen'));
  });
});
