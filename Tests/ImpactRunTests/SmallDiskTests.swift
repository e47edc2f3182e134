import Foundation
import ImpactTestSupport
import Testing

@testable import ImpactRun
@testable import impact

/// Issue 11, for real: a report written to a 64 KB tmpfs that fills up, then to the same
/// tmpfs remounted read-only. Each ends with status 3 and the fix for its error, the previous
/// report as it was, and no staging folder left. Mounting needs root (or a user namespace);
/// where it is refused the tests are skipped with that reason.
@Suite(.enabled(if: SmallDisk.canMount, "mounting a tmpfs is not allowed here (needs root)"))
struct SmallDiskTests {
  @Test func aFullDiskStopsTheRunAndKeepsThePreviousReport() throws {
    let disk = try SmallDisk()
    defer { disk.remove() }
    let data = try TemporaryFolder(TemporaryFolder.register())
    defer { data.remove() }
    let out = disk.path + "/out"
    _ = try ReportRun(options: .init(dataFolder: data.path, out: out, formats: [.csv])).run()
    let previous = try FaultScene.snapshot(out)
    // Fill what is left of the disk.
    FileManager.default.createFile(atPath: disk.path + "/filler", contents: nil)
    if let filler = FileHandle(forWritingAtPath: disk.path + "/filler") {
      try? filler.write(contentsOf: Data(count: 128 * 1024))
      try? filler.close()
    }
    #expect {
      try ReportRun(options: .init(dataFolder: data.path, out: out)).run()
    } throws: { error in
      guard let error = error as? ReportRunError else { return false }
      return ExitStatus(error) == .output && error.description.contains(out)
        && error.description.contains("the disk is full: free some disk space")
    }
    #expect(try FaultScene.snapshot(out) == previous)
    #expect(disk.entries == ["filler", "out"])
  }

  @Test func aReadOnlyDiskStopsTheRunAndKeepsThePreviousReport() throws {
    let disk = try SmallDisk()
    defer { disk.remove() }
    let data = try TemporaryFolder(TemporaryFolder.register())
    defer { data.remove() }
    let out = disk.path + "/out"
    _ = try ReportRun(options: .init(dataFolder: data.path, out: out, formats: [.csv])).run()
    let previous = try FaultScene.snapshot(out)
    try #require(SmallDisk.mount(["-o", "remount,ro", disk.path]) == 0)
    #expect {
      try ReportRun(options: .init(dataFolder: data.path, out: out)).run()
    } throws: { error in
      guard let error = error as? ReportRunError else { return false }
      return ExitStatus(error) == .output && error.description.contains(out)
        && error.description.contains("the disk is read-only")
    }
    #expect(try FaultScene.snapshot(out) == previous)
    #expect(disk.entries == ["out"])
  }
}

/// A 64 KB tmpfs mounted on a fresh folder, for one test.
struct SmallDisk {
  let path: String

  /// Whether this machine lets the tests mount one.
  static let canMount: Bool = {
    guard let disk = try? SmallDisk() else { return false }
    disk.remove()
    return true
  }()

  init() throws {
    path = NSTemporaryDirectory() + "impact-small-disk-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    guard Self.mount(["-t", "tmpfs", "-o", "size=64k", "tmpfs", path]) == 0 else {
      try? FileManager.default.removeItem(atPath: path)
      throw CocoaError(.fileWriteNoPermission)
    }
  }

  /// The names on the disk, sorted.
  var entries: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
  }

  /// Unmounts the disk and removes its folder.
  func remove() {
    _ = Self.run("/bin/umount", [path])
    try? FileManager.default.removeItem(atPath: path)
  }

  /// Runs `mount` with `arguments`, silently; its exit status (-1 if it cannot be run).
  static func mount(_ arguments: [String]) -> Int32 { run("/bin/mount", arguments) }

  private static func run(_ tool: String, _ arguments: [String]) -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    do { try process.run() } catch { return -1 }
    process.waitUntilExit()
    return process.terminationStatus
  }
}
