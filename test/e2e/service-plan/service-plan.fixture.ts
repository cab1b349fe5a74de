/** An inspection's findings and a revisit's answers, fictional. */
export const FINDINGS = {
  runningStatus: 'All services up (fictional)',
  environment: 'DB server disk 71% full',
  versions: 'DIP grouping platform 3.2.1',
  hiddenRisks: 'Backup job not monitored',
  recommendations: 'Add a disk alarm',
};
export const ANSWERS = {
  serviceSystemView: 'Satisfied with the hotline',
  trainingView: 'Wants a refresher for new coders',
  systemRunningView: 'Stable since the last upgrade',
  environmentCheck: 'Checked on site, fine',
  versionAnalysis: 'One minor version behind',
  hiddenRisks: 'None found',
};
