import ImpactAnalytics
import ImpactModel
import Testing

@testable import ImpactExport

private let quarter = PeriodCalendar().period(of: FinancialQuarter(financialYear: 2025, number: 2))
private let format = FigureFormat(currencySymbol: "£", minCount: 5)
private let labels = (try? ReportLabels.builtIn()) ?? ReportLabels(texts: [:])

private func row(_ value: Double?, unit: IndicatorUnit = .people, hidden: Bool = false)
  -> IndicatorRow
{
  var row = IndicatorRow(
    period: quarter, indicator: IndicatorID("x"), unit: unit, value: hidden ? nil : value, n: 10)
  if hidden { row.suppressed = .primary }
  return row
}

private func compare(_ now: IndicatorRow?, _ before: IndicatorRow?) -> ComparisonView {
  ComparisonView(now, with: before, against: "last quarter", format: format)
}

@Test func aRiseInPeopleIsSizedRelativelyAndCounted() {
  // 1,204 against 1,075: 129 ÷ 1,075 = 12% more.
  let view = compare(row(1204), row(1075))
  #expect(view.up && !view.down && !view.same && !view.missing && !view.hidden)
  #expect(view.size == "12%")
  #expect(view.counted && !view.amount && !view.level)
  #expect(view.short == "+12%")
  #expect(view.earlier == "1,075")
}

@Test func aFallInMoneyIsSizedRelativelyAsAnAmount() {
  // £9,000 against £12,000: 25% less.
  let view = compare(row(9000, unit: .currency), row(12000, unit: .currency))
  #expect(view.down && view.amount && view.size == "25%" && view.short == "−25%")
}

@Test func sharesChangeByPercentagePoints() {
  let view = compare(row(0.38, unit: .share), row(0.34, unit: .share))
  #expect(view.up && view.level && view.size == "4 percentage points" && view.short == "+4 pts")
  let flat = compare(row(0.381, unit: .share), row(0.379, unit: .share))
  #expect(flat.same && !flat.up && !flat.down)
}

@Test func noChangeMissingHiddenAndFromNothingAreTheirOwnCases() {
  #expect(compare(row(100), row(100)).same)
  #expect(compare(row(1001), row(1000)).size == "0.1%")
  let missing = compare(row(100), nil)
  #expect(missing.missing && !missing.up && !missing.down && missing.short == "–")
  let hidden = compare(row(100), row(nil, hidden: true))
  #expect(hidden.hidden && !hidden.missing && hidden.earlier == "<5")
  let fromNothing = compare(row(12), row(0))
  #expect(fromNothing.fromNothing && !fromNothing.up)
}

private func change(mean: Double?, n: Int, p: Double, hidden: Bool = false) -> IndicatorRow {
  var row = IndicatorRow(
    period: quarter, indicator: IndicatorID("swemwbs_change"), unit: .score, value: mean, n: n)
  row.ciLow = mean.map { $0 - 0.7 }
  row.ciHigh = mean.map { $0 + 0.7 }
  row.pValue = p
  row.effectSize = 0.65
  if hidden {
    row.suppressed = .primary
    row.value = nil
    row.n = nil
  }
  return row
}

@Test func significantChangeOnThirtyOrMorePairsIsStrongEvidence() {
  let view = ChangeEvidenceView(
    change(mean: 2.1, n: 95, p: 0.0000001), format: format, labels: labels)
  #expect(view.shown && view.rose && view.significant && view.strong && !view.tooFew)
  #expect(view.size == "2.1" && view.low == "1.4" && view.high == "2.8")
  #expect(view.pairs == "95 pairs" && view.pValue == "< 0.001" && view.effect == "medium")
}

@Test func fewerThanThirtyPairsAreTooFewToGeneralise() {
  let view = ChangeEvidenceView(change(mean: 1.7, n: 13, p: 0.06), format: format, labels: labels)
  #expect(view.tooFew && !view.significant && view.inconclusive && !view.strong)
  #expect(view.pValue == "= 0.060")
  let tentative = ChangeEvidenceView(
    change(mean: 2.5, n: 20, p: 0.01), format: format, labels: labels)
  #expect(tentative.tentative && tentative.significant && !tentative.strong)
}

@Test func aFallAndNoChangeAreWordedByDirection() {
  let fell = ChangeEvidenceView(change(mean: -1.2, n: 40, p: 0.2), format: format, labels: labels)
  #expect(fell.fell && !fell.rose && fell.size == "1.2" && fell.low == "−1.9")
  let flat = ChangeEvidenceView(change(mean: 0.02, n: 40, p: 0.9), format: format, labels: labels)
  #expect(flat.flat && !flat.rose && !flat.fell)
}

@Test func suppressedOrAbsentChangesShowNoFigure() {
  let hidden = ChangeEvidenceView(
    change(mean: nil, n: 3, p: 0.5, hidden: true), format: format, labels: labels)
  #expect(hidden.hidden && !hidden.shown && !hidden.none && hidden.minCount == "5")
  let none = ChangeEvidenceView(nil, format: format, labels: labels)
  #expect(none.none && !none.shown && none.pairs == "0 pairs")
}

@Test func figuresPrintByUnitAndSuppressedAsLessThanK() {
  #expect(format.text(row(1204)) == "1,204")
  #expect(format.text(row(0.375, unit: .share)) == "38%")
  #expect(format.text(row(12500, unit: .currency)) == "£12,500")
  #expect(format.text(row(2.04, unit: .score)) == "2.0")
  #expect(format.text(row(1.2326, unit: .ratio)) == "1.23")
  #expect(format.text(row(nil, hidden: true)) == "<5")
  #expect(format.text(row(nil)) == "–")
  #expect(format.text(nil) == "–")
}
