import Foundation
import ImpactAnalytics
import Testing

@testable import ImpactExport

private func rendered(
  _ audiences: Set<Audience> = Set(Audience.allCases),
  formats: Set<TextFormat> = Set(TextFormat.allCases), wordLimit: Int? = nil
) throws -> [String: String] {
  let documents = try TextFixture.exporter.render(
    audiences: audiences, formats: formats, funder: nil, wordLimit: wordLimit)
  return Dictionary(uniqueKeysWithValues: documents.map { ($0.fileName, $0.text) })
}

@Test func everyDocumentIsWrittenInItsFormats() throws {
  let names = try rendered().keys.sorted()
  #expect(
    names == [
      "bid-evidence.html", "bid-evidence.md", "board-report.html", "board-report.md",
      "funder-summary-arts-co.html", "funder-summary-arts-co.md", "funder-summary-arts-co.txt",
      "inclusion-report.html", "inclusion-report.md",
    ])
}

@Test func theBoardReportWordsEachFigureWithItsComparisons() throws {
  let board = try #require(try rendered([.board], formats: [.md])["board-report.md"])
  #expect(board.contains("# Riverside \\<Arts> & Co: board report, 2025-26 Q2"))
  #expect(board.contains("1 July 2025 to 30 September 2025"))
  #expect(
    board.contains(
      "**1,204 people** took part, 12% more than last quarter and 7% fewer than the same "
        + "quarter last year. The target was 1,500, and it was not met."))
  #expect(board.contains("They made **5,120 attendances**, about the same as last quarter"))
  #expect(
    board.contains(
      "**38%** of participants were in at least one priority group, 4 percentage points "
        + "higher than the same quarter last year."))
  #expect(board.contains("against a target of 90%, met."))
  #expect(
    board.contains(
      "**£15,000** of income was counted in the period, with no figure for the "
        + "same quarter last year to compare."))
  #expect(
    board.contains("Income counted in 2025-26 Q2 was **£15,000**, 25% less than last quarter."))
  #expect(
    board.contains(
      "Across 24 pairs of before and after scores, the average score rose by 1.7 points (95% "
        + "interval −0.1 to 3.5). The change is not statistically significant at the 5% level "
        + "(p = 0.060): it could be chance. With fewer than 30 pairs, this is too few to "
        + "generalise from."))
  #expect(!board.contains("statistically significant at the 5% level (p = 0.060), a"))
  #expect(board.contains("| Memory Café | <5 |"))
  #expect(board.contains("| Disabled people | <5 |"))
  #expect(board.contains("Figures resting on fewer than 5 people are shown as <5"))
  #expect(board.contains("> I found my voice \\| again (Youth Theatre)"))
  #expect(board.contains("> Lovely \\*people\\*"))
}

@Test func theFunderSummaryFollowsItsRestrictedMoney() throws {
  let summary = try #require(try rendered([.funder], formats: [.md])["funder-summary-arts-co.md"])
  #expect(
    summary.contains(
      "counted **£15,000** of income from Arts & Co in 2025-26 Q2: £12,500 for Youth Theatre, "
        + "and £2,500 unrestricted, supporting the whole programme."))
  #expect(summary.contains("## Youth Theatre"))
  #expect(summary.contains("60 people took part in Youth Theatre"))
  #expect(summary.contains("came to £208 per participant"))
  #expect(
    summary.contains(
      "Across 31 pairs of before and after scores, the average score rose by 2.4 points (95% "
        + "interval 1.1 to 3.7). The change is statistically significant at the 5% level (p < "
        + "0.001), a medium effect"))
  #expect(summary.contains("> I found my voice \\| again"))
}

@Test func wordsAreCountedBetweenWhiteSpace() {
  // Counted by hand (Riverside, counted, £12,500, —, for, Digital, Art, Club.): a symbol or
  // a figure is one word; line breaks and runs of spaces
  // separate words like a single space.
  #expect(WordCount.of("Riverside  counted £12,500 —\nfor\n\n  Digital Art Club.") == 8)
  #expect(WordCount.of("") == 0)
  #expect(WordCount.of(" \n ") == 0)
}

@Test func thePlainTextSummaryEndsWithItsWordCountAndTrimsToALimit() throws {
  let full = try #require(try rendered([.funder], formats: [.txt])["funder-summary-arts-co.txt"])
  let body = full.components(separatedBy: "\n\nWord count: ")
  #expect(body.count == 2)
  #expect(body[1] == String(WordCount.of(body[0])) + "\n")
  #expect(full.contains("\"I found my voice | again\""))
  let limit = WordCount.of(body[0]) - 5
  let trimmed = try #require(
    try rendered([.funder], formats: [.txt], wordLimit: limit)["funder-summary-arts-co.txt"])
  #expect(!trimmed.contains("I found my voice"))
  #expect(trimmed.contains("Some detail was left out to fit the word limit."))
  let trimmedBody = trimmed.components(separatedBy: "\n\nWord count: ")[0]
  #expect(WordCount.of(trimmedBody) <= limit)
}

@Test func aFunderCanBeChosenByNameAndAnUnknownOneIsExplained() throws {
  let chosen = try TextFixture.exporter.render(
    audiences: [.funder], formats: [.md], funder: "arts & co", wordLimit: nil)
  #expect(chosen.map(\.fileName) == ["funder-summary-arts-co.md"])
  #expect(throws: TextReportError.self) {
    try TextFixture.exporter.render(
      audiences: [.funder], formats: [.md], funder: "Nobody", wordLimit: nil)
  }
}

@Test func theBidEvidenceSetsYearsSideBySideAndRatesTheEvidence() throws {
  let bid = try #require(try rendered([.bid], formats: [.md])["bid-evidence.md"])
  #expect(bid.contains("evidence for funding bids, 2023-24, 2024-25 and 2025-26 YTD"))
  #expect(bid.contains("2025-26 YTD is the year to date, not a whole year."))
  #expect(
    bid.contains(
      "The number of people taking part grew from 1,800 in 2023-24 to 2,279 in "
        + "2025-26 YTD, 27% more."))
  #expect(bid.contains("| People taking part | 1,800 | 2,400 | 2,279 |"))
  #expect(bid.contains("**2024-25.** Good evidence of change: Across 80 pairs"))
}

@Test func theInclusionReportNamesTheLargestGaps() throws {
  let report = try #require(try rendered([.inclusion], formats: [.md])["inclusion-report.md"])
  #expect(
    report.contains(
      "- **Mixed** people were 2.7% of participants whose ethnic group is known, against 3.0% "
        + "of the population served (representation index 0.90)."))
  #expect(!report.contains("- **White** people"))
  #expect(
    report.contains(
      "- **People living in the 30% most deprived areas**: 36% against a target of 40%."))
  #expect(report.contains("- People living in the 30% most deprived areas: 40%"))
}
