/**
 * Every command id the extension registers or runs, in one registry. Features take their ids from
 * here (never a string literal, never another feature's module); the manifest (package.json)
 * declares each of them, which a unit test checks. No `vscode` import: the test reads it in Node.
 */
export const Commands = {
  showLog: 'oneOnOne.showLog',
  togglePrivacyMode: 'oneOnOne.togglePrivacyMode',
  privacyHideWorkspace: 'oneOnOne.privacyHideWorkspace',
  openLocation: 'oneOnOne.openLocation',
  // Follow-ups
  groupFollowUpsByPerson: 'oneOnOne.followUps.groupByPerson',
  groupFollowUpsByDate: 'oneOnOne.followUps.groupByDate',
  toggleFollowUpDone: 'oneOnOne.toggleFollowUpDone',
  markFollowUpDone: 'oneOnOne.followUps.markDone',
  snoozeFollowUp: 'oneOnOne.followUps.snooze',
  openFollowUpNote: 'oneOnOne.followUps.openNote',
  undoFollowUpEdit: 'oneOnOne.followUps.undoEdit',
  // Notes and people
  newNote: 'oneOnOne.newNote',
  addFollowUp: 'oneOnOne.addFollowUp',
  openLastNote: 'oneOnOne.openLastNote',
  addPerson: 'oneOnOne.addPerson',
  importOrgChart: 'oneOnOne.importOrgChart',
  applyOrgImport: 'oneOnOne.importOrgChart.apply',
  cancelOrgImport: 'oneOnOne.importOrgChart.cancel',
  // Preparing the next 1:1
  addTalkingPoint: 'oneOnOne.addTalkingPoint',
  sendSelectionToNextOneOnOne: 'oneOnOne.sendSelectionToNextOneOnOne',
  openPersonPage: 'oneOnOne.openPersonPage',
  exportReviewNotes: 'oneOnOne.exportReviewNotes',
  // Coaching the managers on my team
  exportStarterKit: 'oneOnOne.exportStarterKit',
  // Getting started
  setUpJournal: 'oneOnOne.setUpJournal',
  thisIsMe: 'oneOnOne.thisIsMe',
  copyTemplates: 'oneOnOne.copyTemplates',
  // Sharing
  copyShareableSummary: 'oneOnOne.copyShareableSummary',
  exportShareableSummary: 'oneOnOne.exportShareableSummary',
  confirmShareableSummary: 'oneOnOne.shareableSummary.confirm',
  // Skip-levels
  suggestSkipLevel: 'oneOnOne.suggestSkipLevel',
  planSkipLevels: 'oneOnOne.planSkipLevels',
  // Dashboard
  showDashboard: 'oneOnOne.showDashboard',
} as const;

/** One of the extension's own command ids. */
export type CommandId = (typeof Commands)[keyof typeof Commands];

/** Every view id the manifest contributes (package.json `contributes.views`), which a unit test checks. */
export const Views = {
  upcoming: 'oneOnOne.upcoming',
  followUps: 'oneOnOne.followUps',
  people: 'oneOnOne.people',
} as const;

/** Commands of VS Code itself that the extension runs. */
export const BuiltinCommands = {
  openSettings: 'workbench.action.openSettings',
  showMarkdownPreview: 'markdown.showPreview',
  setContext: 'setContext',
  openFolder: 'workbench.action.files.openFolder',
  /** The focus commands VS Code makes for the views (`<view id>.focus`). */
  focusUpcomingView: `${Views.upcoming}.focus`,
  focusFollowUpsView: `${Views.followUps}.focus`,
} as const;
