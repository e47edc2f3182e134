import ImpactAnalytics
import ImpactModel
import Testing

@testable import ImpactExport

/// The deeper-evidence passages, rendered with the built-in templates from small hand-made
/// tables: each sentence as a reader sees it, the completer caveat firing and not firing, and
/// suppressed figures staying hidden.
@Suite struct EvidencePassageTests {
  private static let q2 = TextFixture.q2
  private static let labels = (try? ReportLabels.builtIn()) ?? ReportLabels(texts: [:])

  private static func row(
    _ id: IndicatorID, _ value: Double?, unit: IndicatorUnit = .score, by groupBy: GroupBy = .all,
    group: Group = .all, n: Int?, _ change: (inout IndicatorRow) -> Void = { _ in }
  ) -> IndicatorRow {
    var row = IndicatorRow(
      period: q2, indicator: id, groupBy: groupBy, group: group, unit: unit, value: value, n: n)
    change(&row)
    return row
  }

  private static func hidden(
    _ id: IndicatorID, unit: IndicatorUnit = .score, by groupBy: GroupBy = .all,
    group: Group = .all
  ) -> IndicatorRow {
    row(id, nil, unit: unit, by: groupBy, group: group, n: nil) { $0.suppressed = .primary }
  }

  private static func facts(_ rows: [IndicatorRow], wellby: Bool = false) -> ReportFacts {
    var configuration = ImpactConfiguration()
    configuration.wellbeing.wellby = wellby
    let context = ReportContext(
      table: IndicatorTable(periods: TextFixture.periods, rows: rows, quotes: [], minCount: 5),
      configuration: configuration, generatedAt: "2025-10-02T08:00:00Z", toolVersion: "9.9.9",
      dataset: Dataset())
    return ReportFacts(context: context, labels: labels)
  }

  private static func render(_ view: Any, _ partial: String) throws -> String {
    let templates = try ReportTemplates(source: .builtIn)
    let text = try templates.render(view, partial: partial, format: .md)
    return try #require(text)
  }

  private static let share = row(.completionShare(.swemwbs), 0.64, unit: .share, n: 200) {
    $0.numerator = 200
    $0.denominator = 312
  }

  @Test func theCompleterCaveatFiresWhenThoseWhoLeftStartedClearlyHigher() throws {
    let gap = Self.row(.completionGap(.swemwbs), 1.8, n: 112) {
      $0.ciLow = 0.6
      $0.ciHigh = 3.0
      $0.pValue = 0.003
    }
    let view = EvidenceView(Self.facts([Self.share, gap]))
    #expect(
      try Self.render(view.completion, "_evidence-completion")
        == "64% of 312 before surveys were followed by an after survey. People who left started "
        + "with higher wellbeing, so the change among completers may overstate the programme's "
        + "effect. Their starting scores were 1.8 points higher on average (95% interval 0.6 to "
        + "3.0).")
  }

  @Test func noCaveatWhenTheDifferenceCouldBeChance() throws {
    let gap = Self.row(.completionGap(.swemwbs), 0.4, n: 112) {
      $0.ciLow = -0.8
      $0.ciHigh = 1.6
      $0.pValue = 0.51
    }
    let text = try Self.render(
      EvidenceView(Self.facts([Self.share, gap])).completion, "_evidence-completion")
    #expect(!text.contains("overstate"))
    #expect(
      text
        == "64% of 312 before surveys were followed by an after survey. The starting scores of "
        + "people who left and of those who completed do not differ clearly. (The difference is "
        + "0.4 points, 95% interval −0.8 to 1.6.)")
  }

  @Test func aSuppressedGapIsNotComparedAndShowsNoFigure() throws {
    let text = try Self.render(
      EvidenceView(Self.facts([Self.share, Self.hidden(.completionGap(.swemwbs))])).completion,
      "_evidence-completion")
    #expect(
      text
        == "64% of 312 before surveys were followed by an after survey. Too few people left, or "
        + "too few completed, to compare their starting scores.")
  }

  @Test func baselineBelowThePopulationNamesTheIntervalAndTheNormsSource() throws {
    let gap = Self.row(.baselineGap(.swemwbs), -1.8, n: 212) {
      $0.ciLow = -2.6
      $0.ciHigh = -1.0
      $0.pValue = 0.0001
      $0.numerator = -381.6
      $0.denominator = 212
    }
    let view = EvidenceView(Self.facts([gap]))
    #expect(
      try Self.render(view.baseline, "_evidence-baseline")
        == "Before taking part, the 212 responses of people aged 16 or over averaged 1.8 points "
        + "below the population on SWEMWBS (95% interval −2.6 to −1.0; population average Woman "
        + "23.2, Man 23.7, Ng Fat et al. 2017, Health Survey for England 2010–13, people aged 16 "
        + "and over). Participants started with lower wellbeing than the population as a whole.")
    // The table row: the gap, its interval, the responses and the population figure.
    #expect(
      view.population.rows.map { $0.cells.map(\.text) } == [
        [
          "Starting wellbeing against the population (SWEMWBS)", "−1.8", "−2.6 to −1.0", "212",
          "Woman 23.2, Man 23.7",
        ]
      ])
  }

  @Test func aSuppressedBaselineIsNotCompared() throws {
    let view = EvidenceView(Self.facts([Self.hidden(.baselineGap(.swemwbs))]))
    #expect(
      try Self.render(view.baseline, "_evidence-baseline")
        == "Fewer than 5 people aged 16 or over gave a starting score, so it is not compared with "
        + "the population.")
    #expect(view.population.rows.map { $0.cells[1].text } == ["<5"])
  }

  private static func dose(_ band: String, _ change: Double, pairs: Int) -> [IndicatorRow] {
    [
      row(.change(.swemwbs), change, by: .sessionsAttended, group: Group(band), n: pairs) {
        $0.ciLow = change - 0.5
        $0.ciHigh = change + 0.5
      },
      row(
        .pairs(.swemwbs), Double(pairs), unit: .people, by: .sessionsAttended, group: Group(band),
        n: pairs),
    ]
  }

  @Test func moreSessionsMoreChangeIsAnAssociationNotACause() throws {
    let rows = Self.dose("12+", 3.2, pairs: 35) + Self.dose("1-3", 1.1, pairs: 40)
    let view = EvidenceView(Self.facts(rows))
    #expect(
      try Self.render(view.dose, "_evidence-dose")
        == "People who came to more sessions tended to change more: the average change was 3.2 "
        + "points among those who came to 12+ sessions (35 pairs), against 1.1 among those who "
        + "came to 1 to 3 sessions (40 pairs). This is an association: people who come more "
        + "often may differ in other ways, so it does not show that more sessions caused more "
        + "change.")
    // Bands read fewest sessions first, whatever the row order.
    #expect(
      view.doseTable.rows.map { $0.cells.map(\.text) } == [
        ["1 to 3 sessions", "40", "1.1", "0.6 to 1.6"],
        ["12+ sessions", "35", "3.2", "2.7 to 3.7"],
      ])
    #expect(view.doseChart?.description == "1 to 3 sessions: 1.1; 12+ sessions: 3.2.")
  }

  @Test func lessChangeWithMoreSessionsIsSaidPlainly() throws {
    let rows = Self.dose("1-3", 2.0, pairs: 12) + Self.dose("7-11", 1.5, pairs: 40)
    let text = try Self.render(EvidenceView(Self.facts(rows)).dose, "_evidence-dose")
    #expect(text.hasPrefix("People who came to more sessions did not change more:"))
    #expect(text.contains("A group with fewer than 30 pairs is too small to generalise from."))
  }

  @Test func lonelinessBeforeAndAfter() throws {
    let rows = [
      Self.row(.lonelyOftenShare, 0.18, unit: .share, by: .stage, group: Group("pre"), n: 27),
      Self.row(.lonelyOftenShare, 0.11, unit: .share, by: .stage, group: Group("post"), n: 13),
      Self.row(.lonelyOftenShare, 0.15, unit: .share, by: .stage, group: .all, n: 40),
      Self.row(.mean(.ucla), 5.2, unit: .mean, by: .stage, group: Group("pre"), n: 150),
    ]
    let view = EvidenceView(Self.facts(rows))
    #expect(
      try Self.render(view.loneliness, "_evidence-loneliness")
        == "Asked how often they feel lonely, 18% of people answered “often or always” before "
        + "taking part and 11% afterwards.")
    #expect(
      view.lonelinessTable.rows.map { $0.cells.map(\.text) } == [
        ["Before", "18%", "5.2"], ["After", "11%", "–"], ["Everyone", "15%", "–"],
      ])
  }

  @Test func theONSBandsAreAStackedBarWithEveryShareInItsDescription() throws {
    let shares = [("low", 0.1), ("medium", 0.25), ("high", 0.4), ("very_high", 0.25)]
    let rows = shares.map { band, share in
      Self.row(
        .band(.onsLifeSatisfaction), share, unit: .share, by: .band, group: Group(band),
        n: Int(share * 200)
      ) {
        $0.numerator = share * 200
        $0.denominator = 200
      }
    }
    let view = EvidenceView(Self.facts(rows))
    let chart = try #require(view.bandsChart)
    #expect(
      chart.description
        == "Life satisfaction (0–10): Low 10%, Medium 25%, High 40%, Very high 25%.")
    #expect(chart.svg.contains(">40%</text>"))
    #expect(view.anxiousBandsChart == nil)
    #expect(
      view.bands.rows.map { $0.cells.map(\.text) } == [
        ["Life satisfaction (0–10)", "10%", "25%", "40%", "25%", "200"]
      ])
    #expect(
      view.bands.headers.map(\.text) == [
        "Measure", "Low (0–4)", "Medium (5–6)", "High (7–8)", "Very high (9–10)", "Answers",
      ])
  }

  @Test func theThreeDocumentsShowTheEvidenceWithItsChartsInWellFormedHTML() throws {
    let bands = [("low", 0.1), ("medium", 0.25), ("high", 0.4), ("very_high", 0.25)].map {
      band, share in
      Self.row(
        .band(.onsHappy), share, unit: .share, by: .band, group: Group(band), n: 20
      ) {
        $0.numerator = share * 200
        $0.denominator = 200
      }
    }
    let gap = Self.row(.completionGap(.swemwbs), 1.8, n: 112) {
      $0.ciLow = 0.6
      $0.ciHigh = 3.0
      $0.pValue = 0.003
    }
    let rows =
      TextFixture.rows + bands + Self.dose("12+", 3.2, pairs: 35) + Self.dose("1-3", 1.1, pairs: 40)
      + [Self.share, gap]
    let context = ReportContext(
      table: IndicatorTable(periods: TextFixture.periods, rows: rows, quotes: [], minCount: 5),
      configuration: TextFixture.configuration, generatedAt: "2025-10-02T08:00:00Z",
      toolVersion: "9.9.9", dataset: Dataset())
    let exporter = TextReportExporter(
      context: context, yearSeries: TextFixture.years, funders: TextFixture.funders)
    let documents = try exporter.render(
      audiences: [.board, .bid, .inclusion], formats: [.html, .md], funder: nil, wordLimit: nil)
    #expect(documents.count == 6)
    for document in documents {
      #expect(
        document.text.contains("People who left started with higher wellbeing"),
        "\(document.fileName)")
      #expect(document.text.contains("People who came to more sessions tended to change more"))
      guard document.fileName.hasSuffix(".html") else { continue }
      checkHTML(document.text, name: document.fileName)
      #expect(document.text.contains("<svg id=\"ons-bands\""), "\(document.fileName)")
      #expect(document.text.contains("<svg id=\"change-by-sessions\""), "\(document.fileName)")
    }
  }

  /// What the suppression partial is rendered with: a document's heading.
  private struct Footer {
    let heading: DocumentHeading
  }

  @Test func theSmallNumberRuleStatesTheRoundingWhenItIsOn() throws {
    var configuration = ImpactConfiguration()
    configuration.suppressionRoundTo = 5
    let context = { (configuration: ImpactConfiguration) in
      ReportContext(
        table: IndicatorTable(periods: TextFixture.periods, rows: [], quotes: [], minCount: 8),
        configuration: configuration, generatedAt: "2025-10-02T08:00:00Z", toolVersion: "9.9.9",
        dataset: Dataset())
    }
    #expect(
      try Self.render(
        Footer(heading: DocumentHeading(context: context(configuration))), "_suppression-text")
        == "Figures resting on fewer than 8 people are shown as <8, and counts are rounded to "
        + "the nearest 5")
    #expect(
      try Self.render(
        Footer(heading: DocumentHeading(context: context(ImpactConfiguration()))),
        "_suppression-text") == "Figures resting on fewer than 8 people are shown as <8")
  }

  @Test func theWELLBYRangeStatesItsPriceYearAndAdjustments() throws {
    let rows = [
      Self.row(.wellbyValue, 26000, unit: .currency, n: nil),
      Self.row(.wellbyValueLow, 20000, unit: .currency, n: nil),
      Self.row(.wellbyValueHigh, 32000, unit: .currency, n: nil),
      Self.row(.change(.onsLifeSatisfaction), 0.5, n: 4),
    ]
    let wellby = try #require(WellbyView(Self.facts(rows, wellby: true)))
    #expect(
      try Self.render(wellby, "_wellby-range")
        == "(4 pairs, at £13,000 a WELLBY; from £20,000 to £32,000 at £10,000 to £16,000 a "
        + "WELLBY, the range in HM Treasury's Green Book wellbeing guidance). The values are in "
        + "2019 prices, and nothing is deducted for what would have happened anyway (deadweight) "
        + "or for the part others played (attribution). This is an indicative figure only: it "
        + "assumes the change in life satisfaction lasts a year.")
    var settings = WellbeingSettings()
    settings.deadweight = 0.25
    settings.attribution = 0.1
    #expect(
      WellbyView.adjustments(settings, Self.labels)
        == "25% is deducted for what would have happened anyway (deadweight) and 10% for the "
        + "part others played (attribution)")
  }
}
