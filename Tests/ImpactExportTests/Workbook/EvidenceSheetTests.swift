import Foundation
import ImpactAnalytics
import ImpactModel
import ImpactTestSupport
import Testing

@testable import ImpactExport

/// The Evidence sheet, written from a small hand-made table and read back: its cells, its
/// native charts (a stacked bar of the ONS bands, a column chart by sessions attended), the
/// completer caveat, the WELLBY range, and the About sheet's citations.
@Suite struct EvidenceSheetTests {
  private static let q2 = TextFixture.q2

  private static func row(
    _ id: IndicatorID, _ value: Double?, unit: IndicatorUnit, by groupBy: GroupBy = .all,
    group: Group = .all, n: Int?, _ change: (inout IndicatorRow) -> Void = { _ in }
  ) -> IndicatorRow {
    var row = IndicatorRow(
      period: q2, indicator: id, groupBy: groupBy, group: group, unit: unit, value: value, n: n)
    change(&row)
    return row
  }

  private static var rows: [IndicatorRow] {
    var rows: [IndicatorRow] = []
    for (band, share) in [("low", 0.1), ("medium", 0.25), ("high", 0.4), ("very_high", 0.25)] {
      rows.append(
        row(.band(.onsLifeSatisfaction), share, unit: .share, by: .band, group: Group(band), n: 20)
        {
          $0.numerator = share * 200
          $0.denominator = 200
        })
    }
    for (band, count) in [("very_low", 30.0), ("low", 90.0), ("medium", 0.0), ("high", 3.0)] {
      rows.append(
        row(
          .band(.onsAnxious), count == 3 ? nil : count / 123, unit: .share, by: .band,
          group: Group(band), n: count == 3 ? nil : Int(count)
        ) {
          $0.numerator = count == 3 ? nil : count
          $0.denominator = count == 3 ? nil : 123
          if count == 3 { $0.suppressed = .primary }
        })
    }
    for (band, change, pairs) in [("1-3", 1.1, 40), ("12+", 3.2, 35)] {
      rows.append(
        row(
          .change(.swemwbs), change, unit: .score, by: .sessionsAttended, group: Group(band),
          n: pairs))
      rows.append(
        row(
          .pairs(.swemwbs), Double(pairs), unit: .people, by: .sessionsAttended,
          group: Group(band), n: pairs))
    }
    rows.append(row(.pairs(.swemwbs), 75, unit: .people, n: 75))
    rows.append(
      row(.completionShare(.swemwbs), 0.64, unit: .share, n: 200) {
        $0.numerator = 200
        $0.denominator = 312
      })
    rows.append(
      row(.completionGap(.swemwbs), 1.8, unit: .score, n: 112) {
        $0.ciLow = 0.6
        $0.ciHigh = 3.0
        $0.pValue = 0.003
      })
    rows.append(
      row(.baselineGap(.swemwbs), -1.8, unit: .score, n: 212) {
        $0.ciLow = -2.6
        $0.ciHigh = -1.0
        $0.pValue = 0.0001
      })
    rows.append(row(.wellbyValue, 26000, unit: .currency, n: nil))
    rows.append(row(.wellbyValueLow, 20000, unit: .currency, n: nil))
    rows.append(row(.wellbyValueHigh, 32000, unit: .currency, n: nil))
    return rows
  }

  private static func written() throws -> (WorkbookReader, TemporaryFolder) {
    var configuration = ImpactConfiguration()
    configuration.wellbeing.wellby = true
    configuration.wellbeing.deadweight = 0.2
    configuration.suppressionRoundTo = 5
    let context = ReportContext(
      table: IndicatorTable(periods: TextFixture.periods, rows: rows, quotes: [], minCount: 5),
      configuration: configuration, generatedAt: "2025-10-02T08:00:00Z", toolVersion: "9.9.9",
      dataset: Dataset())
    let folder = try TemporaryFolder()
    try WorkbookExporter(context: context).write(to: folder.file("impact-report.xlsx"))
    return (try WorkbookReader(path: folder.file("impact-report.xlsx")), folder)
  }

  /// The cell right of the first cell holding `text`, `offset` columns along.
  private static func beside(
    _ text: String, _ cells: [String: WorkbookReader.Cell], offset: Int = 1
  ) -> WorkbookReader.Cell? {
    guard let (reference, _) = cells.first(where: { $0.value == .text(text) }) else { return nil }
    let letters = reference.prefix { $0.isLetter }
    let row = reference.dropFirst(letters.count)
    let column = Character(
      UnicodeScalar(letters.unicodeScalars.first!.value + UInt32(offset))!)
    return cells["\(column)\(row)"]
  }

  @Test func theSheetHoldsTheFiguresWithSuppressedOnesHidden() throws {
    let (workbook, folder) = try Self.written()
    defer { folder.remove() }
    #expect(workbook.sheets.map(\.name).contains("Evidence"))
    let cells = workbook.cells(of: "Evidence")
    // Life satisfaction: Low 10%, Medium 25% …, and its 200 answers.
    #expect(Self.beside("Life satisfaction (0–10)", cells) == .number(0.1))
    #expect(Self.beside("Life satisfaction (0–10)", cells, offset: 3) == .number(0.4))
    #expect(Self.beside("Life satisfaction (0–10)", cells, offset: 5) == .number(200))
    // Anxiety's high band rests on 3 answers: shown as <5.
    #expect(
      Self.beside("Anxiety yesterday (0–10, lower is better)", cells, offset: 4) == .text("<5"))
    #expect(Self.beside("1 to 3 sessions", cells, offset: 2) == .number(1.1))
    #expect(Self.beside("12+ sessions", cells, offset: 1) == .number(35))
    #expect(
      Self.beside("Starting wellbeing against the population (SWEMWBS)", cells) == .number(-1.8))
    #expect(
      Self.beside("Starting wellbeing against the population (SWEMWBS)", cells, offset: 7)
        == .text("Woman 23.2, Man 23.7"))
    let texts = workbook.texts(of: "Evidence")
    #expect(
      texts.contains(
        "SWEMWBS: People who left started with higher wellbeing, so the change among completers "
          + "may overstate the programme's effect."))
    #expect(Self.beside("Low (£10,000 a WELLBY)", cells) == .number(20000))
    #expect(Self.beside("High (£16,000 a WELLBY)", cells) == .number(32000))
    #expect(
      texts.contains {
        $0.hasPrefix("In 2019 prices (price index 1.000); 20% is deducted for what would have")
      })
  }

  @Test func theBandsAreANativeStackedBarAndTheSessionsAColumnChart() throws {
    let (workbook, folder) = try Self.written()
    defer { folder.remove() }
    let charts = workbook.entries.keys.filter { $0.hasPrefix("xl/charts/chart") }.map {
      workbook.text($0)
    }
    let bands = try #require(charts.first { $0.contains("ONS answers by band (share") })
    #expect(bands.contains("<c:barDir val=\"bar\"/>"))
    #expect(bands.contains("<c:grouping val=\"stacked\"/>"))
    // One series a band, each reading its column of the table.
    #expect(bands.components(separatedBy: "<c:ser>").count - 1 == 4)
    #expect(bands.contains("<c:f>Evidence!$B$"))
    #expect(bands.contains("<c:f>Evidence!$E$"))
    let anxiety = try #require(charts.first { $0.contains("ONS anxiety answers by band") })
    #expect(anxiety.contains("<c:grouping val=\"stacked\"/>"))
    let sessions = try #require(
      charts.first { $0.contains("Mean change (SWEMWBS) by sessions attended") })
    #expect(sessions.contains("<c:barDir val=\"col\"/>"))
  }

  @Test func theAboutSheetCitesTheMeaningfulChangesAndTheNorms() throws {
    let (workbook, folder) = try Self.written()
    defer { folder.remove() }
    let texts = workbook.texts(of: "About")
    #expect(texts.contains { $0.contains("8 for WEMWBS (Maheswaran et al. 2012)") })
    #expect(texts.contains { $0.contains("3 for SWEMWBS (Shah et al. 2018)") })
    #expect(texts.contains { $0.contains(" Counts are rounded to the nearest 5 after hiding") })
    #expect(
      texts.contains {
        $0.contains(
          "SWEMWBS Woman 23.2, Man 23.7 (Ng Fat et al. 2017, Health Survey for England 2010–13")
      })
  }
}
