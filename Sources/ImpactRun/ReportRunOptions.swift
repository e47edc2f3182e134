import Foundation
import ImpactExport

extension ReportRun {
  /// What a report run reads, computes and writes.
  public struct Options: Sendable {
    /// The folder holding the CSV files.
    public var dataFolder: String
    /// A settings file to use instead of `<dataFolder>/impact.yml`.
    public var configPath: String?
    /// The reporting period as written (`2025-26 Q2`, `2025-26`, a range, or `latest`).
    public var period: String
    /// Where to write; `reports/<period>` when `nil`.
    public var out: String?
    /// Which outputs to write.
    public var formats: [OutputFormat]
    /// Which text reports to write.
    public var audiences: [Audience]
    /// Only this funder's summary (matched ignoring case); every funder's when `nil`.
    public var funder: String?
    /// A folder of edited report templates; the built-in ones when `nil`.
    public var templatesFolder: String?
    /// The most words a plain-text funder summary may have.
    public var words: Int?
    /// Skip a file that cannot be read instead of stopping.
    public var keepGoing: Bool
    /// Stop if any row is rejected.
    public var strict: Bool
    /// The time the outputs say they were generated.
    public var generatedAt: Date

    /// Creates the options; everything but the data folder has the command line's default.
    public init(
      dataFolder: String, configPath: String? = nil, period: String = "latest",
      out: String? = nil, formats: [OutputFormat] = OutputFormat.allCases,
      audiences: [Audience] = Audience.allCases, funder: String? = nil,
      templatesFolder: String? = nil, words: Int? = nil, keepGoing: Bool = false,
      strict: Bool = false, generatedAt: Date = Date()
    ) {
      self.dataFolder = dataFolder
      self.configPath = configPath
      self.period = period
      self.out = out
      self.formats = formats
      self.audiences = audiences
      self.funder = funder
      self.templatesFolder = templatesFolder
      self.words = words
      self.keepGoing = keepGoing
      self.strict = strict
      self.generatedAt = generatedAt
    }
  }
}
