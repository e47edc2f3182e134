import ImpactModel

/// What the writers of one sample share: the seed and scale, the people created so far, the
/// postcode pool, and the record of files and problems written.
struct SampleContext {
  let seed: UInt64
  let scale: Int
  /// The output folder, ending in `/`.
  let folder: String
  var registry = PersonRegistry()
  let postcodes: PostcodePool
  /// The people each programme created, by programme index.
  var programmePeople: [Range<Int>] = []
  var files: [SampleFile] = []
  var problems: [SampleProblem] = []
  /// Responses written to the events feedback file so far.
  var eventResponses = 0

  init(seed: UInt64, scale: Int, folder: String) {
    self.seed = seed
    self.scale = scale
    self.folder = folder
    postcodes = PostcodePool(seed: seed, size: 400 * min(scale, 50))
  }

  /// Records a deliberate problem.
  mutating func note(
    _ file: String, line: Int, column: String, value: String,
    severity: Severity, problem: String
  ) {
    problems.append(
      SampleProblem(
        file: file, line: line, column: column, value: value, severity: severity,
        problem: problem))
  }
}
