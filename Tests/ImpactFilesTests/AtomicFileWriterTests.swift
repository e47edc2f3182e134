import Foundation
import ImpactFiles
import ImpactTestSupport
import Testing

@Suite struct AtomicFileWriterTests {
  @Test func nothingAppearsUntilCommitAndThenTheWholeFile() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = folder.file("report.txt")
    var file = try AtomicFileWriter(path: path)
    try file.write("Hello, ")
    try file.write(Array("world".utf8))
    try file.write(byte: 0x0A)
    #expect(!FileManager.default.fileExists(atPath: path))
    try file.commit()
    #expect(try folder.text("report.txt") == "Hello, world\n")
    #expect(folder.entries == ["report.txt"])
  }

  @Test func anAbandonedWriteLeavesThePreviousFileAndNoTemporaryFile() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = folder.file("report.txt")
    try AtomicFileWriter.write("previous\n", to: path)
    do {
      var file = try AtomicFileWriter(path: path, bufferCapacity: 4)
      try file.write("new content that is flushed part way")
      #expect(folder.entries.count == 2)
    }
    #expect(try folder.text("report.txt") == "previous\n")
    #expect(folder.entries == ["report.txt"])
  }

  @Test func aCommitReplacesThePreviousFile() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = folder.file("data.csv")
    try AtomicFileWriter.write("old\n", to: path)
    try AtomicFileWriter.write([0x6E, 0x65, 0x77], to: path)
    #expect(try folder.text("data.csv") == "new")
    #expect(folder.entries == ["data.csv"])
  }

  @Test func aMissingFolderIsReportedWithThePath() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = folder.file("no-such-folder/report.txt")
    var caught: FileWriteError?
    do {
      try AtomicFileWriter.write("x", to: path)
    } catch {
      caught = error
    }
    guard case .cannotCreate(let errorPath, let code, let reason)? = caught else {
      Issue.record("expected cannotCreate, got \(String(describing: caught))")
      return
    }
    #expect(errorPath == path)
    #expect(code == ENOENT)
    #expect(reason == "No such file or directory")
    #expect(caught!.description.contains(path))
    #expect(caught!.description.contains("folder exists"))
  }

  @Test func aFolderInTheWayFailsTheRenameAndIsLeftAlone() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = folder.file("taken")
    try FileManager.default.createDirectory(
      atPath: path + "/inside", withIntermediateDirectories: true)
    var caught: FileWriteError?
    do {
      try AtomicFileWriter.write("x", to: path)
    } catch {
      caught = error
    }
    guard case .cannotReplace(let errorPath, _, _)? = caught else {
      Issue.record("expected cannotReplace, got \(String(describing: caught))")
      return
    }
    #expect(errorPath == path)
    #expect(folder.entries == ["taken"])
    #expect(caught!.description.contains("unchanged"))
  }
}
