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
} from "./core/errors";

// Random numbers and sampling
export { createRng, Xoshiro128StarStar } from "./random/rng";
export type { Rng } from "./random/rng";
export {
  sampleBinomial,
  sampleCategorical,
  sampleExponential,
  sampleLognormal,
  sampleMixture,
  sampleNormal,
  samplePoisson,
} from "./random/distributions";

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
} from "./special/special-functions";
export { kolmogorovSmirnovSurvival } from "./special/kolmogorov-smirnov-distribution";

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
} from "./core/descriptive";
export { histogramCounts, linspace, sturgesEdges } from "./core/histogram";
// Gate reasons print numbers with formatNumber; `formatGateNumber` is the name notebooks know.
export {
  formatAxisNumber,
  formatNumber,
  formatNumber as formatGateNumber,
} from "./core/format-number";
export type { NumberPrecision } from "./core/format-number";

// Drift scores (Evidently)
export { evidentlyBins, psi, psiFromShares } from "./drift/psi";
export type { EvidentlyBins, EvidentlyBinsOptions, PsiResult } from "./drift/psi";
export { jensenShannon, klDivergence } from "./drift/jensen-shannon";
export type { JensenShannonResult } from "./drift/jensen-shannon";
export { wasserstein, wassersteinNormed } from "./drift/wasserstein";

// Hypothesis tests
export { ks2samp } from "./inference/ks";
export type { KsResult } from "./inference/ks";
export { chi2Contingency, chiSquare } from "./inference/chi-square";
export type { ChiSquareContingencyResult, ChiSquareResult } from "./inference/chi-square";
export { mannWhitneyU, rankWithTies } from "./inference/mann-whitney";
export type { MannWhitneyResult } from "./inference/mann-whitney";
export { zTestProportions } from "./inference/z-test";
export type { ZTestResult } from "./inference/z-test";

// Intervals and estimates
export { clopperPearsonInterval, wilsonInterval } from "./inference/intervals";
export { bootstrapInterval } from "./inference/bootstrap";
export type { BootstrapResult } from "./inference/bootstrap";
export { hodgesLehmann } from "./inference/hodges-lehmann";
export type { HodgesLehmannResult } from "./inference/hodges-lehmann";

// Skew and drift in TFDV
export { countValues, linfDistance } from "./drift/linf";
export type { LinfResult } from "./drift/linf";
export { equalWidthHistogram, tfdvCategoricalJsd, tfdvNumericJsd } from "./drift/tfdv-jsd";
export type { Histogram } from "./drift/tfdv-jsd";

// Drift decisions (Evidently)
export { cleanDriftColumn, driftTests, selectDriftTest } from "./drift/drift-tests";
export type { DriftTestInfo, DriftTestName, DriftValue } from "./drift/drift-tests";
export { evidentlyChiSquare, evidentlyZTest } from "./drift/evidently-categorical-tests";
export { columnDrift } from "./drift/column-drift";
export type { ColumnDriftOptions, ColumnDriftResult } from "./drift/column-drift";
export { datasetDrift } from "./drift/drift-report";
export type { DatasetDriftOptions, DatasetDriftResult, DriftTable } from "./drift/drift-report";

// Multivariate drift: maximum mean discrepancy with a permutation test
export { medianHeuristicBandwidth, mmdPermutationTest } from "./drift/mmd";
export type { MmdResult } from "./drift/mmd";

// Monitoring: chunks, control limits, CUSUM, EWMA, run lengths, performance estimation
export { chunkRanges, chunkValues } from "./monitoring/chunking";
export type { ChunkOptions, ChunkRange, IncompleteChunkPolicy } from "./monitoring/chunking";
export { chunkAlerts, controlLimits, monitorChunks } from "./monitoring/control-limits";
export type {
  ControlLimitOptions,
  ControlLimits,
  MonitoredChunk,
} from "./monitoring/control-limits";
export { createCusumDetector, cusum } from "./monitoring/cusum";
export type { CusumOptions, CusumResult, CusumSide, SequentialDetector } from "./monitoring/cusum";
export { createEwmaDetector, ewma, ewmaLimitHalfWidth } from "./monitoring/ewma";
export type { EwmaOptions, EwmaResult } from "./monitoring/ewma";
export { averageRunLength, createDetector } from "./monitoring/average-run-length";
export type {
  DetectorSpec,
  RunLengthOptions,
  RunLengthResult,
} from "./monitoring/average-run-length";
export { detectionDelay } from "./monitoring/detection-delay";
export type { DetectionOutcome } from "./monitoring/detection-delay";
export { generateChangeStream } from "./monitoring/change-stream";
export type { ChangeStreamOptions } from "./monitoring/change-stream";
export {
  estimateAccuracy,
  estimateAccuracyByChunk,
  realizedAccuracy,
} from "./monitoring/performance-estimation";
export type { AccuracyChunk } from "./monitoring/performance-estimation";

// Release gates
export { evaluateGate } from "./release/release-gate";
export type { GateSpec, ReleaseData } from "./release/release-gate";
export {
  costGateCheck,
  latencyGateCheck,
  qualityGateCheck,
  safetyGateCheck,
  twoSidedLevel,
} from "./release/gate-checks";
export type {
  CostGate,
  GateCheck,
  LatencyGate,
  QualityGate,
  SafetyGate,
} from "./release/gate-checks";
export { orderStatisticRank, quantileUpperBound } from "./inference/quantile-upper-bound";
export type { QuantileUpperBound } from "./inference/quantile-upper-bound";
export { bootstrapMeanUpperBound, logNormalMeanUpperBound } from "./inference/mean-upper-bound";
export type { MeanUpperBoundOptions } from "./inference/mean-upper-bound";
export { pairedDifferenceLowerBound } from "./inference/paired-bootstrap";
export type { PairedBootstrapOptions } from "./inference/paired-bootstrap";
export { differenceOfMeansLowerBound } from "./inference/two-sample-bootstrap";
export type { TwoSampleBootstrapOptions } from "./inference/two-sample-bootstrap";
export {
  generateReleaseCandidate,
  repeatedGateTrials,
  truthShouldShip,
} from "./release/release-candidates";
export type { EvaluationSizes, GateTrialSummary, ReleaseTruth } from "./release/release-candidates";

// Canary analysis (Kayenta) and analysis runs (Argo Rollouts)
export { classifyKayentaMetric, judgeKayentaCanary, scoreKayentaCanary } from "./release/kayenta";
export type {
  KayentaClassifierOptions,
  KayentaDirection,
  KayentaGroupScore,
  KayentaLabel,
  KayentaMetricConfig,
  KayentaMetricInput,
  KayentaMetricResult,
  KayentaScore,
  KayentaScoreOptions,
} from "./release/kayenta";
export { argoMeasurementPhase } from "./release/argo-measurement";
export type {
  ArgoCondition,
  ArgoMeasurementPhase,
  ArgoMetricSpec,
  ArgoPhase,
} from "./release/argo-measurement";
export { assessArgoMetric, runArgoAnalysis } from "./release/argo-analysis";
export type { ArgoMetricResult } from "./release/argo-analysis";

// Sequential testing: peeking and confidence sequences
export {
  confidenceSequence,
  mixtureRho,
  normalMixtureRadius,
} from "./inference/confidence-sequence";
export type { ConfidenceSequenceOptions } from "./inference/confidence-sequence";
export { simulatePeeking } from "./inference/sequential";
export type { PeekingOptions, PeekingResult } from "./inference/sequential";

// Scenario generators: covariate shift, prior shift, concept drift
export {
  defaultMagnitudes,
  generateScenario,
  logisticProbability,
  modelAccuracy,
  predictProbabilities,
  referenceConcept,
} from "./drift/shift-scenarios";
export type {
  LabelledDataset,
  LogisticModel,
  ScenarioKind,
  ScenarioOptions,
} from "./drift/shift-scenarios";

// Lineage and reproducibility: hashes, DAG, release pointers
export { sha256, sha256Bytes } from "./lineage/sha256";
export { canonicalJson, contentHash } from "./lineage/canonical-json";
export type { HexHash, JsonValue } from "./lineage/canonical-json";
export {
  diffHashes,
  impactSet,
  lineageHashes,
  rebuildSet,
  topologicalOrder,
} from "./lineage/lineage";
export type { Artifact, ArtifactKind, HashDiff, LineageGraph } from "./lineage/lineage";
export {
  createReleaseRegistry,
  currentTarget,
  promote,
  registerVersion,
  releaseTupleHash,
  rollback,
} from "./lineage/release-pointers";
export type {
  PointerEvent,
  ReleaseRegistry,
  ReleaseTuple,
  ReleaseVersion,
} from "./lineage/release-pointers";

// Feature store: point-in-time joins, materialization, staleness
export { pointInTimeJoin } from "./feature-store/point-in-time-join";
export type {
  EntityId,
  EntityRow,
  FeatureRow,
  FeatureValue,
  PointInTimeOptions,
  Seconds,
} from "./feature-store/point-in-time-join";
export { pointInTimeJoinExplained } from "./feature-store/point-in-time-explained";
export type {
  CandidateStatus,
  JoinCandidate,
  PointInTimeExplanation,
} from "./feature-store/point-in-time-explained";
export { latestValueJoin, leakageSummary } from "./feature-store/latest-value-join";
export { materialize, onlineRead } from "./feature-store/materialization";
export type {
  MaterializeOptions,
  OnlineEntry,
  OnlineRead,
  OnlineStore,
  OnlineWritePolicy,
} from "./feature-store/materialization";
export { generateEventLog } from "./feature-store/event-log";
export type { EventLogOptions } from "./feature-store/event-log";
export { simulateMaterializationSchedule } from "./feature-store/materialization-schedule";
export { outageRecovery, simulateQueue } from "./feature-store/queues";
export type { OutageRecovery, QueueSimulation } from "./feature-store/queues";
export type {
  ScheduledRead,
  ScheduleOptions,
  ScheduleResult,
} from "./feature-store/materialization-schedule";

// Training-serving skew (TFDV)
export { featureSkew } from "./drift/feature-skew";
export type {
  ExampleRow,
  FeatureSkewCounts,
  FeatureSkewOptions,
  SkewMatchStats,
  SkewPair,
} from "./drift/feature-skew";
export { generateSkewScenario } from "./drift/skew-scenarios";
export type { SkewScenario, SkewScenarioKind, SkewScenarioOptions } from "./drift/skew-scenarios";

// Data contracts (ODCS, datacontract-cli, Great Expectations)
export { parseContract, qualityOperators, validateContract } from "./contracts/contract";
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
} from "./contracts/contract";
export { buildContractChecks, normalizeSeverity } from "./contracts/contract-checks";
export type {
  CheckMetric,
  CheckSeverity,
  ContractCheck,
  Validity,
} from "./contracts/contract-checks";
export { compareWithOperator } from "./contracts/contract-metrics";
export type { ContractRow } from "./contracts/contract-metrics";
export { actionForFailure, evaluateContract } from "./contracts/contract-evaluation";
export type {
  ContractAction,
  ContractEvaluation,
  ContractRuleResult,
} from "./contracts/contract-evaluation";
export { exampleTransactionsContract, generateContractBatch } from "./contracts/contract-batch";
export type { ContractBatchOptions, ContractFault } from "./contracts/contract-batch";
export {
  columnMapExpectation,
  expectColumnValuesToBeBetween,
  expectColumnValuesToBeInSet,
  expectColumnValuesToMatchRegex,
  expectColumnValuesToNotBeNull,
} from "./contracts/expectations";
export type { ExpectationResult } from "./contracts/expectations";

// Schema evolution (Avro, Confluent Schema Registry, contract versioning)
export { validateRecordSchema } from "./contracts/avro-schema";
export type { AvroPrimitive, AvroType, RecordSchema, SchemaField } from "./contracts/avro-schema";
export { canRead, checkCompatibility, upgradeOrder } from "./contracts/schema-compatibility";
export type {
  CompatibilityMode,
  CompatibilityViolation,
  ReadIssue,
} from "./contracts/schema-compatibility";
export { classifyContractChanges } from "./contracts/breaking-changes";
export type { ChangeSeverity, ContractChange } from "./contracts/breaking-changes";

// LLM traces (OpenTelemetry GenAI), cost, guardrails, retraining selection
export { buildSpanTree, groupSpansByTrace, isModelCallSpan } from "./llm/llm-traces";
export type { AttributeValue, GenAiEvent, GenAiSpan, SpanTree } from "./llm/llm-traces";
export { traceSummary } from "./llm/trace-summary";
export type { ModelPrice, SpanCost, TraceSummary } from "./llm/trace-summary";
export {
  explicitBucketHistogram,
  genAiOperationDurationBuckets,
  genAiTokenUsageBuckets,
  operationDurationHistogram,
  tokenUsageHistogram,
} from "./llm/gen-ai-metrics";
export type { ExplicitHistogram } from "./llm/gen-ai-metrics";
export { exampleModelPrices, generateAgentTraces } from "./llm/llm-trace-generator";
export type { AgentTraceOptions } from "./llm/llm-trace-generator";
export {
  guardrailCurve,
  guardrailDataset,
  rocCurve,
  thresholdForTargetFpr,
} from "./llm/guardrails";
export type { GuardrailPoint } from "./llm/guardrails";
export { selectRetrainingExamples } from "./llm/retraining-selection";
export type { RetrainingCriteria, SelectedExample } from "./llm/retraining-selection";
