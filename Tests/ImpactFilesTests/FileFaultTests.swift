import Foundation
import ImpactTestSupport
import Testing

@testable import ImpactFiles

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Every write-side call, failed through the seam with each error a full or read-only disk
/// gives: the previous file stays, no temporary file is left, and the message names the file.
@Suite struct FileFaultTests {
  /// Each error number, what the system says, and the fix the message gives for it.
  static let errors: [(Int32, String, String)] = [
    (ENOSPC, "No space left on device", "free some disk space"),
    (EIO, "Input/output error", "the disk or device reported an error"),
    (EACCES, "Permission denied", "ask for write permission on the folder"),
    (EROFS, "Read-only file system", "the disk is read-only"),
  ]

  static let cases: [(SystemCall, Int32, String, String)] = [
    SystemCall.open, .write, .fsync, .close, .rename,
  ]
  .flatMap { call in errors.map { (call, $0.0, $0.1, $0.2) } }

  @Test(arguments: cases)
  func aFailedCallLeavesThePreviousFile(
    call: SystemCall, code: Int32, reason: String, fix: String
  ) throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = folder.file("summary.txt")
    try AtomicFileWriter.write("previous\n", to: path)
    let plan = FileFaultPlan(failing: call, errno: code)
    var caught: FileWriteError?
    do {
      try FileFaultPlan.$current.withValue(plan) {
        try AtomicFileWriter.write("the new content\n", to: path)
      }
    } catch {
      caught = error as? FileWriteError
    }
    #expect(plan.count(of: call) == 1)
    #expect(caught?.path == path)
    #expect(caught?.reason == reason)
    #expect(caught?.code == code)
    #expect(caught?.description.contains(fix) == true)
    #expect(caught?.description.contains(path) == true)
    switch call {
    case .open: #expect(caught?.description.contains("Could not start writing \(path)") == true)
    case .rename: #expect(caught?.description.contains("is unchanged") == true)
    default: #expect(caught?.description.contains("Nothing was changed at \(path)") == true)
    }
    #expect(try folder.text("summary.txt") == "previous\n")
    #expect(folder.entries == ["summary.txt"])
  }

  @Test func onlyTheChosenOccurrenceFails() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = folder.file("big.csv")
    let plan = FileFaultPlan(failing: .write, occurrence: 3, errno: ENOSPC)
    #expect(
      throws: FileWriteError.cannotWrite(
        path: path, code: ENOSPC, reason: "No space left on device")
    ) {
      try FileFaultPlan.$current.withValue(plan) {
        var file = try AtomicFileWriter(path: path, bufferCapacity: 4)
        try file.write("0123")
        try file.write("4567")
        #expect(folder.entries.count == 1)
        try file.write("89ab")
        try file.commit()
      }
    }
    #expect(plan.count(of: .write) == 3)
    #expect(folder.entries.isEmpty)
  }

  @Test func aFolderThatCannotBeMadeIsNamed() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = folder.file("reports/q1")
    let plan = FileFaultPlan(failing: .mkdir, occurrence: 2, errno: EACCES)
    #expect(
      throws: FileWriteError.cannotCreate(path: path, code: EACCES, reason: "Permission denied")
    ) {
      try FileFaultPlan.$current.withValue(plan) {
        try OutputFolder.prepare(path)
      }
    }
    #expect(folder.entries == ["reports"])
  }

  @Test func withoutAPlanNothingIsCounted() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try OutputFolder.prepare(folder.file("out"))
    #expect(FileFaultPlan.current == nil)
    #expect(
      try folder.text("out/.impact-output")
        == "Outputs of impact; this folder is not read as data.\n")
  }
}
