import Foundation
import ImpactTestSupport
import Testing

/// Issue 11: Ctrl-C (SIGINT) or `kill` (SIGTERM) while the report is being written. The run
/// exits 130 or 143, removes its staging folder and leaves the previous report exactly as it
/// was: no partial file anywhere.
@Suite struct InterruptionTests {
  @Test(arguments: [(SIGINT, Int32(130)), (SIGTERM, Int32(143))])
  func aSignalMidWriteLeavesThePreviousReport(signal: Int32, status: Int32) throws {
    let place = try TemporaryFolder()
    defer { place.remove() }
    let data = place.file("data")
    let out = place.file("out")
    #expect(try CommandRunner.run(["sample", data, "--scale", "1"]).status == 0)
    #expect(try CommandRunner.run(["report", data, "--out", out, "--format", "csv"]).status == 0)
    let previous = try Self.snapshot(out)

    let process = Process()
    process.executableURL = URL(fileURLWithPath: CommandRunner.binary)
    process.arguments = ["report", data, "--out", out]
    process.standardOutput = FileHandle.nullDevice
    let errors = Pipe()
    process.standardError = errors
    try process.run()
    // Wait until the staging folder holds a finished file: the report is half written.
    let deadline = Date().addingTimeInterval(120)
    var halfWritten = false
    while process.isRunning && !halfWritten && Date() < deadline {
      if let staging = place.entries.first(where: { $0.contains(".impact-staging-") }) {
        let inside = (try? FileManager.default.contentsOfDirectory(atPath: place.file(staging)))
        halfWritten = inside?.contains { !$0.hasPrefix(".") } == true
      }
      if !halfWritten { usleep(500) }
    }
    try #require(halfWritten, "the run ended before its staging folder held a file")
    kill(process.processIdentifier, signal)
    let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationReason == .exit)
    #expect(process.terminationStatus == status)
    #expect(said.contains("the previous report, if any, is as it was"))
    #expect(place.entries == ["data", "out"])
    #expect(try Self.snapshot(out) == previous)
  }

  /// Every file of `folder`, hidden ones included, by name.
  static func snapshot(_ folder: String) throws -> [String: Data] {
    var files: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
      files[name] = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
    }
    return files
  }
}
