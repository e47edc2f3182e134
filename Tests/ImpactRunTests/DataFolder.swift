import Foundation

/// A temporary folder of files for one test.
struct DataFolder {
  let path: String

  /// Writes `files` (name to text) into a new temporary folder.
  init(_ files: [String: String] = [:]) throws {
    path = NSTemporaryDirectory() + "impact-run-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    for (name, text) in files {
      try text.write(toFile: path + "/" + name, atomically: true, encoding: .utf8)
    }
  }

  /// A register of three attendances in July 2025 by two people; with a fourth row whose
  /// date cannot be read when `bad`.
  static func register(bad: Bool = false) -> [String: String] {
    var attendance = """
      date,programme,participant_id
      2025-07-01,Choir,P1
      2025-07-01,Choir,P2
      2025-07-08,Choir,P1

      """
    if bad { attendance += "31/02/2025,Choir,P2\n" }
    return ["attendance.csv": attendance]
  }

  func remove() { try? FileManager.default.removeItem(atPath: path) }
}
