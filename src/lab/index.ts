/**
 * The lab's public face: everything notebook cells see as `lab`, and what the other layers
 * import. A flat list of named re-exports, grouped by concept.
 */

// Errors and input guards
export {
  LabError,
  dropNonFinite,
  requireFinite,
  requireInteger,
  requireNonEmpty,
  requireNonNegativeCounts,
  requirePositiveSum,
  requireProbability,
  requireSameLength,
} from "./errors";

// Random numbers and sampling
export { createRng, Xoshiro128StarStar } from "./rng";
export type { Rng } from "./rng";
export {
  sampleBinomial,
  sampleCategorical,
  sampleExponential,
  sampleLognormal,
  sampleMixture,
  sampleNormal,
  samplePoisson,
} from "./distributions";

// Special functions
export {
  betaQuantile,
  chiSquareSurvival,
  erf,
  erfc,
  kolmogorovSurvival,
  logGamma,
  normalCdf,
  normalQuantile,
  regularizedBeta,
  regularizedGammaP,
  regularizedGammaQ,
} from "./special-functions";
export { kolmogorovSmirnovSurvival } from "./kolmogorov-smirnov-distribution";

// Descriptive statistics
export {
  mean,
  median,
  quantile,
  quantiles,
  sortedCopy,
  standardDeviation,
  uniqueCount,
  variance,
} from "./descriptive";
export { histogramCounts, linspace, sturgesEdges } from "./histogram";

// Drift scores (Evidently)
export { evidentlyBins, psi, psiFromShares } from "./psi";
export type { EvidentlyBins, EvidentlyBinsOptions, PsiResult } from "./psi";
export { jensenShannon, klDivergence } from "./jensen-shannon";
export type { JensenShannonResult } from "./jensen-shannon";
export { wasserstein, wassersteinNormed } from "./wasserstein";

// Hypothesis tests
export { ks2samp } from "./ks";
export type { KsResult } from "./ks";
export { chi2Contingency, chiSquare } from "./chi-square";
export type { ChiSquareContingencyResult, ChiSquareResult } from "./chi-square";
export { mannWhitneyU, rankWithTies } from "./mann-whitney";
export type { MannWhitneyResult } from "./mann-whitney";
export { zTestProportions } from "./z-test";
export type { ZTestResult } from "./z-test";

// Intervals and estimates
export { clopperPearsonInterval, wilsonInterval } from "./intervals";
export { bootstrapInterval } from "./bootstrap";
export type { BootstrapResult } from "./bootstrap";
export { hodgesLehmann } from "./hodges-lehmann";
export type { HodgesLehmannResult } from "./hodges-lehmann";

// Skew and drift in TFDV
export { countValues, linfDistance } from "./linf";
export type { LinfResult } from "./linf";
export { equalWidthHistogram, tfdvCategoricalJsd, tfdvNumericJsd } from "./tfdv-jsd";
export type { Histogram } from "./tfdv-jsd";

// Drift decisions (Evidently)
export { cleanDriftColumn, driftTests, selectDriftTest } from "./drift-tests";
export type { DriftTestInfo, DriftTestName, DriftValue } from "./drift-tests";
export { evidentlyChiSquare, evidentlyZTest } from "./evidently-categorical-tests";
export { columnDrift } from "./column-drift";
export type { ColumnDriftOptions, ColumnDriftResult } from "./column-drift";
export { datasetDrift } from "./drift-report";
export type { DatasetDriftOptions, DatasetDriftResult, DriftTable } from "./drift-report";

// Multivariate drift: maximum mean discrepancy with a permutation test
export { medianHeuristicBandwidth, mmdPermutationTest } from "./mmd";
export type { MmdResult } from "./mmd";

// Monitoring: chunks, control limits, CUSUM, EWMA, run lengths, performance estimation
export { chunkRanges, chunkValues } from "./chunking";
export type { ChunkOptions, ChunkRange, IncompleteChunkPolicy } from "./chunking";
export { chunkAlerts, controlLimits, monitorChunks } from "./control-limits";
export type { ControlLimitOptions, ControlLimits, MonitoredChunk } from "./control-limits";
export { createCusumDetector, cusum } from "./cusum";
export type { CusumOptions, CusumResult, CusumSide, SequentialDetector } from "./cusum";
export { createEwmaDetector, ewma, ewmaLimitHalfWidth } from "./ewma";
export type { EwmaOptions, EwmaResult } from "./ewma";
export { averageRunLength, createDetector } from "./average-run-length";
export type { DetectorSpec, RunLengthOptions, RunLengthResult } from "./average-run-length";
export { detectionDelay } from "./detection-delay";
export type { DetectionOutcome } from "./detection-delay";
export { generateChangeStream } from "./change-stream";
export type { ChangeStreamOptions } from "./change-stream";
export {
  estimateAccuracy,
  estimateAccuracyByChunk,
  realizedAccuracy,
} from "./performance-estimation";
export type { AccuracyChunk } from "./performance-estimation";

// Release gates
export { evaluateGate } from "./release-gate";
export type { GateSpec, ReleaseData } from "./release-gate";
export {
  costGateCheck,
  formatGateNumber,
  latencyGateCheck,
  safetyGateCheck,
  twoSidedLevel,
} from "./gate-checks";
export type { CostGate, GateCheck, LatencyGate, SafetyGate } from "./gate-checks";
export { qualityGateCheck } from "./quality-gate";
export type { QualityGate } from "./quality-gate";
export { orderStatisticRank, quantileUpperBound } from "./quantile-upper-bound";
export type { QuantileUpperBound } from "./quantile-upper-bound";
export { bootstrapMeanUpperBound, logNormalMeanUpperBound } from "./mean-upper-bound";
export type { MeanUpperBoundOptions } from "./mean-upper-bound";
export { pairedDifferenceLowerBound } from "./paired-bootstrap";
export type { PairedBootstrapOptions } from "./paired-bootstrap";
export { differenceOfMeansLowerBound } from "./two-sample-bootstrap";
export type { TwoSampleBootstrapOptions } from "./two-sample-bootstrap";
export {
  generateReleaseCandidate,
  repeatedGateTrials,
  truthShouldShip,
} from "./release-candidates";
export type { EvaluationSizes, GateTrialSummary, ReleaseTruth } from "./release-candidates";

// Canary analysis (Kayenta) and analysis runs (Argo Rollouts)
export { classifyKayentaMetric } from "./kayenta";
export type {
  KayentaClassifierOptions,
  KayentaDirection,
  KayentaLabel,
  KayentaMetricConfig,
  KayentaMetricResult,
} from "./kayenta";
export { judgeKayentaCanary, scoreKayentaCanary } from "./kayenta-score";
export type {
  KayentaGroupScore,
  KayentaMetricInput,
  KayentaScore,
  KayentaScoreOptions,
} from "./kayenta-score";
export { argoMeasurementPhase } from "./argo-measurement";
export type {
  ArgoCondition,
  ArgoMeasurementPhase,
  ArgoMetricSpec,
  ArgoPhase,
} from "./argo-measurement";
export { assessArgoMetric, runArgoAnalysis } from "./argo-analysis";
export type { ArgoMetricResult } from "./argo-analysis";

// Sequential testing: peeking and confidence sequences
export { confidenceSequence, mixtureRho, normalMixtureRadius } from "./confidence-sequence";
export type { ConfidenceSequenceOptions } from "./confidence-sequence";
export { simulatePeeking } from "./sequential";
export type { PeekingOptions, PeekingResult } from "./sequential";

// Scenario generators: covariate shift, prior shift, concept drift
export { defaultMagnitudes, generateScenario } from "./scenarios";
export type { ScenarioKind, ScenarioOptions } from "./scenarios";
export {
  logisticProbability,
  modelAccuracy,
  predictProbabilities,
  referenceConcept,
} from "./scenario-model";
export type { LabelledDataset, LogisticModel } from "./scenario-model";

// Lineage and reproducibility: hashes, DAG, release pointers
export { sha256, sha256Bytes } from "./sha256";
export { canonicalJson, contentHash } from "./canonical-json";
export type { HexHash, JsonValue } from "./canonical-json";
export { diffHashes, impactSet, lineageHashes, rebuildSet, topologicalOrder } from "./lineage";
export type { Artifact, ArtifactKind, HashDiff, LineageGraph } from "./lineage";
export {
  createReleaseRegistry,
  currentTarget,
  promote,
  registerVersion,
  releaseTupleHash,
  rollback,
} from "./release-pointers";
export type {
  PointerEvent,
  ReleaseRegistry,
  ReleaseTuple,
  ReleaseVersion,
} from "./release-pointers";

// Feature store: point-in-time joins, materialization, staleness
export { pointInTimeJoin } from "./point-in-time-join";
export type {
  EntityId,
  EntityRow,
  FeatureRow,
  FeatureValue,
  PointInTimeOptions,
  Seconds,
} from "./point-in-time-join";
export { pointInTimeJoinExplained } from "./point-in-time-explained";
export type {
  CandidateStatus,
  JoinCandidate,
  PointInTimeExplanation,
} from "./point-in-time-explained";
export { latestValueJoin, leakageSummary } from "./latest-value-join";
export { materialize, onlineRead } from "./materialization";
export type {
  MaterializeOptions,
  OnlineEntry,
  OnlineRead,
  OnlineStore,
  OnlineWritePolicy,
} from "./materialization";
export { generateEventLog } from "./event-log";
export type { EventLogOptions } from "./event-log";
export { simulateMaterializationSchedule } from "./materialization-schedule";
export { outageRecovery, simulateQueue } from "./queues";
export type { OutageRecovery, QueueSimulation } from "./queues";
export type { ScheduledRead, ScheduleOptions, ScheduleResult } from "./materialization-schedule";

// Training-serving skew (TFDV)
export { featureSkew } from "./feature-skew";
export type {
  ExampleRow,
  FeatureSkewCounts,
  FeatureSkewOptions,
  SkewMatchStats,
  SkewPair,
} from "./feature-skew";
export { generateSkewScenario } from "./skew-scenarios";
export type { SkewScenario, SkewScenarioKind, SkewScenarioOptions } from "./skew-scenarios";

// Data contracts (ODCS, datacontract-cli, Great Expectations)
export { parseContract, qualityOperators, validateContract } from "./contract";
export type {
  ContractIssue,
  DataContract,
  LogicalType,
  LogicalTypeOptions,
  QualityMetric,
  QualityOperator,
  QualityRule,
  SchemaObject,
  SchemaProperty,
  SlaProperty,
} from "./contract";
export { buildContractChecks, normalizeSeverity } from "./contract-checks";
export type { CheckMetric, CheckSeverity, ContractCheck, Validity } from "./contract-checks";
export { compareWithOperator } from "./contract-metrics";
export type { ContractRow } from "./contract-metrics";
export { actionForFailure, evaluateContract } from "./contract-evaluation";
export type { ContractAction, ContractEvaluation, ContractRuleResult } from "./contract-evaluation";
export { exampleTransactionsContract, generateContractBatch } from "./contract-batch";
export type { ContractBatchOptions, ContractFault } from "./contract-batch";
export {
  columnMapExpectation,
  expectColumnValuesToBeBetween,
  expectColumnValuesToBeInSet,
  expectColumnValuesToMatchRegex,
  expectColumnValuesToNotBeNull,
} from "./expectations";
export type { ExpectationResult } from "./expectations";

// Schema evolution (Avro, Confluent Schema Registry, contract versioning)
export { validateRecordSchema } from "./avro-schema";
export type { AvroPrimitive, AvroType, RecordSchema, SchemaField } from "./avro-schema";
export { canRead, checkCompatibility, upgradeOrder } from "./schema-compatibility";
export type { CompatibilityMode, CompatibilityViolation, ReadIssue } from "./schema-compatibility";
export { classifyContractChanges } from "./breaking-changes";
export type { ChangeSeverity, ContractChange } from "./breaking-changes";

// LLM traces (OpenTelemetry GenAI), cost, guardrails, retraining selection
export { buildSpanTree, groupSpansByTrace, isModelCallSpan } from "./llm-traces";
export type { AttributeValue, GenAiEvent, GenAiSpan, SpanTree } from "./llm-traces";
export { traceSummary } from "./trace-summary";
export type { ModelPrice, SpanCost, TraceSummary } from "./trace-summary";
export {
  explicitBucketHistogram,
  genAiOperationDurationBuckets,
  genAiTokenUsageBuckets,
  operationDurationHistogram,
  tokenUsageHistogram,
} from "./gen-ai-metrics";
export type { ExplicitHistogram } from "./gen-ai-metrics";
export { exampleModelPrices, generateAgentTraces } from "./llm-trace-generator";
export type { AgentTraceOptions } from "./llm-trace-generator";
export { guardrailCurve, guardrailDataset, rocCurve, thresholdForTargetFpr } from "./guardrails";
export type { GuardrailPoint } from "./guardrails";
export { selectRetrainingExamples } from "./retraining-selection";
export type { RetrainingCriteria, SelectedExample } from "./retraining-selection";
