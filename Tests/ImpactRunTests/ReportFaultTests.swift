import Foundation
import ImpactTestSupport
import Testing

@testable import ImpactFiles
@testable import ImpactRun
@testable import impact

/// Issue 11: every write-side call of a full report, failed in turn through the seam with each
/// error a full, forbidden, read-only or failing disk gives. Each ends with exit status 3, a
/// message naming the file and the fix, the previous report byte-for-byte as it was and no
/// staging folder left; a call made after the swap (removing the previous report) fails
/// nothing: the new report is in place and nothing is left over.
@Suite struct ReportFaultTests {
  /// Each error number and the fix the message gives for it.
  static let errors: [(code: Int32, fix: String)] = [
    (ENOSPC, "free some disk space"), (EIO, "the disk or device reported an error"),
    (EACCES, "ask for write permission"), (EROFS, "the disk is read-only"),
  ]

  /// At most this many occurrences of a kind are failed: the first, the last and evenly
  /// spaced ones between (a full report of the small register makes at most 13 calls of a
  /// kind, so today every one is failed).
  static let mostOccurrences = 60

  @Test(arguments: SystemCall.allCases)
  func everyCallOfAKindFailedInTurn(kind: SystemCall) throws {
    let scene = try FaultScene()
    defer { scene.remove() }
    let counting = FileFaultPlan(failing: kind, occurrence: .max, errno: 0)
    try scene.restorePrevious()
    _ = try FileFaultPlan.$current.withValue(counting) { try scene.newRun.run() }
    let calls = counting.count(of: kind)
    var failed = 0
    var survived = 0
    let cases = Self.cases(calls)
    for (occurrence, code, fix) in cases {
      try scene.restorePrevious()
      let plan = FileFaultPlan(failing: kind, occurrence: occurrence, errno: code)
      do {
        _ = try FileFaultPlan.$current.withValue(plan) { try scene.newRun.run() }
        survived += 1
        #expect(try scene.snapshot() == scene.newReport, "\(kind) #\(occurrence)")
      } catch let error as ReportRunError {
        failed += 1
        let message = error.description
        #expect(ExitStatus(error) == .output, "\(kind) #\(occurrence): \(message)")
        #expect(message.contains(scene.out), "\(kind) #\(occurrence): \(message)")
        #expect(!message.contains("impact-staging"), "\(kind) #\(occurrence): \(message)")
        #expect(message.contains(fix), "\(kind) #\(occurrence) errno \(code): \(message)")
        #expect(try scene.snapshot() == scene.previousReport, "\(kind) #\(occurrence)")
      }
      #expect(scene.place.entries == ["out"], "\(kind) #\(occurrence): left over")
    }
    // Only the previous report's removal, after the swap, may fail without failing the run.
    if kind != .unlink && kind != .rmdir { #expect(survived == 0) }
    #expect(failed + survived == cases.count)
    print("fault matrix: \(kind) \(calls) calls, \(failed) failed runs, \(survived) completed")
  }

  /// The faults for a kind of which a run makes `count` calls: each occurrence fails once, the
  /// error numbers taking turns (every call with every error would take four times as long,
  /// and the error number changes only the message, which ``FileFaultTests`` checks for each);
  /// a kind with fewer calls than error numbers fails each call with every one.
  static func cases(_ count: Int) -> [(occurrence: Int, code: Int32, fix: String)] {
    let occurrences = sample(count)
    if occurrences.count < errors.count {
      return occurrences.flatMap { occurrence in errors.map { (occurrence, $0.code, $0.fix) } }
    }
    return occurrences.enumerated().map { index, occurrence in
      let error = errors[index % errors.count]
      return (occurrence, error.code, error.fix)
    }
  }

  /// The occurrences to fail out of `count`.
  static func sample(_ count: Int) -> [Int] {
    guard count > mostOccurrences else { return Array(stride(from: 1, through: count, by: 1)) }
    let step = Double(count - 1) / Double(mostOccurrences - 1)
    return Array(Set((0..<mostOccurrences).map { 1 + Int((Double($0) * step).rounded()) }))
      .sorted()
  }
}

/// A data folder, the previous report of it and the new one, and a place holding the output
/// folder `out` that each faulty run replaces.
struct FaultScene {
  let data: TemporaryFolder
  let place: TemporaryFolder
  let previousFolder: String
  let previousReport: [String: [UInt8]]
  let newReport: [String: [UInt8]]

  /// The output folder.
  var out: String { place.file("out") }

  /// The run under test: every output, generated a day after the previous report.
  var newRun: ReportRun { ReportRun(options: Self.options(data: data.path, out: out, day: 2)) }

  init() throws {
    data = try TemporaryFolder(TemporaryFolder.register())
    place = try TemporaryFolder()
    previousFolder = data.path + "-previous"
    _ = try ReportRun(options: Self.options(data: data.path, out: previousFolder, day: 1)).run()
    previousReport = try Self.snapshot(previousFolder)
    let fresh = data.path + "-new"
    _ = try ReportRun(options: Self.options(data: data.path, out: fresh, day: 2)).run()
    newReport = try Self.snapshot(fresh)
    try? FileManager.default.removeItem(atPath: fresh)
  }

  static func options(data: String, out: String, day: Double) -> ReportRun.Options {
    .init(
      dataFolder: data, out: out,
      generatedAt: Date(timeIntervalSince1970: 1_775_034_000 + day * 86_400))
  }

  /// Puts the previous report back at `out`.
  func restorePrevious() throws {
    try? FileManager.default.removeItem(atPath: out)
    try FileManager.default.copyItem(atPath: previousFolder, toPath: out)
  }

  /// Every file of `out`, hidden ones included, by name.
  func snapshot() throws -> [String: [UInt8]] { try Self.snapshot(out) }

  static func snapshot(_ folder: String) throws -> [String: [UInt8]] {
    var files: [String: [UInt8]] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
      files[name] = [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name)))
    }
    return files
  }

  func remove() {
    data.remove()
    place.remove()
    try? FileManager.default.removeItem(atPath: previousFolder)
  }
}
