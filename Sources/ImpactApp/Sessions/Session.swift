import ImpactExport
import ImpactRun

/// One browser's work: its data, its settings and its runs, kept apart from every other's.
struct Session: Sendable {
  /// The session's id (its cookie) and its folder's name in the workspace.
  let id: String
  /// The token every form of this session carries.
  let csrf: Secret
  /// The data folder in use: chosen on this machine or an upload in the workspace.
  var dataFolder: String?
  /// How the data is named on the pages (the folder's path, or the files uploaded).
  var dataName: String?
  /// How many uploads have been made (each goes into its own folder).
  var uploads = 0
  /// The report settings.
  var settings = ReportSettings()
  /// Every run started, by number.
  var runs: [Int: RunRecord] = [:]

  /// The newest run, if any.
  var latestRun: (number: Int, record: RunRecord)? {
    runs.max { $0.key < $1.key }.map { ($0.key, $0.value) }
  }
}

/// What the settings page chooses.
struct ReportSettings: Sendable, Equatable {
  /// The reporting period as written.
  var period = "latest"
  /// The documents to write.
  var audiences = Audience.allCases
  /// Only this funder's summary, when set.
  var funder: String?
  /// A folder of edited templates, when set.
  var templates: String?
}

/// One report run: how far it has got, then what it wrote or why it stopped.
struct RunRecord: Sendable {
  /// Where the run goes or went.
  enum State: Sendable {
    case running(RunStatus)
    case done(ReportRunResult)
    case failed(String)
  }

  var state: State = .running(RunStatus())
}
