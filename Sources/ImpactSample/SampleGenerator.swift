import Foundation
import ImpactFiles
import ImpactModel

/// Writes a realistic synthetic data folder for "Riverside Arts Centre", a UK arts centre:
/// the generator behind `impact sample`, the committed `sample-data/` folder (seed 1,
/// scale 1) and the benchmarks.
///
/// The folder covers the financial years 2024-25 and 2025-26 (1 April 2024 to 31 March
/// 2026) and seven programmes: Young Creatives (schools), Youth Theatre (venue), Memory Café
/// (care home and community), Hospital Arts (hospital), Prison Voices (prison), Digital Art
/// Club (online) and Family Saturdays (venue, with anonymous headcounts). It holds:
///
/// - `attendance/attendance-<programme>-<year>.csv`: fourteen registers laid out the ways
///   people export them (aliases, a semicolon file, a tab-separated UTF-16 LE file, a
///   Windows-1252 file, a title row, a flat export with participant columns, CRLF line ends,
///   several date, time, duration and status styles);
/// - `participants.csv`: one profile per person;
/// - `feedback/feedback-wellbeing-<year>.csv` (SWEMWBS, ONS4, rating, comments),
///   `feedback/surveymonkey-youth-theatre.csv` (a SurveyMonkey export with two header rows,
///   whose SWEMWBS items are headed by ``surveyItemLabels``) and
///   `feedback/feedback-events.csv` (anonymous single-stage cards);
/// - `funding.csv`: grants, donations and earned income in mixed money formats.
///
/// The same seed and scale give byte-identical files: every number comes from the
/// generator's own SplitMix64 streams, never the system's random source. Rows are written as
/// they are made, so memory grows with the number of people, not of rows.
///
/// Deliberate data problems, one of each, are listed with file, line and column in
/// ``SampleSummary/problems``: an impossible date `31/02/2025`, a duplicate attendance row, a
/// malformed quote (`"Big" Band`), a row without a programme, an unknown setting
/// (`Bandstand`), a SWEMWBS item of 7, a duplicate `response_id`, an age of 212, a
/// duplicated funding line, a negative amount and a funding line with no date.
public struct SampleGenerator: Sendable {
  /// The seed: the same seed gives the same files.
  public let seed: UInt64
  /// How many copies of each programme group run (1 or more): attendance rows, people and
  /// feedback grow in proportion. Scale 1 writes about 18,000 attendance rows; scale
  /// ``scaleForTenMillionRows`` writes about ten million.
  public let scale: Int

  /// The scale that writes about ten million attendance rows.
  public static let scaleForTenMillionRows = 551

  /// The organisation's name, for `impact.yml`.
  public static let organisation = RiversideArtsCentre.name

  /// The headings of the seven SWEMWBS items in the SurveyMonkey export (its second header
  /// row), in item order. They are short descriptions written for this sample, not the
  /// scale's wording (© University of Warwick); a config maps them to `swemwbs_1` …
  /// `swemwbs_7` under `columns: feedback:`.
  public static let surveyItemLabels = [
    "Optimism about the future", "Feeling useful", "Feeling relaxed",
    "Dealing with problems well", "Thinking clearly", "Feeling close to other people",
    "Able to make up my own mind",
  ]

  /// A generator for a seed and scale (a scale below 1 is taken as 1).
  public init(seed: UInt64, scale: Int) {
    self.seed = seed
    self.scale = max(1, scale)
  }

  /// Writes the sample into `directory` (created if missing), replacing files of the same
  /// names, and returns what was written. Each file appears whole or not at all.
  public func write(to directory: String) throws(FileWriteError) -> SampleSummary {
    let folder = directory.hasSuffix("/") ? directory : directory + "/"
    for subfolder in ["", "attendance", "feedback", "lookups"] {
      try Folder.create(folder + subfolder)
    }
    var context = SampleContext(seed: seed, scale: scale, folder: folder)
    var events = try CSVWriter(path: folder + EventFeedback.path)
    try events.writeRow(EventFeedback.header)

    for (index, plan) in RiversideArtsCentre.programmes.enumerated() {
      let firstPerson = context.registry.count
      var simulation = ProgrammeSimulation(
        programmeIndex: index, plan: plan, seed: seed, scale: scale)
      for (year, financialYear) in RiversideArtsCentre.financialYears.enumerated() {
        let path = "attendance/attendance-\(plan.slug)-\(financialYear.label).csv"
        try simulation.writeYear(year, path: path, events: &events, context: &context)
      }
      context.programmePeople.append(firstPerson..<context.registry.count)
    }

    let eventRows = events.rowsWritten - 1
    try events.finish()
    context.files.append(
      SampleFile(path: EventFeedback.path, kind: .feedback, rows: eventRows, encoding: .utf8))
    try WellbeingFeedback.write(context: &context)
    try ParticipantsFile.write(context: &context)
    try FundingFile.write(context: &context)
    try IMDLookupFile.write(context: context)
    try SampleSettingsFile.write(folder: folder)
    return SampleSummary(
      files: context.files, problems: context.problems, people: context.registry.count)
  }
}
