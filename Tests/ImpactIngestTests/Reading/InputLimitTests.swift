import Foundation
import ImpactModel
import ImpactTestSupport
import Testing

@testable import ImpactIngest

/// Every dimension of the data has a bound (``InputLimits``), met with a message naming the
/// file (and the line) instead of unbounded memory; each test uses a small limit.
@Suite struct InputLimitTests {
  static let header = "date,programme,participant_id\n"

  /// The error reading `files` with `change` made to the standard limits.
  static func error(_ files: [String: String], _ change: (inout InputLimits) -> Void) throws
    -> IngestError
  {
    var limits = InputLimits.standard
    change(&limits)
    let folder = try TemporaryFolder(files)
    do {
      _ = try folder.read(options: .init(limits: limits))
    } catch let error as IngestError {
      return error
    }
    Issue.record("the folder was read within the limits")
    throw CancellationError()
  }

  @Test func aFileLargerThanTheLimitIsNamed() throws {
    let error = try Self.error(["big.csv": Self.header + "2025-07-01,Choir,P1\n"]) {
      $0.fileBytes = 40
    }
    #expect(
      error
        == .beyondLimit(
          path: "big.csv", line: nil,
          problem: "the file is 50 bytes, more than a data file may be (40 bytes)",
          advice: "Split it into smaller files (by year or programme) in the same folder"))
  }

  @Test func rowsPastTheLimitStopAtTheFirstOneOver() throws {
    let rows = (1...3).map { "2025-07-0\($0),Choir,P\($0)\n" }.joined()
    let error = try Self.error(["attendance.csv": Self.header + rows]) { $0.rowsPerFile = 2 }
    guard case .beyondLimit(let path, let line, let problem, _) = error else {
      Issue.record("unexpected \(error)")
      return
    }
    #expect(path == "attendance.csv")
    #expect(line == 4)
    #expect(problem == "the file has more than 2 rows, more than one file may hold")
  }

  @Test func aRowWiderThanTheColumnLimitIsNamed() throws {
    let error = try Self.error(["attendance.csv": Self.header + "2025-07-01,Choir,P1,a,b,c\n"]) {
      $0.columns = 5
    }
    #expect(error.description.hasPrefix("attendance.csv, line 2: the row has 6 values, more than"))
  }

  @Test func aCellLongerThanTheCellLimitIsNamed() throws {
    let error = try Self.error(
      ["attendance.csv": Self.header + "2025-07-01,\"Choir with a long name\",P1\n"]
    ) { $0.cellBytes = 10 }
    #expect(
      error.description.hasPrefix(
        "attendance.csv, line 2: value 2 is 22 bytes long, more than a cell may hold (10)"))
  }

  @Test func aQuoteLeftOpenStopsAtTheRecordLimit() throws {
    let lines = (1...50).map { "2025-07-01,Choir,P\($0)\n" }.joined()
    let error = try Self.error(
      ["attendance.csv": Self.header + "2025-07-01,\"Choir,P0\n" + lines]
    ) { $0.recordBytes = 200 }
    guard case .unreadableFile(let path, let reason) = error else {
      Issue.record("unexpected \(error)")
      return
    }
    #expect(path == "attendance.csv")
    #expect(reason.contains("attendance.csv starting at line 2 runs on for more than 200 bytes"))
  }

  @Test func aFolderWithMoreFilesThanTheLimitIsNamed() throws {
    let error = try Self.error(
      (1...3).reduce(into: [:]) { $0["a\($1).csv"] = Self.header + "2025-07-01,Choir,P1\n" }
    ) { $0.filesPerFolder = 2 }
    guard case .beyondLimit(_, nil, let problem, _) = error else {
      Issue.record("unexpected \(error)")
      return
    }
    #expect(problem == "it holds more than 2 data files")
  }

  @Test func aFileTooDeepBelowTheFolderIsNamed() throws {
    let error = try Self.error(["a/b/c/attendance.csv": Self.header]) { $0.folderDepth = 2 }
    guard case .beyondLimit(let path, nil, let problem, _) = error else {
      Issue.record("unexpected \(error)")
      return
    }
    #expect(path == "a/b/c")
    #expect(problem.hasPrefix("it lies more than 2 folders deep below"))
  }
}
