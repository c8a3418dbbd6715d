/** The schema stage: raw tables -> typed rows and reports; the config file. */
export { mapTable, type MapContext } from './mapTable.ts';
export { parseConfig, defaultConfig, type ParseConfigResult } from './parseConfig.ts';
export { resolveStages, DEFAULT_STAGES, type StageInfo, type StageLookup } from './stages.ts';
export { stageEntryDates } from './stageEntryDates.ts';
export { parsePeriodLabel } from './parsePeriodLabel.ts';
export { forecastCategory } from './forecastCategory.ts';
export { ALIASES, DATE_ENTERED_PREFIX, canonicalFields } from './aliases.ts';
export { DealRowSchema } from './DealRowSchema.ts';
export { HistoryRowSchema } from './HistoryRowSchema.ts';
export { QuotaRowSchema, PeriodRefSchema } from './QuotaRowSchema.ts';
export { RosterRowSchema } from './RosterRowSchema.ts';
