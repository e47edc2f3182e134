import Testing

@testable import ImpactIngest

@Suite struct SampleLinesTests {
  @Test func titleRowEmptyLineAndHeader() throws {
    let reader = try CSVFileReader(path: csvFixture("title-row.csv"))
    #expect(
      try reader.sampleLines(20) == [
        "Register for spring term", "", "date;programme;participant_id", "2025-03-01;Art;P1",
      ])
    #expect(try reader.sampleLines(2) == ["Register for spring term", ""])
  }

  @Test func mixedLineEndingsAndNoFinalLineBreak() throws {
    let reader = try CSVFileReader(path: csvFixture("mixed.csv"), chunkSize: 5)
    #expect(try reader.sampleLines(20) == ["a,b", "", "1,2", "", "3,4", "", "5,6"])
  }

  @Test func decodedFromUTF16() throws {
    let reader = try CSVFileReader(path: csvFixture("utf16le.txt"))
    #expect(try reader.sampleLines(1) == ["name\tcity"])
  }
}
