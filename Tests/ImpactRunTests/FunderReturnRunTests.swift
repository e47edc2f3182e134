import Foundation
import ImpactAnalytics
import ImpactModel
import ImpactRun
import ImpactTestSupport
import Testing

@testable import ImpactExport

/// Whole runs of `sample-data/` with return files: every answer is checked against the
/// `indicators.csv` row it must equal, every text answer against the reports' sentences.
@Suite(.serialized) struct FunderReturnRunTests {
  static let sample =
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path + "/sample-data"

  /// A run of the sample with its settings (`min_count` changed, `round_to` added) and
  /// `returns` as its returns folder; the temporary folder holds `out/`.
  struct Run {
    let folder: TemporaryFolder
    var out: String { folder.path + "/out" }

    init(
      returns: [String: String], minCount: Int = 5, roundTo: Int = 1,
      formats: [OutputFormat] = [.csv, .txt]
    ) throws {
      var settings = try String(
        contentsOfFile: FunderReturnRunTests.sample + "/impact.yml", encoding: .utf8)
      settings = settings.replacingOccurrences(
        of: "min_count: 5", with: "min_count: \(minCount)\n  round_to: \(roundTo)")
      var files = ["impact.yml": ""]
      for (name, text) in returns { files["returns/" + name] = text }
      folder = try TemporaryFolder(files)
      try (settings + "\nreturns: \(folder.path)/returns\n").write(
        toFile: folder.path + "/impact.yml", atomically: true, encoding: .utf8)
      _ = try ReportRun(
        options: .init(
          dataFolder: FunderReturnRunTests.sample, configPath: folder.path + "/impact.yml",
          out: out, formats: formats, audiences: [.funder, .inclusion],
          generatedAt: Date(timeIntervalSince1970: 1_775_034_000))
      ).run()
    }

    func text(_ name: String) throws -> String {
      try String(contentsOfFile: out + "/" + name, encoding: .utf8)
    }

    /// The rows of indicators.csv, as column → cell.
    func rows() throws -> [[String: String]] {
      let lines = try text("indicators.csv").split(separator: "\n").map(String.init)
      let header = CSVLine.fields(lines[0])
      return lines.dropFirst().map {
        Dictionary(uniqueKeysWithValues: zip(header, CSVLine.fields($0)))
      }
    }

    /// The answer lines of question `number` of a `.txt` return: after its question, up to
    /// the `Taken from:` or `Word count:` line (which is last).
    func answer(_ number: Int, in name: String) throws -> [String] {
      let lines = try text("return-" + name + ".txt").split(
        separator: "\n", omittingEmptySubsequences: false
      ).map(String.init)
      guard let start = lines.firstIndex(where: { $0.hasPrefix("\(number). ") }) else { return [] }
      var answer: [String] = []
      for line in lines[(start + 1)...] {
        answer.append(line)
        if line.hasPrefix("Taken from: ") || line.hasPrefix("Word count: ") { break }
      }
      return answer
    }
  }

  /// The row of `indicators.csv` a figure question names.
  static func row(
    _ rows: [[String: String]], _ indicator: String, period: String, groupBy: String = "all",
    group: String = "All"
  ) -> [String: String]? {
    rows.first {
      $0["indicator"] == indicator && $0["period"] == period && $0["group_by"] == groupBy
        && $0["group"] == group
    }
  }

  /// What a part of a row must print as: the row's number in the reports' style, `<k` for a
  /// suppressed row's numbers, `–` for an empty cell.
  static func expected(_ field: String, of row: [String: String], minCount: Int) -> String {
    let hidden = ["value", "ci_low", "ci_high", "n", "numerator", "denominator"]
    if row["suppressed"] != "no", hidden.contains(field) { return "<\(minCount)" }
    if field == "status" {
      return ["met": "Met", "not_met": "Not met"][row["status"] ?? ""] ?? "–"
    }
    guard let cell = row[field], let number = Double(cell) else { return "–" }
    let unit = IndicatorUnit(rawValue: row["unit"] ?? "")!
    let style: FigureStyle
    switch field {
    case "n": style = .whole
    case "numerator", "denominator":
      style =
        number == number.rounded() ? .whole : unit == .currency ? .money : .decimal(places: 2)
    default: style = FigureStyle.of(IndicatorID(row["indicator"]!), unit: unit)
    }
    return style.text(number, currencySymbol: "£")
  }

  /// Checks the answer of question `number` against `row`, part by part.
  static func check(
    _ run: Run, _ number: Int, of name: String, _ row: [String: String]?, show: [String],
    minCount: Int = 5
  ) throws {
    let row = try #require(row, "question \(number)")
    let answer = try run.answer(number, in: name)
    let texts =
      show == ["value"]
      ? [answer.first ?? ""]
      : answer.dropLast().map { String($0[$0.range(of: ": ")!.upperBound...]) }
    #expect(
      texts == show.map { expected($0, of: row, minCount: minCount) },
      "question \(number): \(answer)")
  }

  static let everyField = [
    "value", "ci_low", "ci_high", "n", "numerator", "denominator", "target", "status",
  ]

  @Test func everyFigureAnswerEqualsItsIndicatorsCSVRow() throws {
    // A first run finds a suppressed row to ask for.
    let plain = try Run(returns: [:], formats: [.csv])
    defer { plain.folder.remove() }
    let reporting = try #require(plain.rows().first?["period"])
    let plainRows = try plain.rows()
    let anyHidden = plainRows.first { $0["period"] == reporting && $0["suppressed"] != "no" }
    let hidden = try #require(
      plainRows.first {
        $0["period"] == reporting && $0["suppressed"] != "no" && $0["group_by"] == "programme"
          && $0["indicator"] == "unique_participants"
      } ?? anyHidden)
    let form = """
      title: Every kind
      funder: local council
      questions:
        - ask: People
          figure: unique_participants
        - ask: People in care homes, year to date
          figure: unique_participants
          group_by: setting
          group: care_home
          period: ytd
        - ask: Sessions last quarter
          figure: sessions
          period: previous
        - ask: People a year ago
          figure: unique_participants
          period: last_year
        - ask: Wellbeing change, every part
          figure: swemwbs_change
          show: [\(Self.everyField.joined(separator: ", "))]
        - ask: Deprived areas
          figure: priority_share:imd_1_3
          show: [value, numerator, denominator, target, status]
        - ask: Income from the council
          figure: income
        - ask: A suppressed figure
          figure: \(hidden["indicator"]!)
          group_by: \(hidden["group_by"]!)
          group: "\(hidden["group"]!)"
          show: [value, n, target]
        - ask: Income per participant, every part
          figure: funding_per_participant
          show: [\(Self.everyField.joined(separator: ", "))]
      """
    let run = try Run(returns: ["every.yml": form])
    defer { run.folder.remove() }
    let rows = try run.rows()
    let periods = Set(rows.map { $0["period"]! })
    let ytd = try #require(periods.first { $0.hasSuffix("YTD") })
    let row = { (id: String, period: String, groupBy: String, group: String) in
      Self.row(rows, id, period: period, groupBy: groupBy, group: group)
    }
    try Self.check(
      run, 1, of: "every", row("unique_participants", reporting, "all", "All"), show: ["value"])
    try Self.check(
      run, 2, of: "every", row("unique_participants", ytd, "setting", "care_home"), show: ["value"])
    let answers = try run.answer(3, in: "every")
    let previous = try #require(answers.last?.split(separator: ", ").last.map(String.init))
    #expect(previous.hasSuffix("Q3"))
    try Self.check(run, 3, of: "every", row("sessions", previous, "all", "All"), show: ["value"])
    let lastYear = try #require(
      run.answer(4, in: "every").last?.split(separator: ", ").last.map(String.init))
    #expect(lastYear.hasPrefix("2024-25"))
    try Self.check(
      run, 4, of: "every", row("unique_participants", lastYear, "all", "All"), show: ["value"])
    try Self.check(
      run, 5, of: "every", row("swemwbs_change", reporting, "all", "All"), show: Self.everyField)
    try Self.check(
      run, 6, of: "every", row("priority_share:imd_1_3", reporting, "all", "All"),
      show: ["value", "numerator", "denominator", "target", "status"])
    // `funder:` scopes income to the funder's row (matched ignoring case).
    try Self.check(
      run, 7, of: "every", row("income", reporting, "funder", "Local Council"), show: ["value"])
    #expect(
      try run.answer(7, in: "every").last
        == "Taken from: Income (income), Funder: Local Council, \(reporting)")
    let suppressed = row(hidden["indicator"]!, reporting, hidden["group_by"]!, hidden["group"]!)
    try Self.check(run, 8, of: "every", suppressed, show: ["value", "n", "target"])
    #expect(try run.answer(8, in: "every").first == "Value: <5")
    try Self.check(
      run, 9, of: "every", row("funding_per_participant", reporting, "all", "All"),
      show: Self.everyField)
  }

  @Test func textAnswersAreTheReportsSentencesCutAtASentenceEndWithTheirCount() throws {
    let form = """
      title: Words
      funder: Local Council
      questions:
        - ask: Reach
          text: reach
        - ask: Inclusion
          text: inclusion
        - ask: Wellbeing
          text: wellbeing
        - ask: Outcomes
          text: outcomes
        - ask: Outcomes, short
          text: outcomes
          words: 50
        - ask: Funding
          text: funding
        - ask: Quotes, short
          text: quotes
          words: 15
      """
    let run = try Run(returns: ["words.yml": form], formats: [.csv, .txt, .md])
    defer { run.folder.remove() }
    func text(_ number: Int) throws -> (String, String) {
      let answer = try run.answer(number, in: "words")
      return (answer.dropLast().joined(separator: "\n"), answer.last ?? "")
    }
    let summary = try run.text("funder-summary-local-council.txt")
    let inclusion = try run.text("inclusion-report.md")
    let (reach, reachCount) = try text(1)
    #expect(summary.contains(reach))
    #expect(reachCount == "Word count: \(WordCount.of(reach)) words")
    #expect(inclusion.contains(try text(2).0))
    let wellbeing = try text(3).0
    #expect(wellbeing.hasPrefix("Wellbeing (SWEMWBS): Across "))
    #expect(summary.contains(wellbeing))
    let outcomes = try text(4).0
    #expect(outcomes.hasPrefix(wellbeing + " "))
    #expect(
      outcomes.hasSuffix("of those who answered the survey were satisfied (4 or 5 out of 5)."))
    // Cut: whole sentences from the start, within the limit, and said so.
    let (short, shortCount) = try text(5)
    #expect(WordCount.of(outcomes) > 50)
    #expect(outcomes.hasPrefix(short) && short.hasSuffix("."))
    #expect(WordCount.of(short) <= 50)
    #expect(
      shortCount == "Word count: \(WordCount.of(short)) words, 50 allowed (cut at a sentence end)")
    // The next sentence would not have fitted.
    let next = outcomes.dropFirst(short.count).trimmingCharacters(in: .whitespaces)
    let nextEnd = SentenceFit.sentenceEnds(in: next).first!
    #expect(WordCount.of(short) + WordCount.of(String(next[..<nextEnd])) > 50)
    let funding = try text(6).0
    #expect(funding.hasPrefix("Riverside Arts Centre counted £") && summary.contains(funding))
    let (quotes, quotesCount) = try text(7)
    #expect(quotes.split(separator: "\n").allSatisfy { $0.hasPrefix("\"") && $0.hasSuffix(")") })
    #expect(quotesCount.hasPrefix("Word count: \(WordCount.of(quotes)) words, 15 allowed"))
    // The Markdown file gives the same answers and counts.
    let markdown = try run.text("return-words.md")
    #expect(markdown.contains("*\(shortCount.dropFirst("Word count: ".count))*"))
    #expect(markdown.contains("## 5. Outcomes, short"))
  }

  @Test func aReturnUnderMinCountEightHidesWhatTheTableHides() throws {
    let plain = try Run(returns: [:], formats: [.csv])
    defer { plain.folder.remove() }
    let reporting = try #require(plain.rows().first?["period"])
    // A figure about 5 to 7 people: shown under min_count 5, hidden under 8.
    let small = try #require(
      plain.rows().first {
        $0["period"] == reporting && $0["suppressed"] == "no" && $0["group_by"] == "programme"
          && (5..<8).contains(Int($0["n"] ?? "") ?? 0)
      })
    let form = """
      title: Health partner
      questions:
        - ask: Small figure
          figure: \(small["indicator"]!)
          group_by: programme
          group: "\(small["group"]!)"
          show: [value, n]
        - ask: People
          figure: unique_participants
      """
    let run = try Run(returns: ["health.yml": form], minCount: 8)
    defer { run.folder.remove() }
    let rows = try run.rows()
    let hidden = try #require(
      Self.row(
        rows, small["indicator"]!, period: reporting, groupBy: "programme", group: small["group"]!))
    #expect(hidden["suppressed"] != "no")
    try Self.check(run, 1, of: "health", hidden, show: ["value", "n"], minCount: 8)
    #expect(try run.answer(1, in: "health").prefix(2) == ["Value: <8", "People it rests on: <8"])
    try Self.check(
      run, 2, of: "health", Self.row(rows, "unique_participants", period: reporting),
      show: ["value"],
      minCount: 8)
    #expect(try run.text("return-health.txt").contains("shown as <8"))
  }

  /// The health partner's example return under `{ min_count: 8, round_to: 5 }` (NHS Digital's
  /// practice, which the example's comment tells its user to set): every answer equals its
  /// rounded indicators.csv row, and the rounded counts are the unrounded run's counts taken
  /// to the nearest 5 (halves up), while means keep their values.
  @Test func theHealthPartnerReturnUnderRoundToFiveAndMinCountEight() throws {
    let root = URL(fileURLWithPath: Self.sample).deletingLastPathComponent().path
    let form = try String(
      contentsOfFile: root + "/reports/returns-examples/health-partner-return.yml",
      encoding: .utf8)
    let plain = try Run(returns: [:], minCount: 8, formats: [.csv])
    defer { plain.folder.remove() }
    let run = try Run(returns: ["health.yml": form], minCount: 8, roundTo: 5)
    defer { run.folder.remove() }
    let reporting = try #require(run.rows().first?["period"])
    let (rows, plainRows) = (try run.rows(), try plain.rows())
    func both(_ indicator: String, _ groupBy: String = "all", _ group: String = "All") throws
      -> (rounded: [String: String], plain: [String: String])
    {
      (
        try #require(Self.row(rows, indicator, period: reporting, groupBy: groupBy, group: group)),
        try #require(
          Self.row(plainRows, indicator, period: reporting, groupBy: groupBy, group: group))
      )
    }
    func nearestFive(_ cell: String?) -> String {
      let x = Double(cell ?? "") ?? .nan
      return String(Int((x / 5 + 0.5).rounded(.down)) * 5)
    }
    let questions: [(String, String, String, [String])] = [
      ("unique_participants", "setting", "hospital", ["value"]),
      ("attendances", "setting", "hospital", ["value"]),
      ("unique_participants", "priority_group", "disabled", ["value"]),
      ("swemwbs_change", "all", "All", ["value", "ci_low", "ci_high", "n"]),
      ("swemwbs_improved_share", "all", "All", ["value", "numerator", "denominator"]),
      ("ons_anxious_mean", "all", "All", ["value", "n", "target", "status"]),
    ]
    for (number, (indicator, groupBy, group, show)) in questions.enumerated() {
      let (rounded, unrounded) = try both(indicator, groupBy, group)
      try Self.check(run, number + 1, of: "health", rounded, show: show, minCount: 8)
      #expect(rounded["suppressed"] == unrounded["suppressed"], "\(indicator)")
      guard rounded["suppressed"] == "no" else { continue }
      #expect(rounded["n"] == nearestFive(unrounded["n"]), "\(indicator) n")
      switch rounded["unit"] {
      case "people", "count":
        #expect(rounded["value"] == nearestFive(unrounded["value"]), "\(indicator)")
      case "share":
        #expect(rounded["numerator"] == nearestFive(unrounded["numerator"]), "\(indicator)")
        #expect(rounded["denominator"] == nearestFive(unrounded["denominator"]), "\(indicator)")
        #expect(rounded["value"] == unrounded["value"], "\(indicator)")
      default:
        #expect(rounded["value"] == unrounded["value"], "\(indicator)")
        #expect(rounded["ci_low"] == unrounded["ci_low"], "\(indicator)")
      }
    }
    // The sample's people in hospital settings are not a multiple of 5 before rounding, so the
    // test sees rounding at work.
    let (hospital, hospitalPlain) = try both("unique_participants", "setting", "hospital")
    #expect(hospitalPlain["value"] != hospital["value"])
  }

  @Test func theReturnWorkbookIsWrittenAndAMistakeStopsTheRunBeforeAnythingIsWritten() throws {
    let good = try Run(
      returns: ["a.yml": "questions:\n  - ask: People\n    figure: unique_participants\n"],
      formats: [.xlsx])
    defer { good.folder.remove() }
    let workbook = try Data(contentsOf: URL(fileURLWithPath: good.out + "/return-a.xlsx"))
    #expect(workbook.starts(with: [0x50, 0x4B]))
    do {
      let bad = try Run(
        returns: ["a.yml": "questions:\n  - ask: People\n    figure: unique_participant\n"])
      bad.folder.remove()
      Issue.record("no error")
    } catch let error as ReportRunError {
      guard case .returns(let returnError) = error else {
        Issue.record("unexpected \(error)")
        return
      }
      #expect(returnError.description.contains("question 1 (\"People\")"))
      #expect(returnError.description.contains("Did you mean \"unique_participants\"?"))
    }
  }
}

/// One line of `indicators.csv` split into its fields (quotes undone).
enum CSVLine {
  static func fields(_ line: String) -> [String] {
    var fields: [String] = []
    var field = ""
    var quoted = false
    var previous: Character?
    for character in line {
      if character == "\"" {
        if quoted, previous == "\"" { field.append("\"") }
        quoted.toggle()
      } else if character == ",", !quoted {
        fields.append(field)
        field = ""
      } else {
        field.append(character)
      }
      previous = character
    }
    fields.append(field)
    return fields
  }
}
