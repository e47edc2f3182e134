import Testing

@testable import ImpactExport

@Test func wholeNumbersHaveThousandsSeparators() {
  #expect(UKNumber.whole(1204) == "1,204")
  #expect(UKNumber.whole(1_234_567.5) == "1,234,568")
  #expect(UKNumber.whole(999) == "999")
  #expect(UKNumber.whole(0) == "0")
  #expect(UKNumber.decimal(2.05, places: 1) == "2.1")
  #expect(UKNumber.decimal(-0.31, places: 1) == "−0.3")
  #expect(UKNumber.decimal(-0.01, places: 1) == "0.0")
}

@Test func sharesArePercentagesNeverRoundedToNothingOrEverything() {
  #expect(UKNumber.percent(0.38) == "38%")
  #expect(UKNumber.percent(0.125) == "13%")
  #expect(UKNumber.percent(0.004) == "0.4%")
  #expect(UKNumber.percent(0.0002) == "<0.1%")
  #expect(UKNumber.percent(0.998) == ">99%")
  #expect(UKNumber.percent(1) == "100%")
  #expect(UKNumber.percent(0) == "0%")
  #expect(UKNumber.points(0.04) == "4 percentage points")
  #expect(UKNumber.points(-0.01) == "1 percentage point")
}

@Test func moneyIsWholePoundsFromAHundredAndPenceBelow() {
  #expect(UKNumber.money(12500, symbol: "£") == "£12,500")
  #expect(UKNumber.money(235.969, symbol: "£") == "£236")
  #expect(UKNumber.money(4.5, symbol: "£") == "£4.50")
  #expect(UKNumber.money(10, symbol: "€") == "€10")
}

@Test func pluralsFollowTheCount() {
  let people = Plural("person", "people")
  #expect(people(1) == "1 person")
  #expect(people(1204) == "1,204 people")
  #expect(Plural("session")(0) == "0 sessions")
  #expect(Plural("pair")(1) == "1 pair")
}

@Test func markdownEscapesMarkupButLeavesSuppressedFiguresReadable() {
  #expect(MarkdownText.escaped("Arts | Crafts *new*") == "Arts \\| Crafts \\*new\\*")
  #expect(MarkdownText.escaped("<5") == "<5")
  #expect(MarkdownText.escaped("<b>hi</b>") == "\\<b>hi\\</b>")
  #expect(MarkdownText.escaped("line one\nline two") == "line one line two")
}

@Test func fileNamesOfFundersAreSlugs() {
  #expect(FileName.slug("Arts Council England") == "arts-council-england")
  #expect(FileName.slug("  Smith & Sons (Ltd.) ") == "smith-sons-ltd")
  #expect(FileName.slug("***") == "funder")
}
